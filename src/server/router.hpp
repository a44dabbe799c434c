// Routes: a method and a path pattern ("/api/v1/public/track/{code}") to a handler. Handlers are
// thin: decode the request, call core/report/store, encode the result.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "core/access.hpp"
#include "core/work_calendar.hpp"
#include "server/http.hpp"

namespace gongkai::store {
class Store;
struct SignedIn;
}  // namespace gongkai::store

namespace gongkai::publish {
class LetterTemplates;
}

namespace gongkai::server {

using PathParams = std::map<std::string, std::string>;

class CalendarSource;

// Everything a handler may use besides the request. `store` is this worker's own connection.
struct HandlerContext {
  store::Store& store;
  const core::WorkCalendar& calendar;  // the calendar in force for this request
  CalendarSource& calendars;           // to reload after an administrator changes it
  Date today;                          // China Standard Time, read once per request at the edge
  std::int64_t now = 0;                // Unix seconds
  const store::SignedIn* session = nullptr;           // set for routes with Access::kSignedIn
  bool secure_cookies = false;                        // HTTPS in front of us (TLS proxy)
  const publish::LetterTemplates* letters = nullptr;  // answer letters; null when not installed
  // The organisation tree, read at most once per request (authorization.cpp).
  std::optional<core::OrgTree> org_tree = std::nullopt;
};

// Who may call a route at all; what they may do is checked in the handler (authorization.hpp).
enum class Access {
  kPublic,     // anyone, no session
  kSignedIn,   // a session cookie; state-changing methods also need the CSRF token
  kStaffPage,  // a page of the staff workspace: without a session, a redirect to the login page
};

using Handler = std::function<HttpResponse(const HttpRequest&, const PathParams&, HandlerContext&)>;

struct Route {
  std::string method;
  std::string pattern;  // also the route's name in logs and metrics
  std::string summary;  // for the OpenAPI document
  Access access = Access::kPublic;
  Handler handler;  // runs on a worker with a Store; empty for an inline route
  // Set for a route that never touches the database: runs on the I/O thread.
  std::function<HttpResponse(const HttpRequest&)> inline_handler;
  std::vector<std::string> segments;  // the pattern split at "/", computed once
};

class Router {
 public:
  void Add(std::string method, std::string pattern, std::string summary, Handler handler);
  // A route for signed-in staff.
  void AddStaff(std::string method, std::string pattern, std::string summary, Handler handler);
  // A page of the staff workspace (GET; redirects to /login without a session).
  void AddStaffPage(std::string pattern, std::string summary, Handler handler);
  // A route that never touches the database (health, metrics, documents): no worker hop.
  void AddInline(std::string method, std::string pattern, std::string summary,
                 std::function<HttpResponse(const HttpRequest&)> handler);

  // The route for `method` and `path`, filling `params`; nullptr when none matches. Sets
  // `path_known` when the path exists under another method (405 rather than 404).
  const Route* Match(std::string_view method, std::string_view path, PathParams& params,
                     bool& path_known) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  void Insert(Route route);
  std::vector<Route> routes_;
};

}  // namespace gongkai::server
