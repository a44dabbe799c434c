#include "server/public_api.hpp"

#include "core/clock.hpp"
#include "report/generate.hpp"
#include "report/json.hpp"
#include "report/render.hpp"
#include "server/annual_reports.hpp"
#include "server/api_support.hpp"
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
    out.push_back(PublicationJson(item));
  }
  return JsonResponse(200, {{"items", out}});
}

// One catalogue item, only once published (a draft or an item under review is not public: 404, as
// for an id that does not exist).
HttpResponse CatalogueItem(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  Result<core::Publication> item = context.store.GetPublication(*id);
  if (!item || !item->published_on) {
    return ErrorResponse(Error::NotFound("没有编号为 " + std::to_string(*id) + " 的公开信息"));
  }
  return JsonResponse(200, PublicationJson(*item));
}

// Only published reports are public (条例 Art. 49: published by 31 January, signed off by the
// head); drafts stay in the workspace.
HttpResponse AnnualReport(const HttpRequest& request, const PathParams& params,
                          HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  Result<std::int64_t> year = IdParam(params, "year");
  if (!year) return ErrorResponse(year.error());
  if (*year > 9999) return ErrorResponse(Error::InvalidArgument("year：年份超出范围"));
  Result<std::optional<store::ReportRecord>> record =
      context.store.GetReportRecord(*org, static_cast<int>(*year));
  if (!record) return ErrorResponse(record.error());
  if (!*record || !(*record)->published) {
    return ErrorResponse(Error::NotFound(std::to_string(*year) + " 年度报告尚未公开"));
  }
  Result<report::AnnualReport> report = report::FromJson((*record)->content);
  if (!report) return ErrorResponse(Error::Internal("已公开的年度报告无法读取"));
  auto format = request.query.find("format");
  Result<HttpResponse> rendered =
      RenderReport(*report, format == request.query.end() ? "json" : format->second);
  if (!rendered) return ErrorResponse(rendered.error());
  rendered->headers.emplace_back("X-Content-Hash", (*record)->content_hash);
  return *rendered;
}

// The organisation's published annual reports.
HttpResponse PublishedReports(const HttpRequest&, const PathParams& params,
                              HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  ordered_json years = ordered_json::array();
  for (int year = context.today.year() - 1; year >= report::kFirstGeneratedYear - 2; --year) {
    Result<std::optional<store::ReportRecord>> record = context.store.GetReportRecord(*org, year);
    if (!record) return ErrorResponse(record.error());
    if (*record && (*record)->published) {
      years.push_back({{"year", year},
                       {"published_at", (*record)->published_at},
                       {"content_hash", (*record)->content_hash}});
    }
  }
  return JsonResponse(200, {{"reports", years}});
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

// Full-text search of the public catalogue (store::SearchCatalogue): q, and the filters org,
// year, category, validity (有效 / 废止), with limit (1–100, default 20) and offset.
HttpResponse SearchCatalogue(const HttpRequest& request, const PathParams&,
                             HandlerContext& context) {
  store::CatalogueSearch search;
  search.text = QueryValue(request, "q");
  search.category = QueryValue(request, "category");
  const std::string validity = QueryValue(request, "validity");
  if (validity == "有效") search.in_force = true;
  if (validity == "废止") search.in_force = false;
  if (!validity.empty() && !search.in_force) {
    return ErrorResponse(Error::InvalidArgument("validity：应为 有效 或 废止"));
  }
  for (auto [name, target] :
       {std::pair{"limit", &search.limit}, std::pair{"offset", &search.offset}}) {
    Result<std::optional<std::int64_t>> value = IntegerQuery(request, name);
    if (!value) return ErrorResponse(value.error());
    if (*value) {
      if (**value < 0 || **value > 100000) {
        return ErrorResponse(Error::InvalidArgument(std::string(name) + "：超出范围"));
      }
      *target = static_cast<int>(**value);
    }
  }
  Result<std::optional<std::int64_t>> org = IntegerQuery(request, "org");
  if (!org) return ErrorResponse(org.error());
  search.org = *org;
  Result<std::optional<std::int64_t>> year = IntegerQuery(request, "year");
  if (!year) return ErrorResponse(year.error());
  if (*year) {
    if (**year < 1900 || **year > 9999)
      return ErrorResponse(Error::InvalidArgument("year：年份超出范围"));
    search.year = static_cast<int>(**year);
  }
  Result<store::CatalogueHits> found = context.store.SearchCatalogue(search);
  if (!found) return ErrorResponse(found.error());
  Result<std::vector<core::Organisation>> orgs = context.store.ListOrganisations();
  if (!orgs) return ErrorResponse(orgs.error());
  ordered_json items = ordered_json::array();
  for (const store::CatalogueHit& hit : found->hits) {
    ordered_json item = PublicationJson(hit.item);
    for (const core::Organisation& organisation : *orgs) {
      if (organisation.id == hit.item.org) item["org"] = organisation.name;
    }
    item["org_id"] = hit.item.org;
    item["title_html"] = hit.title_html;
    item["snippet"] = hit.snippet_html;
    item["score"] = hit.score;
    items.push_back(std::move(item));
  }
  return JsonResponse(200, {{"total", found->total},
                            {"limit", search.limit},
                            {"offset", search.offset},
                            {"items", std::move(items)}});
}

}  // namespace

void AddPublicRoutes(Router& router) {
  router.Add("GET", "/api/v1/public/organisations", "机关列表", ListOrganisations);
  router.Add("GET", "/api/v1/public/organisations/{org}/catalogue", "政府信息公开目录", Catalogue);
  router.Add("GET", "/api/v1/public/publications/{id}", "一条已公开的政府信息", CatalogueItem);
  router.Add("GET", "/api/v1/public/search",
             "检索公开目录（q；org、year、category、validity 筛选；limit、offset 分页）",
             SearchCatalogue);
  router.Add("GET", "/api/v1/public/organisations/{org}/reports", "已公开的年度报告",
             PublishedReports);
  router.Add("GET", "/api/v1/public/organisations/{org}/reports/{year}",
             "已公开的年度报告（format=json|text|markdown|html|csv|docx|pdf|xlsx）", AnnualReport);
  router.Add("POST", "/api/v1/public/applications", "在线提交政府信息公开申请", Apply);
  router.Add("GET", "/api/v1/public/track/{code}", "凭查询码查询办理进度", Track);
}

}  // namespace gongkai::server
