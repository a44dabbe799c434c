// Article 20 yearly figures, the annual report (preview, validation, drill-down, narrative,
// publication) and the checking of published reports.
#include "report/check_output.hpp"
#include "report/json.hpp"
#include "report/read.hpp"
#include "report/render.hpp"
#include "server/annual_reports.hpp"
#include "server/api_support.hpp"
#include "server/authorization.hpp"
#include "server/staff_api.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

using nlohmann::ordered_json;

constexpr std::size_t kMaxSectionChars = 20000;
constexpr std::size_t kMaxCheckedFiles = 20;

struct OrgYear {
  core::OrgId org = 0;
  int year = 0;
};

Result<OrgYear> OrgYearOf(const PathParams& params, HandlerContext& context,
                          core::Permission permission) {
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t org, IdParam(params, "org"));
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t year, IdParam(params, "year"));
  if (year < 2008 || year > 9999) return Error::InvalidArgument("year：年份超出范围");
  GONGKAI_RETURN_IF_ERROR(Require(context, permission, org));
  return OrgYear{org, static_cast<int>(year)};
}

HttpResponse GetStatistics(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kViewLedger);
  if (!key) return ErrorResponse(key.error());
  Result<std::optional<core::YearlyStatistics>> entry =
      context.store.GetYearlyStatistics(key->org, key->year);
  if (!entry) return ErrorResponse(entry.error());
  if (!*entry) return ErrorResponse(Error::NotFound(std::to_string(key->year) + " 年尚未填报"));
  const core::YearlyStatistics& s = **entry;
  return JsonResponse(200, {{"org", s.org},
                            {"year", s.year},
                            {"licensing_decisions", s.licensing_decisions},
                            {"penalty_decisions", s.penalty_decisions},
                            {"coercive_decisions", s.coercive_decisions},
                            {"administrative_fees_fen", s.administrative_fees.fen()}});
}

HttpResponse PutStatistics(const HttpRequest& request, const PathParams& params,
                           HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kEnterStatistics);
  if (!key) return ErrorResponse(key.error());
  core::YearlyStatistics entry{key->org, key->year, 0, 0, 0, Money()};
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(entry.licensing_decisions,
                             fields.RequiredInteger("licensing_decisions"));
    GONGKAI_ASSIGN_OR_RETURN(entry.penalty_decisions, fields.RequiredInteger("penalty_decisions"));
    GONGKAI_ASSIGN_OR_RETURN(entry.coercive_decisions,
                             fields.RequiredInteger("coercive_decisions"));
    GONGKAI_ASSIGN_OR_RETURN(std::int64_t fen, fields.RequiredInteger("administrative_fees_fen"));
    entry.administrative_fees = Money::FromFen(fen);
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (Result<void> stored = context.store.PutYearlyStatistics(entry); !stored) {
    return ErrorResponse(stored.error());
  }
  return GetStatistics(request, params, context);
}

HttpResponse PreviewReport(const HttpRequest& request, const PathParams& params,
                           HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kViewLedger);
  if (!key) return ErrorResponse(key.error());
  Result<ReportView> view = CurrentReport(context.store, key->org, key->year, context.today);
  if (!view) return ErrorResponse(view.error());
  auto format = request.query.find("format");
  Result<HttpResponse> rendered =
      RenderReport(view->report, format == request.query.end() ? "json" : format->second);
  if (!rendered) return ErrorResponse(rendered.error());
  rendered->headers.emplace_back("X-Report-State", view->published() ? "published" : "draft");
  if (view->published())
    rendered->headers.emplace_back("X-Content-Hash", view->record->content_hash);
  return *rendered;
}

ordered_json StatusJson(const ReportView& view, const report::ValidationResult& result,
                        const std::string& name) {
  ordered_json out = report::CheckJson(name, view.report, result);
  out["state"] = view.published() ? "published" : "draft";
  if (view.published()) {
    out["content_hash"] = view.record->content_hash;
    out["published_at"] = view.record->published_at;
    out["published_by"] = view.record->published_by;
  }
  return out;
}

HttpResponse ValidateReport(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kViewLedger);
  if (!key) return ErrorResponse(key.error());
  Result<ReportView> view = CurrentReport(context.store, key->org, key->year, context.today);
  if (!view) return ErrorResponse(view.error());
  report::ValidationResult result =
      ValidateWithPrevious(context.store, key->org, *view, context.today);
  return JsonResponse(200, StatusJson(*view, result, std::to_string(key->year)));
}

HttpResponse CellRecords(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kViewLedger);
  if (!key) return ErrorResponse(key.error());
  std::optional<std::string> cell = report::ResolveCellKey(params.at("cell"));
  if (!cell) return ErrorResponse(Error::NotFound("报告中没有单元格“" + params.at("cell") + "”"));
  Result<ReportView> view = CurrentReport(context.store, key->org, key->year, context.today);
  if (!view) return ErrorResponse(view.error());
  if (view->published()) {
    // The locked copy keeps no drill-down: regenerate from the ledger as it is now.
    Result<report::LedgerYear> ledger = context.store.SelectLedgerYear(key->org, key->year);
    if (!ledger) return ErrorResponse(ledger.error());
    Result<report::GeneratedReport> generated = report::GenerateReport(*ledger);
    if (!generated) return ErrorResponse(generated.error());
    view->records = std::move(generated->records);
  }
  ordered_json records = ordered_json::array();
  auto found = view->records.find(*cell);
  if (found != view->records.end()) {
    for (const report::RecordRef& ref : found->second) {
      records.push_back({{"kind", std::string(ref.kind)}, {"id", ref.id}});
    }
  }
  return JsonResponse(200, {{"cell", *cell}, {"records", records}});
}

// Applications received in each month of the year, by how they ended (the outcome groups of table
// 三) or still open: what the dashboard's chart draws.
HttpResponse MonthlyFigures(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kViewLedger);
  if (!key) return ErrorResponse(key.error());
  Result<report::LedgerYear> ledger = context.store.SelectLedgerYear(key->org, key->year);
  if (!ledger) return ErrorResponse(ledger.error());
  constexpr std::size_t kGroups = core::kAllOutcomeGroups.size();
  std::array<std::array<int, kGroups + 1>, 12> counts{};  // the last column: still open
  for (const core::CaseRow& row : ledger->cases) {
    if (row.received_on.year() != key->year) continue;
    std::size_t column =
        row.outcome ? static_cast<std::size_t>(core::GroupOf(*row.outcome)) : kGroups;
    ++counts[static_cast<std::size_t>(row.received_on.month() - 1)][column];
  }
  ordered_json series = ordered_json::array();
  for (core::OutcomeGroup group : core::kAllOutcomeGroups) {
    series.push_back(std::string(core::ChineseLabel(group)));
  }
  series.push_back("尚未办结");
  ordered_json months = ordered_json::array();
  for (const auto& month : counts) months.push_back(month);
  return JsonResponse(
      200, {{"org", key->org}, {"year", key->year}, {"series", series}, {"months", months}});
}

HttpResponse SaveNarrative(const HttpRequest& request, const PathParams& params,
                           HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kEditReport);
  if (!key) return ErrorResponse(key.error());
  if (key->year >= context.today.year()) {
    return ErrorResponse(Error::NotFound(std::to_string(key->year) + " 年度尚未结束"));
  }
  report::Sections narrative;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    for (auto [name, section] :
         {std::pair{"overview", &narrative.overview}, std::pair{"problems", &narrative.problems},
          std::pair{"other", &narrative.other}}) {
      GONGKAI_ASSIGN_OR_RETURN(std::string text, fields.OptionalString(name, kMaxSectionChars));
      if (!text.empty()) *section = text;
    }
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (Result<void> saved = context.store.SaveNarrative(key->org, key->year, narrative); !saved) {
    return ErrorResponse(saved.error());
  }
  return ValidateReport(request, params, context);
}

// 条例 Art. 49/50: the head signs off; a report whose tables do not reconcile is not published.
HttpResponse PublishReport(const HttpRequest& request, const PathParams& params,
                           HandlerContext& context) {
  Result<OrgYear> key = OrgYearOf(params, context, core::Permission::kPublishReport);
  if (!key) return ErrorResponse(key.error());
  if (!request.body.empty()) {
    Result<void> decoded = DecodeBody(request, [](JsonFields&) -> Result<void> { return {}; });
    if (!decoded) return ErrorResponse(decoded.error());
  }
  Result<ReportView> view = CurrentReport(context.store, key->org, key->year, context.today);
  if (!view) return ErrorResponse(view.error());
  if (view->published()) {
    return ErrorResponse(
        Error{ErrorCode::kConflict,
              std::to_string(key->year) + " 年度报告已于 " + view->record->published_at + " 公开",
              {}});
  }
  report::ValidationResult result =
      ValidateWithPrevious(context.store, key->org, *view, context.today);
  if (!result.valid()) {
    std::string codes;
    for (const report::Finding& finding : result.findings) {
      if (finding.severity == report::Severity::kError) codes += " " + finding.code;
    }
    return ErrorResponse(
        Error{ErrorCode::kFailedPrecondition, "报告未通过校验，不能公开：" + codes, {}});
  }
  Result<store::ReportRecord> published = context.store.PublishReport(
      key->org, key->year, report::ToJson(view->report), context.session->user.display_name);
  if (!published) return ErrorResponse(published.error());
  view->record = *published;
  return JsonResponse(201, StatusJson(*view, result, std::to_string(key->year)));
}

// Checks published reports sent as {"files": [{"name", "content"}], "render": "html"?}: each is
// read by content and validated on its own; an unreadable file is listed with its reason. With
// render=html each result also carries the report's tables as HTML (report/render.hpp), for the
// checker page to highlight the cells of the findings.
HttpResponse CheckReports(const HttpRequest& request, const PathParams&, HandlerContext&) {
  ordered_json reports = ordered_json::array();
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(std::vector<const nlohmann::json*> files,
                             fields.OptionalArray("files", kMaxCheckedFiles));
    if (files.empty()) return Error::InvalidArgument("files：至少上传一个报告");
    GONGKAI_ASSIGN_OR_RETURN(std::string render, fields.OptionalString("render", 10));
    if (!render.empty() && render != "html") {
      return Error::InvalidArgument("render：只支持 html");
    }
    std::vector<std::pair<std::string, std::string>> decoded_files;
    for (std::size_t i = 0; i < files.size(); ++i) {
      GONGKAI_ASSIGN_OR_RETURN(JsonFields file,
                               JsonFields::Of(*files[i], "files[" + std::to_string(i) + "]"));
      GONGKAI_ASSIGN_OR_RETURN(std::string name, file.RequiredString("name", 200));
      GONGKAI_ASSIGN_OR_RETURN(std::string content, file.RequiredString("content", 1 << 20));
      GONGKAI_RETURN_IF_ERROR(file.NoOtherFields());
      decoded_files.emplace_back(std::move(name), std::move(content));
    }
    for (const auto& [name, content] : decoded_files) {
      Result<report::ReadReportResult> read = report::ReadReport(content);
      if (!read) {
        reports.push_back(report::UnreadableJson(name, read.error().message));
        continue;
      }
      ordered_json checked = report::CheckJson(name, read->report, report::Validate(read->report));
      if (render == "html") checked["html"] = report::RenderHtmlBody(read->report);
      reports.push_back(std::move(checked));
    }
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  return JsonResponse(200, {{"reports", reports}});
}

}  // namespace

void AddReportRoutes(Router& router) {
  router.AddStaff("GET", "/api/v1/organisations/{org}/statistics/{year}",
                  "第二十条统计数据（许可、处罚、强制、收费）", GetStatistics);
  router.AddStaff("PUT", "/api/v1/organisations/{org}/statistics/{year}", "填报第二十条统计数据",
                  PutStatistics);
  router.AddStaff(
      "GET", "/api/v1/organisations/{org}/reports/{year}",
      "年度报告预览（format=json|text|markdown|html|csv|docx|pdf|xlsx；已公开的为锁定版本）",
      PreviewReport);
  router.AddStaff("GET", "/api/v1/organisations/{org}/reports/{year}/validation",
                  "年度报告校验结果（GK001–GK011）与公开状态", ValidateReport);
  router.AddStaff("GET", "/api/v1/organisations/{org}/statistics/{year}/monthly",
                  "按月统计收到的申请及其办理结果（工作台图表）", MonthlyFigures);
  router.AddStaff("GET", "/api/v1/organisations/{org}/reports/{year}/cells/{cell}",
                  "单元格背后的记录（如 received.total）", CellRecords);
  router.AddStaff("PUT", "/api/v1/organisations/{org}/reports/{year}/narrative",
                  "编辑第一、五、六部分文字", SaveNarrative);
  router.AddStaff("POST", "/api/v1/organisations/{org}/reports/{year}/publish",
                  "负责人签发并公开（锁定内容并记录哈希）", PublishReport);
  router.AddStaff("POST", "/api/v1/report-checks", "核查已公开的年度报告（一次最多 20 个文件）",
                  CheckReports);
}

}  // namespace gongkai::server
