// What every page handler shares: internal API calls, the page frame, vocabularies.
#include <algorithm>

#include "core/appeal.hpp"
#include "core/applicant.hpp"
#include "core/case_event.hpp"
#include "core/clock.hpp"
#include "core/organisation.hpp"
#include "core/outcome.hpp"
#include "core/publication.hpp"
#include "server/pages.hpp"
#include "store/records.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;

json Entry(std::string_view value, std::string_view label) {
  return {{"value", std::string(value)}, {"label", std::string(label)}};
}

json BuildVocabulary() {
  json vocabulary;
  json& outcomes = vocabulary["outcomes"];
  for (core::Outcome outcome : core::kAllOutcomes) {
    json entry = Entry(core::ToString(outcome), core::ChineseLabel(outcome));
    entry["basis"] = std::string(core::LegalBasis(outcome));
    entry["group"] = std::string(core::ChineseLabel(core::GroupOf(outcome)));
    outcomes.push_back(std::move(entry));
  }
  for (core::Channel channel : core::kAllChannels) {
    vocabulary["channels"].push_back(Entry(core::ToString(channel), core::ChineseLabel(channel)));
  }
  for (core::ApplicantType type : core::kAllApplicantTypes) {
    vocabulary["applicant_types"].push_back(Entry(core::ToString(type), core::ChineseLabel(type)));
  }
  for (core::CaseEventKind kind : core::kAllCaseEventKinds) {
    vocabulary["events"].push_back(Entry(core::ToString(kind), core::ChineseLabel(kind)));
  }
  // Every list from core, in the enum's order, so that a new value cannot be missed.
  auto list = [&vocabulary](const char* name, const auto& values) {
    for (auto value : values) {
      vocabulary[name].push_back(Entry(core::ToString(value), core::ChineseLabel(value)));
    }
  };
  list("states", core::kAllCaseStates);
  list("publication_states", core::kAllPublicationStates);
  list("document_types", core::kAllDocumentTypes);
  list("appeal_kinds", core::kAllAppealKinds);
  list("appeal_results", core::kAllAppealResults);
  list("publication_steps", core::kAllPublicationSteps);
  list("org_kinds", core::kAllOrgKinds);
  return vocabulary;
}

ErrorCode CodeForStatus(int status) {
  switch (status) {
    case 401:
      return ErrorCode::kUnauthenticated;
    case 403:
      return ErrorCode::kPermissionDenied;
    case 404:
      return ErrorCode::kNotFound;
    case 409:
      return ErrorCode::kConflict;
    case 429:
      return ErrorCode::kRateLimited;
    case 503:
      return ErrorCode::kUnavailable;
    default:
      return status >= 500 ? ErrorCode::kInternal : ErrorCode::kInvalidArgument;
  }
}

// The navigation a user's roles open, from the organisations list.
json Navigation(const json& organisations) {
  json nav = {{"ledger", false}, {"admin", false}, {"supervise", false}, {"reports", false}};
  for (const json& org : organisations) {
    for (const json& permission : org.value("permissions", json::array())) {
      std::string name = permission.get<std::string>();
      if (name == "view_ledger") nav["ledger"] = true;
      if (name == "view_ledger" || name == "publish_report") nav["reports"] = true;
      if (name == "manage_users" || name == "manage_organisations" || name == "manage_calendar") {
        nav["admin"] = true;
      }
    }
  }
  return nav;
}

}  // namespace

const json& Vocabulary() {
  static const json kVocabulary = BuildVocabulary();
  return kVocabulary;
}

std::string LabelOf(std::string_view list, std::string_view value) {
  const json& entries = Vocabulary()[std::string(list)];
  for (const json& entry : entries) {
    if (entry["value"] == value) return entry["label"];
  }
  return std::string(value);
}

std::string Yuan(std::int64_t fen) {
  std::string sign = fen < 0 ? "-" : "";
  std::int64_t magnitude = fen < 0 ? -fen : fen;
  std::string cents = std::to_string(magnitude % 100);
  return sign + std::to_string(magnitude / 100) + "." + (cents.size() == 1 ? "0" : "") + cents;
}

json ReportDownloads(const std::string& base) {
  json links = json::array();
  for (auto [format, label] :
       {std::pair{"pdf", "PDF"}, std::pair{"docx", "Word"}, std::pair{"xlsx", "Excel"},
        std::pair{"html", "HTML"}, std::pair{"csv", "CSV"}, std::pair{"json", "JSON"},
        std::pair{"text", "文本"}, std::pair{"markdown", "Markdown"}}) {
    links.push_back({{"label", label}, {"href", base + "?format=" + format}});
  }
  return links;
}

Result<json> CallApi(const PageKit& kit, HandlerContext& context, std::string path,
                     std::map<std::string, std::string> query) {
  PathParams params;
  bool path_known = false;
  const Route* route = kit.api.Match("GET", path, params, path_known);
  if (route == nullptr || !route->handler) return Error::NotFound("没有这个地址：" + path);
  if (route->access != Access::kPublic && context.session == nullptr) {
    return Error{ErrorCode::kUnauthenticated, "请先登录", {}};
  }
  HttpRequest request;
  request.method = "GET";
  request.path = std::move(path);
  request.query = std::move(query);
  HttpResponse response = route->handler(request, params, context);
  json body = json::parse(response.body, nullptr, false);
  if (response.status >= 300) {
    std::string message = "请求失败";
    if (body.is_object() && body.contains("error")) {
      message = body["error"].value("message", message);
    }
    return Error{CodeForStatus(response.status), message, {}};
  }
  if (body.is_discarded()) return Error::Internal("接口返回的不是 JSON：" + request.path);
  return body;
}

Result<void> SelectOrganisation(const PageKit& kit, HandlerContext& context,
                                const HttpRequest& request, json& view) {
  GONGKAI_ASSIGN_OR_RETURN(json listed, CallApi(kit, context, "/api/v1/organisations"));
  json orgs = json::array();
  for (json org : listed["organisations"]) {
    json can = json::object();
    for (const json& permission : org["permissions"]) can[permission.get<std::string>()] = true;
    org["can"] = std::move(can);
    orgs.push_back(std::move(org));
  }
  std::int64_t wanted = 0;
  if (auto found = request.query.find("org"); found != request.query.end()) {
    wanted = std::atoll(found->second.c_str());
  }
  json selected;
  for (const json& org : orgs) {
    if (wanted != 0 ? org["id"] == wanted : org["can"].contains("view_ledger")) {
      selected = org;
      break;
    }
  }
  if (selected.is_null() && wanted != 0) {
    return Error{ErrorCode::kPermissionDenied, "您在该机关没有角色", {}};
  }
  if (selected.is_null() && !orgs.empty()) selected = orgs.front();
  for (json& org : orgs) org["selected"] = !selected.is_null() && org["id"] == selected["id"];
  view["orgs"] = std::move(orgs);
  view["org"] = selected;
  view["can"] = selected.is_null() ? json::object() : selected["can"];
  return {};
}

Handler BindPage(const PageKit& kit, PageFunction page) {
  return [kit, page](const HttpRequest& request, const PathParams& params,
                     HandlerContext& context) { return page(kit, request, params, context); };
}

Result<json> OrganisationView(const PageKit& kit, HandlerContext& context,
                              const HttpRequest& request, std::string_view title,
                              std::string_view section) {
  json view = {{"page", {{"title", std::string(title)}, {"section", std::string(section)}}}};
  GONGKAI_RETURN_IF_ERROR(SelectOrganisation(kit, context, request, view));
  if (view["org"].is_null()) {
    return Error{ErrorCode::kPermissionDenied, "您在任何机关都没有角色，请联系管理员", {}};
  }
  return view;
}

json VocabularyOptions(const char* list, const std::string& selected) {
  json options = Vocabulary()[list];
  for (json& option : options) option["selected"] = option["value"] == selected;
  return options;
}

HttpResponse RenderPage(const PageKit& kit, HandlerContext& context, std::string_view template_name,
                        json view) {
  view["today"] = context.today.ToString();
  view["current_year"] = context.today.year();
  if (context.session != nullptr) {
    const store::User& user = context.session->user;
    view["user"] = {{"login", user.login}, {"display_name", user.display_name}};
    view["csrf"] = context.session->csrf_token;
    if (!view.contains("orgs")) {
      Result<json> listed = CallApi(kit, context, "/api/v1/organisations");
      if (listed) view["orgs"] = (*listed)["organisations"];
    }
    view["nav"] = Navigation(view.value("orgs", json::array()));
  }
  Result<std::string> html = kit.templates.Render(template_name, view);
  if (!html) {
    HttpResponse failed;
    failed.status = 500;
    failed.content_type = "text/plain; charset=utf-8";
    failed.body = "页面模板出错：" + html.error().message;
    return failed;
  }
  HttpResponse response;
  response.content_type = "text/html; charset=utf-8";
  response.body = std::move(*html);
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self' "
                                "'unsafe-inline'; frame-ancestors 'none'");
  return response;
}

HttpResponse ErrorPage(const PageKit& kit, HandlerContext& context, const Error& error) {
  int status = HttpStatusFor(error.code);
  if (error.code == ErrorCode::kUnauthenticated) return Redirect("/login");
  HttpResponse page = RenderPage(kit, context, "error.html",
                                 {{"status", status},
                                  {"message", error.message},
                                  {"page", {{"title", status == 404 ? "未找到" : "无法显示"}}}});
  if (page.status == 200) page.status = status;
  return page;
}

HttpResponse Redirect(std::string location) {
  HttpResponse response;
  response.status = 303;
  response.content_type = "text/plain; charset=utf-8";
  response.headers.emplace_back("Location", std::move(location));
  return response;
}

}  // namespace gongkai::server
