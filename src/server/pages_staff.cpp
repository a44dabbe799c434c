// The staff workspace's dashboard and the register of applications: list, registration, the
// case page with its clock and the actions allowed now, and the answer letter (告知书).
#include <algorithm>

#include "core/fee.hpp"
#include "core/outcome.hpp"
#include "core/remedy.hpp"
#include "server/pages.hpp"
#include "store/records.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;

// How soon a case falls due, for the traffic light (DESIGN: overdue, within 5 working days, fine).
constexpr int kDueSoonWorkingDays = 5;

// Adds "light" (overdue / soon / fine / paused) and the labels a list row shows.
void DecorateCase(json& item) {
  const json& left = item.contains("working_days_left") ? item["working_days_left"] : json();
  if (item.value("state", "") == "closed") {
    item["light"] = "closed";
  } else if (left.is_null()) {
    item["light"] = "paused";
  } else if (left.get<int>() < 0) {
    item["light"] = "overdue";
  } else if (left.get<int>() <= kDueSoonWorkingDays) {
    item["light"] = "soon";
  } else {
    item["light"] = "fine";
  }
  item["state_label"] = LabelOf("states", item.value("state", ""));
  item["channel_label"] = LabelOf("channels", item.value("channel", ""));
  if (item.contains("applicant")) {
    item["applicant"]["type_label"] =
        LabelOf("applicant_types", item["applicant"].value("type", ""));
  }
  if (item.contains("outcome") && item["outcome"].is_string()) {
    item["outcome_label"] = LabelOf("outcomes", item["outcome"].get<std::string>());
  }
}

// A stacked bar chart of applications per month by outcome, as inline SVG with a text
// alternative (the table beside it carries the same numbers).
std::string MonthlyChart(const json& monthly) {
  static constexpr const char* kColours[] = {"#2e7d32", "#7cb342", "#c62828", "#ef6c00",
                                             "#6d4c41", "#757575", "#1565c0"};
  int highest = 1;
  for (const json& month : monthly["months"]) {
    int total = 0;
    for (const json& count : month) total += count.get<int>();
    highest = std::max(highest, total);
  }
  constexpr int kWidth = 600, kHeight = 220, kBottom = 190, kBar = 32;
  std::string svg = "<svg viewBox=\"0 0 " + std::to_string(kWidth) + " " + std::to_string(kHeight) +
                    "\" role=\"img\" aria-labelledby=\"chart-title\" class=\"chart\">"
                    "<title id=\"chart-title\">本年度各月收到申请数及办理结果</title>";
  int index = 0;
  for (const json& month : monthly["months"]) {
    int x = 40 + index * 46;
    int y = kBottom;
    int series = 0;
    for (const json& count : month) {
      int height = count.get<int>() * 170 / highest;
      if (height > 0) {
        y -= height;
        svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
               std::to_string(kBar) + "\" height=\"" + std::to_string(height) + "\" fill=\"" +
               kColours[series % 7] + "\"/>";
      }
      ++series;
    }
    svg += "<text x=\"" + std::to_string(x + kBar / 2) + "\" y=\"" + std::to_string(kBottom + 16) +
           "\" text-anchor=\"middle\" font-size=\"12\">" + std::to_string(index + 1) + "月</text>";
    ++index;
  }
  svg += "<line x1=\"36\" y1=\"" + std::to_string(kBottom) + "\" x2=\"" +
         std::to_string(kWidth - 10) + "\" y2=\"" + std::to_string(kBottom) +
         "\" stroke=\"#333\"/></svg>";
  return svg;
}

json MonthlyTable(const json& monthly) {
  static constexpr const char* kColours[] = {"#2e7d32", "#7cb342", "#c62828", "#ef6c00",
                                             "#6d4c41", "#757575", "#1565c0"};
  json series = json::array();
  std::size_t index = 0;
  for (const json& name : monthly["series"]) {
    int total = 0;
    for (const json& month : monthly["months"]) total += month[index].get<int>();
    series.push_back({{"name", name}, {"colour", kColours[index % 7]}, {"total", total}});
    ++index;
  }
  return series;
}

HttpResponse Dashboard(const PageKit& kit, const HttpRequest& request, const PathParams&,
                       HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "工作台", "dashboard");
  if (!page) return ErrorPage(kit, context, page.error());
  json& view = *page;
  if (!view["can"].contains("view_ledger")) {
    return RenderPage(kit, context, "dashboard.html", view);
  }
  std::string org = view["org"]["id"].dump();
  std::int64_t me = context.session->user.id;
  json mine = json::array();
  json counts = {{"overdue", 0}, {"soon", 0}, {"fine", 0}, {"paused", 0}};
  for (const char* state : {"open", "awaiting_correction", "awaiting_payment"}) {
    Result<json> listed = CallApi(kit, context, "/api/v1/organisations/" + org + "/applications",
                                  {{"state", state}, {"limit", "500"}});
    if (!listed) return ErrorPage(kit, context, listed.error());
    for (json item : (*listed)["items"]) {
      const json& handler = item["handler"];
      bool assigned_to_me = handler.is_number_integer() && handler.get<std::int64_t>() == me;
      if (!handler.is_null() && !assigned_to_me) continue;  // another officer's case
      DecorateCase(item);
      item["mine"] = assigned_to_me;
      json& count = counts[item["light"].get<std::string>()];
      count = count.get<int>() + 1;
      mine.push_back(std::move(item));
    }
  }
  std::stable_sort(mine.begin(), mine.end(), [](const json& a, const json& b) {
    std::string due_a = a["due_on"].is_string() ? a["due_on"].get<std::string>() : "9999";
    std::string due_b = b["due_on"].is_string() ? b["due_on"].get<std::string>() : "9999";
    return due_a < due_b;
  });
  view["open_count"] = mine.size();
  if (mine.size() > 15) mine.erase(mine.begin() + 15, mine.end());
  view["cases"] = mine;
  view["counts"] = counts;

  json reviews = json::array();
  auto queue = [&](const char* state, const char* permission, const char* label) {
    if (!view["can"].contains(permission)) return;
    Result<json> listed =
        CallApi(kit, context, "/api/v1/organisations/" + org + "/publications", {{"state", state}});
    if (!listed) return;
    for (json item : (*listed)["items"]) {
      item["waiting_for"] = label;
      reviews.push_back(std::move(item));
    }
  };
  queue("awaiting_content_review", "review_content", "内容审核");
  queue("awaiting_secrecy_review", "review_secrecy", "保密审查");
  queue("approved", "edit_publication", "发布");
  view["reviews"] = reviews;

  int year = context.today.year();
  Result<json> monthly =
      CallApi(kit, context,
              "/api/v1/organisations/" + org + "/statistics/" + std::to_string(year) + "/monthly");
  if (monthly) {
    view["chart_svg"] = MonthlyChart(*monthly);
    view["chart_series"] = MonthlyTable(*monthly);
  }
  // 条例 Art. 49: the report on last year is published by 31 January.
  int report_year = year - 1;
  Result<json> status = CallApi(
      kit, context,
      "/api/v1/organisations/" + org + "/reports/" + std::to_string(report_year) + "/validation");
  json report = {{"year", report_year}, {"deadline", std::to_string(year) + "-01-31"}};
  if (status) {
    report["published"] = (*status)["state"] == "published";
    report["valid"] = (*status)["valid"];
    report["late"] = (*status)["state"] != "published";
  }
  report["next_year"] = year;
  report["next_deadline"] = std::to_string(year + 1) + "-01-31";
  view["report"] = report;
  return RenderPage(kit, context, "dashboard.html", view);
}

HttpResponse Applications(const PageKit& kit, const HttpRequest& request, const PathParams&,
                          HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "依申请公开", "applications");
  if (!page) return ErrorPage(kit, context, page.error());
  json& view = *page;
  std::map<std::string, std::string> query;
  json filters = json::object();
  for (const char* name : {"q", "state", "applicant_type", "channel", "due_by", "year"}) {
    std::string value = QueryValue(request, name);
    filters[name] = value;
    if (!value.empty()) query[name] = value;
  }
  constexpr int kPage = 50;
  int offset = std::max(0, std::atoi(QueryValue(request, "offset").c_str()));
  query["limit"] = std::to_string(kPage);
  query["offset"] = std::to_string(offset);
  std::string org = view["org"]["id"].dump();
  Result<json> listed =
      CallApi(kit, context, "/api/v1/organisations/" + org + "/applications", query);
  if (!listed) return ErrorPage(kit, context, listed.error());
  json items = (*listed)["items"];
  for (json& item : items) DecorateCase(item);
  std::string base = "/staff/applications?org=" + org;
  for (const auto& [name, value] : query) {
    if (name != "limit" && name != "offset") base += "&" + name + "=" + PercentEncode(value);
  }
  view["items"] = items;
  view["filters"] = filters;
  view["states"] = VocabularyOptions("states", filters["state"]);
  view["applicant_types"] = VocabularyOptions("applicant_types", filters["applicant_type"]);
  view["channels"] = VocabularyOptions("channels", filters["channel"]);
  if (offset > 0)
    view["previous"] = base + "&offset=" + std::to_string(std::max(0, offset - kPage));
  if (items.size() == static_cast<std::size_t>(kPage)) {
    view["next"] = base + "&offset=" + std::to_string(offset + kPage);
  }
  view["range"] = {{"from", items.empty() ? 0 : offset + 1},
                   {"to", offset + static_cast<int>(items.size())}};
  return RenderPage(kit, context, "applications.html", view);
}

HttpResponse NewApplication(const PageKit& kit, const HttpRequest& request, const PathParams&,
                            HandlerContext& context) {
  Result<json> page = OrganisationView(kit, context, request, "登记申请", "applications");
  if (!page) return ErrorPage(kit, context, page.error());
  json& view = *page;
  if (!view["can"].contains("record_case")) {
    return ErrorPage(kit, context,
                     Error{ErrorCode::kPermissionDenied, "登记申请需要“工作人员”角色", {}});
  }
  view["channels"] = VocabularyOptions("channels", "in_person");
  view["applicant_types"] = VocabularyOptions("applicant_types", "natural_person");
  return RenderPage(kit, context, "application_new.html", view);
}

// The input fields an action's form needs (DecodeEvent in staff_applications.cpp).
json FieldsFor(const std::string& kind, const std::string& today) {
  json date = {
      {"name", "date"}, {"label", "日期"}, {"type", "date"}, {"value", today}, {"required", true}};
  json fields = json::array({date});
  auto add = [&fields](json field) { fields.push_back(std::move(field)); };
  if (kind == "correction_requested") {
    add({{"name", "until"}, {"label", "补正期限（可不填）"}, {"type", "date"}});
  } else if (kind == "consultation_started") {
    add({{"name", "party"}, {"label", "征求意见的第三方"}, {"type", "text"}, {"required", true}});
  } else if (kind == "extended") {
    add({{"name", "days"},
         {"label", "延长工作日数（不超过 20）"},
         {"type", "number"},
         {"value", "20"},
         {"data_type", "int"},
         {"required", true}});
    add({{"name", "approver"},
         {"label", "同意延期的负责人"},
         {"type", "text"},
         {"required", true}});
  } else if (kind == "fee_notified") {
    // 国办函〔2020〕109号: by piece or by page, the fee computed by the tariff from the count;
    // an amount the office computed itself is still accepted.
    add({{"name", "fee_basis"},
         {"label", "计费方式"},
         {"select", true},
         {"choices",
          {{{"value", "per_page"}, {"label", "按量计收（填页数）"}},
           {{"value", "per_piece"}, {"label", "按件计收（填本月第几件申请）"}},
           {{"value", ""}, {"label", "直接填写金额"}}}}});
    add({{"name", "fee_units"},
         {"label", "页数或本月第几件申请"},
         {"type", "number"},
         {"data_type", "int"}});
    add({{"name", "fee_fen"},
         {"label", "信息处理费（元，按量或按件计收时由系统计算，可不填）"},
         {"type", "number"},
         {"step", "0.01"},
         {"data_type", "yuan"}});
  } else if (kind == "delayed") {
    add({{"name", "until"}, {"label", "延迟至"}, {"type", "date"}, {"required", true}});
    add({{"name", "reason"}, {"label", "正当理由"}, {"type", "text"}, {"required", true}});
  }
  return fields;
}

HttpResponse Case(const PageKit& kit, const HttpRequest&, const PathParams& params,
                  HandlerContext& context) {
  Result<json> found = CallApi(kit, context, "/api/v1/applications/" + params.at("id"));
  if (!found) return ErrorPage(kit, context, found.error());
  json item = std::move(*found);
  if (item.contains("clock"))
    item["working_days_left"] = item["clock"].value("working_days_left", json());
  DecorateCase(item);
  bool has_letter = false;  // an answer letter or a fee notice to print
  for (json& event : item["events"]) {
    if (event.contains("outcome")) {
      event["outcome_label"] = LabelOf("outcomes", event["outcome"].get<std::string>());
    }
    if (event.contains("fee_fen")) event["fee_yuan"] = Yuan(event["fee_fen"].get<std::int64_t>());
    if (std::optional<core::FeeBasis> basis =
            core::FeeBasisFromString(event.value("fee_basis", ""))) {
      event["fee_computation"] = core::FeeComputationText(*basis, event.value("fee_units", 0));
    }
    if (event["kind"] == "answered" || event["kind"] == "fee_notified") has_letter = true;
  }
  json actions = json::array();
  std::string today = context.today.ToString();
  for (const json& allowed : item["allowed_actions"]) {
    std::string name = allowed.value("kind", "");
    json action = {{"kind", name},
                   {"label", allowed.value("label", name)},
                   {"fields", FieldsFor(name, today)},
                   {"answer", name == "answered"}};
    actions.push_back(std::move(action));
  }
  json view = {{"page", {{"title", "申请 " + params.at("id")}, {"section", "applications"}}},
               {"case", item},
               {"actions", actions},
               {"outcomes", Vocabulary()["outcomes"]},
               {"has_letter", has_letter},
               {"masked", item.value("personal_data", "") == "masked"}};
  return RenderPage(kit, context, "application.html", view);
}

// The answer letter (告知书) of an answered case: the letter of its outcome from the installed
// templates (the same words as its DOCX and PDF, /api/v1/applications/{id}/letter), with the
// 文号 and the reason the officer adds; likewise the fee notice (缴费通知书, …/fee-notice) when a
// fee was charged, with its 文号 and the payment method.
HttpResponse Letter(const PageKit& kit, const HttpRequest& request, const PathParams& params,
                    HandlerContext& context) {
  const std::string base = "/api/v1/applications/" + params.at("id");
  Result<json> found = CallApi(kit, context, base);
  if (!found) return ErrorPage(kit, context, found.error());
  json item = std::move(*found);
  bool answered = false;
  bool charged = false;
  for (const json& event : item["events"]) {
    if (event["kind"] == "answered") answered = true;
    if (event["kind"] == "fee_notified") charged = true;
  }
  if (!answered && !charged) {
    return ErrorPage(
        kit, context,
        Error{ErrorCode::kConflict, "该申请尚未答复，也未发出收费通知，没有可打印的告知书", {}});
  }
  json view = {{"page", {{"title", "告知书"}, {"section", "applications"}}}, {"case", item}};
  // One document from `route` (letter, fee-notice) with the options the form sets (the page's
  // field, the route's parameter): into view[key] with its downloads, or the reason it cannot be
  // written into view[key + "_error"].
  auto document = [&](const std::string& route, const std::string& key,
                      const std::vector<std::pair<std::string, std::string>>& fields) {
    std::map<std::string, std::string> query{{"format", "json"}};
    std::string options;
    for (const auto& [field, parameter] : fields) {
      const std::string value = QueryValue(request, field.c_str());
      view[field] = value;
      query[parameter] = value;
      options += "&" + parameter + "=" + PercentEncode(value);
    }
    Result<json> written = CallApi(kit, context, base + "/" + route, query);
    if (!written) {
      view[key + "_error"] = written.error().message;
      return;
    }
    view[key] = std::move(*written);
    view[key]["downloads"] = {{"docx", base + "/" + route + "?format=docx" + options},
                              {"pdf", base + "/" + route + "?format=pdf" + options}};
  };
  if (answered && item.contains("outcome") && !item["outcome"].is_null()) {
    document("letter", "letter", {{"number", "number"}, {"reason", "reason"}});
  }
  if (charged) {
    view["charged"] = true;
    if (QueryValue(request, "payment").empty()) {
      view["fee_notice_error"] = "填写缴纳方式（如非税收入缴款码或收款账户）后生成缴费通知书。";
    } else {
      document("fee-notice", "fee_notice", {{"fee_number", "number"}, {"payment", "payment"}});
    }
  }
  return RenderPage(kit, context, "letter.html", view);
}

}  // namespace

void AddStaffPages(Router& pages, const PageKit& kit) {
  pages.AddStaffPage("/staff", "工作台", BindPage(kit, Dashboard));
  pages.AddStaffPage("/staff/applications", "依申请公开台账", BindPage(kit, Applications));
  pages.AddStaffPage("/staff/applications/new", "登记申请", BindPage(kit, NewApplication));
  pages.AddStaffPage("/staff/applications/{id}", "申请办理", BindPage(kit, Case));
  pages.AddStaffPage("/staff/applications/{id}/letter", "告知书", BindPage(kit, Letter));
}

}  // namespace gongkai::server
