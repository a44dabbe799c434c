// Every route × every role (and anonymous) gets exactly the intended status. The roles are the
// demo's accounts: the seed agency's (org 2) officer, reviewer, confidentiality reviewer and
// head, the district's (org 1) administrator and supervisor, and an officer of another
// department (org 3) for cross-organisation access.
//
// Allowed write requests carry an incomplete body where possible, so that passing the
// permission check shows as 400 (the body is judged) and changes nothing; 403 is the refusal.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "server/router.hpp"
#include "server/testing_client.hpp"
#include "server/testing_server.hpp"
#include "store/demo.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;
using testing::StaffSession;

// Column order of the expectations.
const std::vector<std::string> kCallers = {"anonymous", "admin", "chen", "zhang",
                                           "li",        "zhao",  "wang", "liu"};

struct Row {
  std::string method;
  std::string pattern;  // the route, to prove every route is covered
  std::string target;   // with {A} application, {P} publication, {X} appeal, {U} user
  json body;
  std::string expected;  // one status per caller, in kCallers order
};

// Expectations by what the route needs on org 2.
const std::string kView = "401 403 200 200 200 200 200 403";
const std::string kPublicOk = "200 200 200 200 200 200 200 200";
const std::string kSignedIn = "401 200 200 200 200 200 200 200";
const std::string kOfficerBody = "401 403 403 400 403 403 403 403";
const std::string kHeadBody = "401 403 403 403 403 403 400 403";

std::vector<Row> Matrix() {
  json empty = json::object();
  return {
      {"GET", "/healthz", "/healthz", empty, kPublicOk},
      {"GET", "/readyz", "/readyz", empty, kPublicOk},
      {"GET", "/metrics", "/metrics", empty, kPublicOk},
      {"GET", "/api/v1/openapi.json", "/api/v1/openapi.json", empty, kPublicOk},
      {"GET", "/static/{file}", "/static/robots.txt", empty, kPublicOk},
      {"GET", "/robots.txt", "/robots.txt", empty, kPublicOk},
      {"GET", "/api/v1/public/organisations", "/api/v1/public/organisations", empty, kPublicOk},
      {"GET", "/api/v1/public/organisations/{org}/catalogue",
       "/api/v1/public/organisations/2/catalogue", empty, kPublicOk},
      {"GET", "/api/v1/public/organisations/{org}/reports",
       "/api/v1/public/organisations/2/reports", empty, kPublicOk},
      {"GET", "/api/v1/public/publications/{id}", "/api/v1/public/publications/1", empty,
       kPublicOk},
      {"GET", "/api/v1/public/search", "/api/v1/public/search?q=%E9%A2%84%E7%AE%97", empty,
       kPublicOk},
      // A draft is not public, not even to its own officer through the public route.
      {"GET", "/api/v1/public/publications/{id}", "/api/v1/public/publications/{P}", empty,
       "404 404 404 404 404 404 404 404"},
      {"GET", "/api/v1/public/organisations/{org}/reports/{year}",
       "/api/v1/public/organisations/3/reports/2024", empty, kPublicOk},
      {"POST", "/api/v1/public/applications", "/api/v1/public/applications", empty,
       "400 400 400 400 400 400 400 400"},
      {"GET", "/api/v1/public/track/{code}", "/api/v1/public/track/NOSUCHCODE00", empty,
       "404 404 404 404 404 404 404 404"},
      {"POST", "/api/v1/session", "/api/v1/session", empty, "400 400 400 400 400 400 400 400"},
      {"GET", "/api/v1/session", "/api/v1/session", empty, kSignedIn},
      {"PUT", "/api/v1/session/password", "/api/v1/session/password", empty,
       "401 400 400 400 400 400 400 400"},
      {"GET", "/api/v1/organisations", "/api/v1/organisations", empty, kSignedIn},
      {"POST",
       "/api/v1/organisations",
       "/api/v1/organisations",
       {{"name", "解放区矩阵测试局"}, {"parent", 1}, {"kind", "department"}},
       "401 201 403 403 403 403 403 403"},
      {"GET", "/api/v1/users", "/api/v1/users", empty, "401 200 403 403 403 403 403 403"},
      {"POST",
       "/api/v1/users",
       "/api/v1/users",
       {{"login", "matrix2"},
        {"display_name", "矩阵"},
        {"password", "matrix-password"},
        {"roles", {{{"org", 2}, {"role", "officer"}}}}},
       "401 201 403 403 403 403 403 403"},
      {"PUT",
       "/api/v1/users/{id}/roles",
       "/api/v1/users/{U}/roles",
       {{"roles", {{{"org", 2}, {"role", "officer"}}}}},
       "401 200 403 403 403 403 403 403"},
      {"PUT",
       "/api/v1/users/{id}/password",
       "/api/v1/users/{U}/password",
       {{"password", "matrix-password-2"}},
       "401 204 403 403 403 403 403 403"},
      {"GET", "/api/v1/calendar", "/api/v1/calendar", empty, kSignedIn},
      {"PUT", "/api/v1/calendar/{year}", "/api/v1/calendar/2027", empty,
       "401 400 403 403 403 403 403 403"},
      {"GET", "/api/v1/audit", "/api/v1/audit", empty, "401 200 403 403 403 403 403 403"},
      {"GET", "/api/v1/audit/verification", "/api/v1/audit/verification", empty,
       "401 200 403 403 403 403 403 403"},
      {"GET", "/api/v1/organisations/{org}/applications", "/api/v1/organisations/2/applications",
       empty, kView},
      // Cross-organisation: org 3's register is its own officer's and the supervisor's.
      {"GET", "/api/v1/organisations/{org}/applications", "/api/v1/organisations/3/applications",
       empty, "401 403 200 403 403 403 403 200"},
      {"POST", "/api/v1/organisations/{org}/applications", "/api/v1/organisations/2/applications",
       empty, kOfficerBody},
      {"GET", "/api/v1/applications/{id}", "/api/v1/applications/{A}", empty, kView},
      // The answer letter names the applicant: its handler only, and only once answered (409).
      {"GET", "/api/v1/applications/{id}/letter", "/api/v1/applications/{A}/letter", empty,
       "401 403 403 409 403 403 403 403"},
      // The fee notice likewise, and only once a fee is recorded (409).
      {"GET", "/api/v1/applications/{id}/fee-notice", "/api/v1/applications/{A}/fee-notice", empty,
       "401 403 403 409 403 403 403 403"},
      {"POST", "/api/v1/applications/{id}/events/{kind}",
       "/api/v1/applications/{A}/events/correction_requested", empty, kOfficerBody},
      {"POST", "/api/v1/applications/{id}/events/{kind}",
       "/api/v1/applications/{A}/events/extended", empty, kHeadBody},
      {"PUT", "/api/v1/applications/{id}/handler", "/api/v1/applications/{A}/handler", empty,
       "401 403 403 400 403 403 400 403"},
      {"GET", "/api/v1/organisations/{org}/publications", "/api/v1/organisations/2/publications",
       empty, kView},
      {"POST", "/api/v1/organisations/{org}/publications", "/api/v1/organisations/2/publications",
       empty, kOfficerBody},
      {"GET", "/api/v1/publications/{id}", "/api/v1/publications/{P}", empty, kView},
      // The item is a draft: the allowed role gets past the check and is refused by the workflow.
      {"POST", "/api/v1/publications/{id}/steps/{step}",
       "/api/v1/publications/{P}/steps/approve_content", empty, "401 403 403 403 409 403 403 403"},
      {"POST", "/api/v1/publications/{id}/steps/{step}",
       "/api/v1/publications/{P}/steps/approve_secrecy", empty, "401 403 403 403 403 409 403 403"},
      {"POST", "/api/v1/publications/{id}/steps/{step}", "/api/v1/publications/{P}/steps/publish",
       empty, "401 403 403 409 403 403 403 403"},
      {"GET", "/api/v1/organisations/{org}/appeals", "/api/v1/organisations/2/appeals", empty,
       kView},
      {"POST", "/api/v1/organisations/{org}/appeals", "/api/v1/organisations/2/appeals", empty,
       kOfficerBody},
      {"POST", "/api/v1/appeals/{id}/decision", "/api/v1/appeals/{X}/decision", empty,
       kOfficerBody},
      {"GET", "/api/v1/organisations/{org}/statistics/{year}",
       "/api/v1/organisations/2/statistics/2024", empty, kView},
      {"PUT", "/api/v1/organisations/{org}/statistics/{year}",
       "/api/v1/organisations/2/statistics/2024", empty, kOfficerBody},
      {"GET", "/api/v1/organisations/{org}/statistics/{year}/monthly",
       "/api/v1/organisations/2/statistics/2024/monthly", empty, kView},
      {"GET", "/api/v1/organisations/{org}/reports/{year}", "/api/v1/organisations/2/reports/2024",
       empty, kView},
      {"GET", "/api/v1/organisations/{org}/reports/{year}/validation",
       "/api/v1/organisations/2/reports/2024/validation", empty, kView},
      {"GET", "/api/v1/organisations/{org}/reports/{year}/cells/{cell}",
       "/api/v1/organisations/2/reports/2024/cells/received.total", empty, kView},
      {"PUT", "/api/v1/organisations/{org}/reports/{year}/narrative",
       "/api/v1/organisations/2/reports/2024/narrative", empty, "401 403 403 200 403 403 403 403"},
      {"POST", "/api/v1/organisations/{org}/reports/{year}/publish",
       "/api/v1/organisations/2/reports/2023/publish", empty, "401 403 403 403 403 403 201 403"},
      {"POST", "/api/v1/report-checks", "/api/v1/report-checks", empty,
       "401 400 400 400 400 400 400 400"},
      // Last: logging out ends each caller's session.
      {"DELETE", "/api/v1/session", "/api/v1/session", empty, "401 204 204 204 204 204 204 204"},
  };
}

std::string Substitute(std::string target, const std::map<std::string, std::string>& ids) {
  for (const auto& [name, value] : ids) {
    for (std::size_t at = target.find(name); at != std::string::npos; at = target.find(name)) {
      target.replace(at, name.size(), value);
    }
  }
  return target;
}

class PermissionMatrixTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PermissionMatrixTest, EveryRouteForEveryRole) {
  if (GetParam() == "postgres" && store::testing::PostgresBaseUrl().empty()) {
    GTEST_SKIP() << "GONGKAI_TEST_PG_URL is not set (make test starts a server)";
  }
  testing::RunningServer server(GetParam());
  ASSERT_TRUE(server.started());
  int port = server.port();

  // Records of org 2 to act on.
  StaffSession zhang(port, "zhang", store::kDemoPassword);
  json registration = {{"channel", "in_person"},
                       {"received_on", "2026-03-02"},
                       {"applicant", {{"type", "natural_person"}, {"name", "张三"}}},
                       {"request", "某文件"}};
  json application = zhang.Post("/api/v1/organisations/2/applications", registration).Json();
  json publication =
      zhang
          .Post("/api/v1/organisations/2/publications", {{"title", "草稿"},
                                                         {"publisher", "解放区工业和信息化局"},
                                                         {"written_on", "2026-02-10"},
                                                         {"category", "工作动态"},
                                                         {"document_type", "other"}})
          .Json();
  json appeal = zhang
                    .Post("/api/v1/organisations/2/appeals",
                          {{"kind", "litigation"}, {"filed_on", "2026-05-06"}})
                    .Json();
  StaffSession admin(port, "admin", store::kDemoPassword);
  json user = admin
                  .Post("/api/v1/users", {{"login", "matrix"},
                                          {"display_name", "矩阵用户"},
                                          {"password", "matrix-password"},
                                          {"roles", {{{"org", 2}, {"role", "officer"}}}}})
                  .Json();
  ASSERT_TRUE(application.contains("id") && publication.contains("id") && appeal.contains("id") &&
              user.contains("id"));
  std::map<std::string, std::string> ids = {{"{A}", application["id"].dump()},
                                            {"{P}", publication["id"].dump()},
                                            {"{X}", appeal["id"].dump()},
                                            {"{U}", user["id"].dump()}};

  std::vector<StaffSession> callers = {StaffSession(port)};  // anonymous: no cookie
  for (std::size_t i = 1; i < kCallers.size(); ++i) {
    callers.emplace_back(port, kCallers[i], store::kDemoPassword);
    ASSERT_EQ(callers.back().login_status(), 200) << kCallers[i];
  }

  std::set<std::string> covered;
  for (const Row& row : Matrix()) {
    covered.insert(row.method + " " + row.pattern);
    std::istringstream expected(row.expected);
    std::string target = Substitute(row.target, ids);
    for (std::size_t i = 0; i < kCallers.size(); ++i) {
      int want = 0;
      expected >> want;
      testing::Reply reply = callers[i].Call(row.method, target, row.body);
      EXPECT_EQ(reply.status, want) << row.method << " " << target << " as " << kCallers[i] << ": "
                                    << reply.body.substr(0, 200);
      EXPECT_LT(reply.status, 500);
    }
  }
  std::set<std::string> served;
  for (const Route& route : server.server().router().routes()) {
    served.insert(route.method + " " + route.pattern);
  }
  EXPECT_EQ(covered, served) << "a route without a row in the permission matrix";
}

INSTANTIATE_TEST_SUITE_P(Backends, PermissionMatrixTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

}  // namespace
}  // namespace gongkai::server
