#include "server/router.hpp"

namespace gongkai::server {
namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    std::size_t slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash);
  }
  return segments;
}

bool MatchPattern(const std::vector<std::string>& want, const std::vector<std::string_view>& have,
                  PathParams& params) {
  if (want.size() != have.size()) return false;
  PathParams found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
      if (have[i].empty()) return false;
      found[want[i].substr(1, want[i].size() - 2)] = std::string(have[i]);
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::Insert(Route route) {
  for (std::string_view segment : Segments(route.pattern)) route.segments.emplace_back(segment);
  routes_.push_back(std::move(route));
}

void Router::Add(std::string method, std::string pattern, std::string summary, Handler handler) {
  Insert({std::move(method),
          std::move(pattern),
          std::move(summary),
          Access::kPublic,
          std::move(handler),
          nullptr,
          {}});
}

void Router::AddStaffPage(std::string pattern, std::string summary, Handler handler) {
  Insert({"GET",
          std::move(pattern),
          std::move(summary),
          Access::kStaffPage,
          std::move(handler),
          nullptr,
          {}});
}

void Router::AddStaff(std::string method, std::string pattern, std::string summary,
                      Handler handler) {
  Insert({std::move(method),
          std::move(pattern),
          std::move(summary),
          Access::kSignedIn,
          std::move(handler),
          nullptr,
          {}});
}

void Router::AddInline(std::string method, std::string pattern, std::string summary,
                       std::function<HttpResponse(const HttpRequest&)> handler) {
  Insert({std::move(method),
          std::move(pattern),
          std::move(summary),
          Access::kPublic,
          nullptr,
          std::move(handler),
          {}});
}

const Route* Router::Match(std::string_view method, std::string_view path, PathParams& params,
                           bool& path_known) const {
  path_known = false;
  std::vector<std::string_view> have = Segments(path);
  for (const Route& route : routes_) {
    PathParams candidate;
    if (!MatchPattern(route.segments, have, candidate)) continue;
    path_known = true;
    if (route.method == method) {
      params = std::move(candidate);
      return &route;
    }
  }
  return nullptr;
}

}  // namespace gongkai::server
