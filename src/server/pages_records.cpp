// The staff workspace's proactive publications (catalogue entries, review queues, the ledger and
// its export), appeals, and the annual report.
#include "report/json.hpp"
#include "report/render.hpp"
#include "server/pages.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;

void DecoratePublication(json& item) {
  item["state_label"] = LabelOf("publication_states", item.value("state", ""));
  item["document_type_label"] = LabelOf("document_types", item.value("document_type", ""));
}

HttpResponse Publications(const PageKit& kit, const HttpRequest& request, const PathParams&,
                          HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "主动公开", "publications");
  if (!page) return ErrorPage(kit, context, page.error());
  json& view = *page;
  std::string state = QueryValue(request, "state");
  std::map<std::string, std::string> query;
  if (!state.empty()) query["state"] = state;
  std::string org = view["org"]["id"].dump();
  Result<json> listed =
      CallApi(kit, context, "/api/v1/organisations/" + org + "/publications", query);
  if (!listed) return ErrorPage(kit, context, listed.error());
  json items = (*listed)["items"];
  for (json& item : items) DecoratePublication(item);
  view["items"] = items;
  view["states"] = VocabularyOptions("publication_states", state);
  view["state"] = state;
  return RenderPage(kit, context, "publications.html", view);
}

// The ledger (台账) as CSV for Excel/WPS: UTF-8 with a byte order mark, one row per entry.
HttpResponse PublicationsCsv(const PageKit& kit, const HttpRequest& request, const PathParams&,
                             HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "主动公开台账", "publications");
  if (!page) return ErrorPage(kit, context, page.error());
  const json& view = *page;
  Result<json> listed =
      CallApi(kit, context, "/api/v1/organisations/" + view["org"]["id"].dump() + "/publications");
  if (!listed) return ErrorPage(kit, context, listed.error());
  auto cell = [](const json& value) {
    std::string text = value.is_string() ? value.get<std::string>()
                       : value.is_null() ? ""
                                         : value.dump();
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    // A leading = + - @ would be a formula in a spreadsheet.
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
      quoted.insert(1, "'");
    }
    return quoted + "\"";
  };
  std::string csv =
      "\xEF\xBB\xBF索引号,标题,文号,发布机构,成文日期,公开日期,废止日期,分类,公开方式,文件类型,"
      "状态,有效性\r\n";
  for (const json& item : (*listed)["items"]) {
    csv += cell(item["index_number"]) + "," + cell(item["title"]) + "," +
           cell(item["document_number"]) + "," + cell(item["publisher"]) + "," +
           cell(item["written_on"]) + "," + cell(item["published_on"]) + "," +
           cell(item["repealed_on"]) + "," + cell(item["category"]) + "," + cell(item["method"]) +
           "," + cell(LabelOf("document_types", item.value("document_type", ""))) + "," +
           cell(LabelOf("publication_states", item.value("state", ""))) + "," +
           cell(item["validity"]) + "\r\n";
  }
  HttpResponse response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(csv);
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"publications-" +
                                                           view["org"]["id"].dump() + ".csv\"");
  return response;
}

HttpResponse NewPublication(const PageKit& kit, const HttpRequest& request, const PathParams&,
                            HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "新建公开条目", "publications");
  if (!page) return ErrorPage(kit, context, page.error());
  json& view = *page;
  if (!view["can"].contains("edit_publication")) {
    return ErrorPage(kit, context,
                     Error{ErrorCode::kPermissionDenied, "新建公开条目需要“工作人员”角色", {}});
  }
  view["document_types"] = VocabularyOptions("document_types", "other");
  return RenderPage(kit, context, "publication_new.html", view);
}

HttpResponse Publication(const PageKit& kit, const HttpRequest&, const PathParams& params,
                         HandlerContext& context) {
  Result<json> found = CallApi(kit, context, "/api/v1/publications/" + params.at("id"));
  if (!found) return ErrorPage(kit, context, found.error());
  json item = std::move(*found);
  DecoratePublication(item);
  json steps = json::array();
  for (const json& step : item.value("allowed_steps", json::array())) {
    std::string name = step.get<std::string>();
    steps.push_back({{"step", name},
                     {"label", LabelOf("publication_steps", name)},
                     {"returns", name.starts_with("return_")}});
  }
  return RenderPage(kit, context, "publication.html",
                    {{"page", {{"title", item["title"]}, {"section", "publications"}}},
                     {"item", item},
                     {"steps", steps}});
}

HttpResponse Appeals(const PageKit& kit, const HttpRequest& request, const PathParams&,
                     HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "复议诉讼", "appeals");
  if (!page) return ErrorPage(kit, context, page.error());
  json& view = *page;
  Result<json> listed =
      CallApi(kit, context, "/api/v1/organisations/" + view["org"]["id"].dump() + "/appeals");
  if (!listed) return ErrorPage(kit, context, listed.error());
  json items = (*listed)["items"];
  for (json& item : items) {
    item["kind_label"] = LabelOf("appeal_kinds", item.value("kind", ""));
    item["result_label"] = LabelOf("appeal_results", item.value("result", ""));
    item["pending"] = item.value("result", "") == "pending";
  }
  view["items"] = items;
  view["kinds"] = VocabularyOptions("appeal_kinds", "reconsideration");
  json results = VocabularyOptions("appeal_results", "upheld");
  results.erase(results.end() - 1);  // a decision is not "pending"
  view["results"] = results;
  view["application"] = QueryValue(request, "application");
  return RenderPage(kit, context, "appeals.html", view);
}

HttpResponse Reports(const PageKit& kit, const HttpRequest& request, const PathParams&,
                     HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "年度报告", "reports");
  if (!page) return ErrorPage(kit, context, page.error());
  json& view = *page;
  int last = context.today.year() - 1;
  int year = std::atoi(QueryValue(request, "year").c_str());
  if (year < 2021 || year > last) year = last;
  json years = json::array();
  for (int y = last; y >= 2021; --y) years.push_back({{"year", y}, {"selected", y == year}});
  std::string org = view["org"]["id"].dump();
  std::string base = "/api/v1/organisations/" + org + "/reports/" + std::to_string(year);
  Result<json> content = CallApi(kit, context, base);
  if (!content) return ErrorPage(kit, context, content.error());
  Result<report::AnnualReport> parsed = report::FromJsonValue(*content);
  if (!parsed) return ErrorPage(kit, context, parsed.error());
  Result<json> status = CallApi(kit, context, base + "/validation");
  if (!status) return ErrorPage(kit, context, status.error());
  int errors = 0;
  int warnings = 0;
  for (const json& finding : (*status)["findings"]) {
    (finding["severity"] == "error" ? errors : warnings) += 1;
  }
  const report::Sections sections = parsed->sections.value_or(report::Sections{});
  view["years"] = years;
  view["year"] = year;
  view["report_html"] = report::RenderHtmlBody(*parsed);
  view["status"] = *status;
  view["published"] = (*status)["state"] == "published";
  view["errors"] = errors;
  view["warnings"] = warnings;
  view["api_base"] = base;
  view["narrative"] = {{"overview", sections.overview.value_or("")},
                       {"problems", sections.problems.value_or("")},
                       {"other", sections.other.value_or("")}};
  view["can_publish"] = view["can"].contains("publish_report") && !view["published"].get<bool>();
  view["can_edit"] = view["can"].contains("edit_report") && !view["published"].get<bool>();
  view["downloads"] = ReportDownloads(base);
  return RenderPage(kit, context, "report.html", view);
}

}  // namespace

void AddStaffRecordPages(Router& pages, const PageKit& kit) {
  pages.AddStaffPage("/staff/publications", "主动公开台账与审核", BindPage(kit, Publications));
  pages.AddStaffPage("/staff/publications/export.csv", "主动公开台账导出（CSV）",
                     BindPage(kit, PublicationsCsv));
  pages.AddStaffPage("/staff/publications/new", "新建公开条目", BindPage(kit, NewPublication));
  pages.AddStaffPage("/staff/publications/{id}", "公开条目与审核", BindPage(kit, Publication));
  pages.AddStaffPage("/staff/appeals", "复议诉讼", BindPage(kit, Appeals));
  pages.AddStaffPage("/staff/reports", "年度报告", BindPage(kit, Reports));
}

}  // namespace gongkai::server
