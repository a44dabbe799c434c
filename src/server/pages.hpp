// The web interface: server-rendered pages in Chinese, filled from the JSON API. A page handler
// asks the API's own handlers for its data (CallApi), with the caller's session, so that a page
// shows exactly what its user may see and no rule lives in two places; then renders a template
// of web/templates/ (web/template.hpp). Forms submit to the JSON API through web/static/gk.js.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "server/router.hpp"
#include "web/template.hpp"

namespace gongkai::server {

struct PageKit {
  const Router& api;                  // the JSON API's routes
  const web::TemplateSet& templates;  // loaded when the server starts
};

void AddPublicPages(Router& pages, const PageKit& kit);
void AddStaffPages(Router& pages, const PageKit& kit);
void AddStaffRecordPages(Router& pages, const PageKit& kit);     // publications, appeals, reports
void AddStaffOversightPages(Router& pages, const PageKit& kit);  // checker, supervision, admin

// --- for the page files ---------------------------------------------------------------------

// A page: what a route handler receives, and the kit.
using PageFunction = HttpResponse (*)(const PageKit&, const HttpRequest&, const PathParams&,
                                      HandlerContext&);
Handler BindPage(const PageKit& kit, PageFunction page);

// Runs the API route for GET `path` with the page request's session and returns its JSON body;
// the API's error (permission denied, not found) otherwise. A staff route called from a public
// page fails with kUnauthenticated.
Result<nlohmann::json> CallApi(const PageKit& kit, HandlerContext& context, std::string path,
                               std::map<std::string, std::string> query = {});

// The links to an annual report's API `base` in every format (PDF, Word, Excel, HTML, CSV, JSON,
// text, Markdown): [{"label", "href"}].
nlohmann::json ReportDownloads(const std::string& base);

// Renders `template_name` with `view` plus what every page has: "user" and "csrf" when signed
// in, "today", "current_year", "nav" (the sections the user's roles open). Status 200.
HttpResponse RenderPage(const PageKit& kit, HandlerContext& context, std::string_view template_name,
                        nlohmann::json view);
// The error page, with the status of the error's code and its message.
HttpResponse ErrorPage(const PageKit& kit, HandlerContext& context, const Error& error);
HttpResponse Redirect(std::string location);

// The labels of the ledger's vocabularies, for forms and lists: outcomes (with their article),
// channels, applicant types, case states, event kinds, publication states.
const nlohmann::json& Vocabulary();
// The Chinese label of `value` in vocabulary list `list` ("outcomes", …), or `value` itself.
std::string LabelOf(std::string_view list, std::string_view value);

// The organisations the signed-in user may act on (from /api/v1/organisations), each with a
// "can" object of permission flags, and the one selected by the "org" query parameter (or the
// first that holds a ledger). Sets view["orgs"], view["org"] and view["can"].
Result<void> SelectOrganisation(const PageKit& kit, HandlerContext& context,
                                const HttpRequest& request, nlohmann::json& view);

// The view of a page about one organisation's records: {"page": {title, section}} plus what
// SelectOrganisation sets; kPermissionDenied when the user has no organisation to show.
Result<nlohmann::json> OrganisationView(const PageKit& kit, HandlerContext& context,
                                        const HttpRequest& request, std::string_view title,
                                        std::string_view section);

// A copy of vocabulary list `list` with "selected": true on the entry whose value is `selected`.
nlohmann::json VocabularyOptions(const char* list, const std::string& selected);

// Yuan with two decimals from fen: 1234 -> "12.34".
std::string Yuan(std::int64_t fen);

}  // namespace gongkai::server
