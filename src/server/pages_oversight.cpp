// The staff workspace's report checker, the supervisor's view of the organisations below, and
// administration (organisations, users and roles, the work calendar).
#include "core/access.hpp"
#include "core/organisation.hpp"
#include "server/pages.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;

HttpResponse Supervision(const PageKit& kit, const HttpRequest& request, const PathParams&,
                         HandlerContext& context) {
  json view = {{"page", {{"title", "监督"}, {"section", "supervision"}}}};
  if (Result<void> selected = SelectOrganisation(kit, context, request, view); !selected) {
    return ErrorPage(kit, context, selected.error());
  }
  Date yesterday = context.today.AddDays(-1);
  int report_year = context.today.year() - 1;
  json rows = json::array();
  for (const json& org : view["orgs"]) {
    if (!org["can"].contains("view_ledger")) continue;
    std::string id = org["id"].dump();
    std::string base = "/api/v1/organisations/" + id;
    Result<json> open =
        CallApi(kit, context, base + "/applications", {{"state", "open"}, {"limit", "500"}});
    Result<json> overdue =
        CallApi(kit, context, base + "/applications",
                {{"state", "open"}, {"due_by", yesterday.ToString()}, {"limit", "500"}});
    Result<json> status =
        CallApi(kit, context, base + "/reports/" + std::to_string(report_year) + "/validation");
    json row = {{"id", org["id"]}, {"name", org["name"]}};
    if (open) row["open"] = (*open)["items"].size();
    if (overdue) {
      row["overdue"] = (*overdue)["items"].size();
      json first = json::array();
      for (const json& item : (*overdue)["items"]) {
        if (first.size() == 5) break;
        first.push_back(item);
      }
      row["overdue_cases"] = std::move(first);
    }
    if (status) {
      row["published"] = (*status)["state"] == "published";
      row["valid"] = (*status)["valid"];
      json codes = json::array();
      for (const json& finding : (*status)["findings"]) {
        if (finding["severity"] == "error") codes.push_back(finding["code"]);
      }
      row["error_codes"] = codes;
    }
    rows.push_back(std::move(row));
  }
  view["rows"] = rows;
  view["report_year"] = report_year;
  return RenderPage(kit, context, "supervision.html", view);
}

HttpResponse Administration(const PageKit& kit, const HttpRequest& request, const PathParams&,
                            HandlerContext& context) {
  json view = {{"page", {{"title", "系统管理"}, {"section", "admin"}}}};
  if (Result<void> selected = SelectOrganisation(kit, context, request, view); !selected) {
    return ErrorPage(kit, context, selected.error());
  }
  bool any = false;
  json manageable = json::array();
  for (const json& org : view["orgs"]) {
    if (org["can"].contains("manage_users")) {
      manageable.push_back(org);
      any = true;
    }
  }
  if (!any) {
    return ErrorPage(kit, context,
                     Error{ErrorCode::kPermissionDenied, "系统管理需要“管理员”角色", {}});
  }
  Result<json> users = CallApi(kit, context, "/api/v1/users");
  if (!users) return ErrorPage(kit, context, users.error());
  std::map<std::int64_t, std::string> names;
  for (const json& org : view["orgs"]) names[org["id"].get<std::int64_t>()] = org["name"];
  json listed = (*users)["users"];
  for (json& user : listed) {
    int index = 0;
    for (json& role : user["roles"]) {
      role["org_name"] = names[role["org"].get<std::int64_t>()];
      role["index"] = index++;  // the form resends the grants it keeps as roles.N.org / .role
    }
    user["next_index"] = index;
  }
  json roles = json::array();
  for (core::Role role : core::kAllRoles) {
    roles.push_back({{"value", std::string(core::ToString(role))},
                     {"label", std::string(core::ChineseLabel(role))}});
  }
  view["users"] = listed;
  view["manageable"] = manageable;
  view["roles_vocabulary"] = roles;
  view["org_kinds"] = VocabularyOptions("org_kinds", "department");
  // The calendar is the whole deployment's: the API says whether this user may edit it.
  Result<json> calendar = CallApi(kit, context, "/api/v1/calendar");
  if (calendar) {
    view["manage_calendar"] = (*calendar)["editable"];
    view["calendar"] = *calendar;
  }
  return RenderPage(kit, context, "admin.html", view);
}

// The checker works in the browser (web/static/gk.js) against POST /api/v1/report-checks.
HttpResponse Checker(const PageKit& kit, const HttpRequest&, const PathParams&,
                     HandlerContext& context) {
  return RenderPage(kit, context, "check.html",
                    {{"page", {{"title", "报告核查"}, {"section", "check"}}}});
}

}  // namespace

void AddStaffOversightPages(Router& pages, const PageKit& kit) {
  pages.AddStaffPage("/staff/check", "报告核查", BindPage(kit, Checker));
  pages.AddStaffPage("/staff/supervision", "监督：下级机关", BindPage(kit, Supervision));
  pages.AddStaffPage("/staff/admin", "系统管理", BindPage(kit, Administration));
}

}  // namespace gongkai::server
