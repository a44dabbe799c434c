// Small helpers shared by the API's handler files.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "base/date.hpp"
#include "base/result.hpp"
#include "server/http.hpp"
#include "server/json_fields.hpp"
#include "server/router.hpp"

namespace gongkai::core {
struct Publication;
}
namespace gongkai::store {
struct User;
}

namespace gongkai::server {

// A positive integer path parameter; kInvalidArgument naming it otherwise.
Result<std::int64_t> IdParam(const PathParams& params, const std::string& name);
// An optional query parameter as an integer / date; kInvalidArgument naming it when malformed.
Result<std::optional<std::int64_t>> IntegerQuery(const HttpRequest& request,
                                                 const std::string& name);
Result<std::optional<Date>> DateQuery(const HttpRequest& request, const std::string& name);

nlohmann::ordered_json DateOrNull(const std::optional<Date>& date);
nlohmann::ordered_json UserJson(const store::User& user);
// A catalogue entry with its standard metadata (索引号, 文号, 发布机构, 成文/公开日期, 分类,
// 有效性).
nlohmann::ordered_json PublicationJson(const core::Publication& item);

// Parses the body as a JSON object and runs `decode` on its fields; the error names the field.
Result<void> DecodeBody(const HttpRequest& request,
                        const std::function<Result<void>(JsonFields&)>& decode);

// A file to download: `bytes` of `media_type`, named `utf8_name` (RFC 6266 filename*, for
// Chinese names) with the ASCII `fallback_name` for old clients.
HttpResponse Attachment(std::string bytes, std::string_view media_type,
                        std::string_view fallback_name, std::string_view utf8_name);

// The response for a Result: `ok` on success, the error's status otherwise.
template <typename T>
HttpResponse Respond(const Result<T>& result, const std::function<HttpResponse(const T&)>& ok) {
  if (!result) return ErrorResponse(result.error());
  return ok(*result);
}

}  // namespace gongkai::server
