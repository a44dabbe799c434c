// The public portal: home, catalogue, disclosure guide, annual reports, the online application
// and tracking by query code. No personal data is shown anywhere here: the API's public routes
// return none.
#include <algorithm>

#include "report/json.hpp"
#include "report/render.hpp"
#include "server/pages.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;

// Public organisations, each with its id and name.
Result<json> Organisations(const PageKit& kit, HandlerContext& context) {
  GONGKAI_ASSIGN_OR_RETURN(json listed, CallApi(kit, context, "/api/v1/public/organisations"));
  return listed["organisations"];
}

std::string NameOf(const json& organisations, std::int64_t id) {
  for (const json& org : organisations) {
    if (org["id"] == id) return org["name"];
  }
  return "";
}

std::int64_t QueryId(const HttpRequest& request, const char* name) {
  auto found = request.query.find(name);
  if (found == request.query.end()) return 0;
  return std::atoll(found->second.c_str());
}

HttpResponse Home(const PageKit& kit, const HttpRequest&, const PathParams&,
                  HandlerContext& context) {
  Result<json> organisations = Organisations(kit, context);
  if (!organisations) return ErrorPage(kit, context, organisations.error());
  json latest = json::array();
  for (const json& org : *organisations) {
    Result<json> items =
        CallApi(kit, context, "/api/v1/public/organisations/" + org["id"].dump() + "/catalogue");
    if (!items) continue;
    for (const json& item : (*items)["items"]) latest.push_back(item);
  }
  std::stable_sort(latest.begin(), latest.end(), [](const json& a, const json& b) {
    return a.value("published_on", std::string()) > b.value("published_on", std::string());
  });
  if (latest.size() > 8) latest.erase(latest.begin() + 8, latest.end());
  return RenderPage(kit, context, "home.html",
                    {{"page", {{"title", "政府信息公开"}, {"section", "home"}}},
                     {"organisations", *organisations},
                     {"latest", latest}});
}

HttpResponse Catalogue(const PageKit& kit, const HttpRequest& request, const PathParams&,
                       HandlerContext& context) {
  Result<json> organisations = Organisations(kit, context);
  if (!organisations) return ErrorPage(kit, context, organisations.error());
  std::int64_t org = QueryId(request, "org");
  if (org == 0 && !organisations->empty()) org = (*organisations)[0]["id"];
  Result<json> items =
      CallApi(kit, context, "/api/v1/public/organisations/" + std::to_string(org) + "/catalogue");
  if (!items) return ErrorPage(kit, context, items.error());
  std::string category;
  if (auto found = request.query.find("category"); found != request.query.end()) {
    category = found->second;
  }
  std::map<std::string, int> counts;
  json shown = json::array();
  for (const json& item : (*items)["items"]) {
    std::string item_category = item["category"];
    ++counts[item_category];
    if (category.empty() || item_category == category) shown.push_back(item);
  }
  json categories = json::array();
  for (const auto& [name, count] : counts) {
    categories.push_back({{"name", name}, {"count", count}, {"selected", name == category}});
  }
  for (json& entry : *organisations) entry["selected"] = entry["id"] == org;
  json view = {{"page", {{"title", "政府信息公开目录"}, {"section", "catalogue"}}},
               {"organisations", *organisations},
               {"org", {{"id", org}, {"name", NameOf(*organisations, org)}}},
               {"category", category},
               {"categories", categories},
               {"items", shown}};
  // A search (q): the hits of the public search API, in this organisation or in all of them.
  const std::string q = request.query.contains("q") ? request.query.at("q") : std::string();
  if (!q.empty()) {
    constexpr int kPerPage = 20;
    const bool all_orgs = request.query.contains("all");
    const std::int64_t page = std::max<std::int64_t>(1, QueryId(request, "page"));
    std::map<std::string, std::string> query = {{"q", q},
                                                {"limit", std::to_string(kPerPage)},
                                                {"offset", std::to_string((page - 1) * kPerPage)}};
    if (!all_orgs) query["org"] = std::to_string(org);
    if (!category.empty()) query["category"] = category;
    view["q"] = q;
    view["all_orgs"] = all_orgs;
    Result<json> found = CallApi(kit, context, "/api/v1/public/search", query);
    if (!found) {
      view["search_error"] = found.error().message;
    } else {
      const std::int64_t total = (*found)["total"];
      std::string link = "/catalogue?org=" + std::to_string(org) + "&q=" + PercentEncode(q) +
                         (all_orgs ? "&all=1" : "") +
                         (category.empty() ? "" : "&category=" + PercentEncode(category)) +
                         "&page=";
      view["search"] = {{"total", total},
                        {"items", (*found)["items"]},
                        {"prev", page > 1 ? link + std::to_string(page - 1) : ""},
                        {"next", page * kPerPage < total ? link + std::to_string(page + 1) : ""}};
    }
  }
  return RenderPage(kit, context, "catalogue.html", std::move(view));
}

HttpResponse CatalogueItem(const PageKit& kit, const HttpRequest&, const PathParams& params,
                           HandlerContext& context) {
  Result<json> item = CallApi(kit, context, "/api/v1/public/publications/" + params.at("id"));
  if (!item) return ErrorPage(kit, context, item.error());
  return RenderPage(
      kit, context, "catalogue_item.html",
      {{"page", {{"title", (*item)["title"]}, {"section", "catalogue"}}}, {"item", *item}});
}

HttpResponse Reports(const PageKit& kit, const HttpRequest&, const PathParams&,
                     HandlerContext& context) {
  Result<json> organisations = Organisations(kit, context);
  if (!organisations) return ErrorPage(kit, context, organisations.error());
  for (json& org : *organisations) {
    Result<json> listed =
        CallApi(kit, context, "/api/v1/public/organisations/" + org["id"].dump() + "/reports");
    org["reports"] = listed ? (*listed)["reports"] : json::array();
  }
  return RenderPage(kit, context, "reports.html",
                    {{"page", {{"title", "政府信息公开工作年度报告"}, {"section", "reports"}}},
                     {"organisations", *organisations}});
}

HttpResponse Report(const PageKit& kit, const HttpRequest&, const PathParams& params,
                    HandlerContext& context) {
  std::string base =
      "/api/v1/public/organisations/" + params.at("org") + "/reports/" + params.at("year");
  Result<json> content = CallApi(kit, context, base);
  if (!content) return ErrorPage(kit, context, content.error());
  Result<report::AnnualReport> parsed = report::FromJsonValue(*content);
  if (!parsed) return ErrorPage(kit, context, parsed.error());
  return RenderPage(kit, context, "report_public.html",
                    {{"page", {{"title", report::TitleOf(*parsed)}, {"section", "reports"}}},
                     {"report_html", report::RenderHtmlBody(*parsed)},
                     {"downloads", ReportDownloads(base)}});
}

HttpResponse Apply(const PageKit& kit, const HttpRequest& request, const PathParams&,
                   HandlerContext& context) {
  Result<json> organisations = Organisations(kit, context);
  if (!organisations) return ErrorPage(kit, context, organisations.error());
  std::int64_t org = QueryId(request, "org");
  for (json& entry : *organisations) entry["selected"] = entry["id"] == org;
  return RenderPage(kit, context, "apply.html",
                    {{"page", {{"title", "在线申请政府信息公开"}, {"section", "apply"}}},
                     {"organisations", *organisations},
                     {"vocabulary", Vocabulary()}});
}

HttpResponse Track(const PageKit& kit, const HttpRequest& request, const PathParams&,
                   HandlerContext& context) {
  json view = {{"page", {{"title", "申请进度查询"}, {"section", "track"}}}};
  auto code = request.query.find("code");
  if (code != request.query.end() && !code->second.empty()) {
    view["code"] = code->second;
    Result<json> found =
        CallApi(kit, context, "/api/v1/public/track/" + PercentEncode(code->second));
    if (found) {
      (*found)["state_label"] = LabelOf("states", (*found)["state"].get<std::string>());
      view["result"] = *found;
    } else {
      view["not_found"] = true;
    }
  }
  return RenderPage(kit, context, "track.html", view);
}

HttpResponse Guide(const PageKit& kit, const HttpRequest&, const PathParams&,
                   HandlerContext& context) {
  return RenderPage(kit, context, "guide.html",
                    {{"page", {{"title", "政府信息公开指南"}, {"section", "guide"}}}});
}

}  // namespace

void AddPublicPages(Router& pages, const PageKit& kit) {
  pages.Add("GET", "/", "门户首页", BindPage(kit, Home));
  pages.Add("GET", "/catalogue", "政府信息公开目录", BindPage(kit, Catalogue));
  pages.Add("GET", "/catalogue/{id}", "公开信息详情", BindPage(kit, CatalogueItem));
  pages.Add("GET", "/guide", "政府信息公开指南", BindPage(kit, Guide));
  pages.Add("GET", "/reports", "年度报告", BindPage(kit, Reports));
  pages.Add("GET", "/reports/{org}/{year}", "一份已公开的年度报告", BindPage(kit, Report));
  pages.Add("GET", "/apply", "在线申请", BindPage(kit, Apply));
  pages.Add("GET", "/track", "进度查询", BindPage(kit, Track));
  pages.Add("GET", "/login", "工作人员登录",
            [kit](const HttpRequest& request, const PathParams&, HandlerContext& context) {
              auto next = request.query.find("next");
              std::string target = next == request.query.end() ? "/staff" : next->second;
              // Only a path of this site: never an open redirect.
              if (!target.starts_with("/") || target.starts_with("//")) target = "/staff";
              return RenderPage(
                  kit, context, "login.html",
                  {{"page", {{"title", "工作人员登录"}, {"section", "login"}}}, {"next", target}});
            });
}

}  // namespace gongkai::server
