#include "server/api_support.hpp"

#include <charconv>

#include "core/publication.hpp"
#include "store/records.hpp"

namespace gongkai::server {

Result<std::int64_t> IdParam(const PathParams& params, const std::string& name) {
  const std::string& text = params.at(name);
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) {
    return Error::InvalidArgument(name + "：应为正整数，实际为“" + text + "”");
  }
  return value;
}

Result<std::optional<std::int64_t>> IntegerQuery(const HttpRequest& request,
                                                 const std::string& name) {
  auto found = request.query.find(name);
  if (found == request.query.end() || found->second.empty()) return std::optional<std::int64_t>();
  const std::string& text = found->second;
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Error::InvalidArgument(name + "：应为整数，实际为“" + text + "”");
  }
  return std::optional<std::int64_t>(value);
}

Result<std::optional<Date>> DateQuery(const HttpRequest& request, const std::string& name) {
  auto found = request.query.find(name);
  if (found == request.query.end() || found->second.empty()) return std::optional<Date>();
  std::optional<Date> date = Date::Parse(found->second);
  if (!date) return Error::InvalidArgument(name + "：“" + found->second + "”不是有效日期");
  return date;
}

nlohmann::ordered_json DateOrNull(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return date->ToString();
}

nlohmann::ordered_json UserJson(const store::User& user) {
  nlohmann::ordered_json roles = nlohmann::ordered_json::array();
  for (const core::RoleGrant& grant : user.roles) {
    roles.push_back({{"org", grant.org},
                     {"role", std::string(core::ToString(grant.role))},
                     {"label", std::string(core::ChineseLabel(grant.role))}});
  }
  return {{"id", user.id},
          {"login", user.login},
          {"display_name", user.display_name},
          {"disabled", user.disabled},
          {"roles", roles}};
}

nlohmann::ordered_json PublicationJson(const core::Publication& item) {
  return {{"id", item.id},
          {"org", item.org},
          {"index_number", item.index_number},
          {"title", item.title},
          {"document_number", item.document_number},
          {"publisher", item.publisher},
          {"written_on", item.written_on.ToString()},
          {"published_on", DateOrNull(item.published_on)},
          {"repealed_on", DateOrNull(item.repealed_on)},
          {"category", item.category},
          {"method", item.method},
          {"document_type", std::string(core::ToString(item.document_type))},
          {"state", std::string(core::ToString(item.state))},
          {"validity", std::string(item.Validity())}};
}

Result<void> DecodeBody(const HttpRequest& request,
                        const std::function<Result<void>(JsonFields&)>& decode) {
  GONGKAI_ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonBody(request.body));
  GONGKAI_ASSIGN_OR_RETURN(JsonFields fields, JsonFields::Of(body, ""));
  if (Result<void> decoded = decode(fields); !decoded) return decoded;
  return fields.NoOtherFields();
}

HttpResponse Attachment(std::string bytes, std::string_view media_type,
                        std::string_view fallback_name, std::string_view utf8_name) {
  HttpResponse response;
  response.content_type = std::string(media_type);
  response.body = std::move(bytes);
  response.headers.emplace_back("Content-Disposition",
                                "attachment; filename=\"" + std::string(fallback_name) +
                                    "\"; filename*=UTF-8''" + PercentEncode(utf8_name));
  return response;
}

}  // namespace gongkai::server
