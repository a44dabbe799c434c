#include "server/public_api.hpp"

#include <charconv>

#include "core/clock.hpp"
#include "report/generate.hpp"
#include "report/json.hpp"
#include "report/render.hpp"
#include "server/clock_json.hpp"
#include "server/json_fields.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

using nlohmann::ordered_json;

// Bounds on what the public may send (characters).
constexpr std::size_t kMaxNameChars = 100;
constexpr std::size_t kMaxRequestChars = 4000;
constexpr std::size_t kMaxContactChars = 100;
constexpr std::size_t kMaxAddressChars = 200;
constexpr std::size_t kMaxIdNumberChars = 40;

Result<std::int64_t> IdParam(const PathParams& params, const std::string& name) {
  const std::string& text = params.at(name);
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) {
    return Error::InvalidArgument(name + "：应为正整数，实际为“" + text + "”");
  }
  return value;
}

ordered_json DateOrNull(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return date->ToString();
}

HttpResponse ListOrganisations(const HttpRequest&, const PathParams&, HandlerContext& context) {
  Result<std::vector<core::Organisation>> organisations = context.store.ListOrganisations();
  if (!organisations) return ErrorResponse(organisations.error());
  ordered_json out = ordered_json::array();
  for (const core::Organisation& org : *organisations) {
    out.push_back({{"id", org.id},
                   {"name", org.name},
                   {"parent", org.parent ? ordered_json(*org.parent) : ordered_json(nullptr)},
                   {"kind", std::string(core::ToString(org.kind))}});
  }
  return JsonResponse(200, {{"organisations", out}});
}

HttpResponse Catalogue(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  if (Result<core::Organisation> found = context.store.FindOrganisation(std::to_string(*org));
      !found) {
    return ErrorResponse(found.error());
  }
  Result<std::vector<core::Publication>> items = context.store.ListPublicCatalogue(*org);
  if (!items) return ErrorResponse(items.error());
  ordered_json out = ordered_json::array();
  for (const core::Publication& item : *items) {
    out.push_back({{"id", item.id},
                   {"index_number", item.index_number},
                   {"title", item.title},
                   {"document_number", item.document_number},
                   {"publisher", item.publisher},
                   {"written_on", item.written_on.ToString()},
                   {"published_on", DateOrNull(item.published_on)},
                   {"category", item.category},
                   {"method", item.method},
                   {"validity", std::string(item.Validity())}});
  }
  return JsonResponse(200, {{"items", out}});
}

HttpResponse AnnualReport(const HttpRequest& request, const PathParams& params,
                          HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  Result<std::int64_t> year = IdParam(params, "year");
  if (!year) return ErrorResponse(year.error());
  // A report covers a finished year.
  if (*year >= context.today.year()) {
    return ErrorResponse(Error::NotFound(std::to_string(*year) + " 年度尚未结束，没有年度报告"));
  }
  Result<report::LedgerYear> ledger = context.store.SelectLedgerYear(*org, static_cast<int>(*year));
  if (!ledger) return ErrorResponse(ledger.error());
  Result<report::GeneratedReport> generated = report::GenerateReport(*ledger);
  if (!generated) return ErrorResponse(generated.error());
  auto format = request.query.find("format");
  std::string wanted = format == request.query.end() ? "json" : format->second;
  if (wanted == "json") {
    HttpResponse response;
    response.body = report::ToJson(generated->report);
    return response;
  }
  if (wanted == "text" || wanted == "markdown") {
    HttpResponse response;
    response.content_type =
        wanted == "text" ? "text/plain; charset=utf-8" : "text/markdown; charset=utf-8";
    response.body = wanted == "text" ? report::RenderText(generated->report)
                                     : report::RenderMarkdown(generated->report);
    return response;
  }
  return ErrorResponse(Error::InvalidArgument("format：应为 json、text 或 markdown"));
}

// 条例 Art. 31: for an online application the receipt date is the date both parties confirm; the
// system confirms on submission, so it is the day of submission.
HttpResponse Apply(const HttpRequest& request, const PathParams&, HandlerContext& context) {
  Result<nlohmann::json> body = ParseJsonBody(request.body);
  if (!body) return ErrorResponse(body.error());
  Result<JsonFields> fields = JsonFields::Of(*body, "");
  if (!fields) return ErrorResponse(fields.error());
  core::NewApplication application;
  application.channel = core::Channel::kOnline;
  application.received = context.today;
  Result<void> decoded = [&]() -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(application.org, fields->RequiredInteger("org"));
    GONGKAI_ASSIGN_OR_RETURN(JsonFields applicant, fields->RequiredObject("applicant"));
    GONGKAI_ASSIGN_OR_RETURN(std::string type, applicant.RequiredString("type", 40));
    std::optional<core::ApplicantType> parsed = core::ApplicantTypeFromString(type);
    if (!parsed) return Error::InvalidArgument("applicant.type：未知的申请人类型“" + type + "”");
    application.applicant.type = *parsed;
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.name,
                             applicant.RequiredString("name", kMaxNameChars));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.id_number,
                             applicant.OptionalString("id_number", kMaxIdNumberChars));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.contact,
                             applicant.RequiredString("contact", kMaxContactChars));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.address,
                             applicant.OptionalString("address", kMaxAddressChars));
    if (Result<void> rest = applicant.NoOtherFields(); !rest) return rest;
    GONGKAI_ASSIGN_OR_RETURN(application.request,
                             fields->RequiredString("request", kMaxRequestChars));
    GONGKAI_ASSIGN_OR_RETURN(application.delivery_form,
                             fields->OptionalString("delivery_form", 40));
    return fields->NoOtherFields();
  }();
  if (!decoded) return ErrorResponse(decoded.error());
  Result<core::CaseRow> row = context.store.RegisterApplication(application);
  if (!row) {
    // An unknown organisation is the caller's mistake, named by its field.
    return ErrorResponse(row.error());
  }
  Result<store::ApplicationRecord> record = context.store.GetApplication(row->id);
  if (!record) return ErrorResponse(record.error());
  return JsonResponse(201, {{"query_code", record->details.query_code},
                            {"received_on", row->received_on.ToString()},
                            {"due", DateOrNull(row->due_on)}});
}

HttpResponse Track(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<store::ApplicationRecord> record =
      context.store.FindApplicationByQueryCode(params.at("code"));
  if (!record) return ErrorResponse(record.error());
  Result<core::ClockResult> clock =
      core::ComputeClock(context.calendar, record->events, {}, context.today);
  ordered_json out = {{"received_on", record->row.received_on.ToString()},
                      {"state", std::string(core::ToString(record->row.state))},
                      {"due", DateOrNull(record->row.due_on)},
                      {"closed_on", DateOrNull(record->row.closed_on)}};
  if (clock) {
    if (clock->working_days_left) out["days_left"] = *clock->working_days_left;
    out["overdue"] = clock->overdue;
    out["segments"] = ClockSegmentsJson(clock->segments);
  }
  return JsonResponse(200, out);
}

}  // namespace

void AddPublicRoutes(Router& router) {
  router.Add("GET", "/api/v1/public/organisations", "机关列表", ListOrganisations);
  router.Add("GET", "/api/v1/public/organisations/{org}/catalogue", "政府信息公开目录", Catalogue);
  router.Add("GET", "/api/v1/public/organisations/{org}/reports/{year}", "年度报告（由台账生成）",
             AnnualReport);
  router.Add("POST", "/api/v1/public/applications", "在线提交政府信息公开申请", Apply);
  router.Add("GET", "/api/v1/public/track/{code}", "凭查询码查询办理进度", Track);
}

}  // namespace gongkai::server
