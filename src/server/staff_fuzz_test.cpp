// Fuzzing the staff API's request decoders through the running server: mutated bodies of every
// kind of staff write, signed in with the CSRF token (fixed seed, so failures reproduce). Bad
// input gets a 4xx naming what is wrong, never a 5xx; the audit chain still holds afterwards.
#include <gtest/gtest.h>

#include <random>

#include "server/testing_client.hpp"
#include "server/testing_mutate.hpp"
#include "server/testing_server.hpp"
#include "store/demo.hpp"

namespace gongkai::server {
namespace {

constexpr int kMutationsPerRoute = 150;

using testing::Mutate;

TEST(StaffFuzzTest, MutatedStaffBodiesNeverGetA5xx) {
  testing::RunningServer server("sqlite");
  ASSERT_TRUE(server.started());
  int port = server.port();
  testing::StaffSession zhang(port, "zhang", store::kDemoPassword);
  ASSERT_EQ(zhang.login_status(), 200);
  nlohmann::json registration = {{"channel", "post"},
                                 {"received_on", "2026-03-02"},
                                 {"applicant", {{"type", "natural_person"}, {"name", "张三"}}},
                                 {"request", "文件"}};
  std::string application =
      zhang.Post("/api/v1/organisations/2/applications", registration).Json()["id"].dump();
  struct Target {
    std::string method;
    std::string path;
    std::string valid;
  };
  const std::vector<Target> kTargets = {
      {"POST", "/api/v1/organisations/2/applications", registration.dump()},
      {"POST", "/api/v1/applications/" + application + "/events/correction_requested",
       R"({"date": "2026-03-04", "until": "2026-03-18"})"},
      {"POST", "/api/v1/applications/" + application + "/events/answered",
       R"({"date": "2026-03-20", "outcome": "disclosed"})"},
      {"POST", "/api/v1/applications/" + application + "/events/fee_notified",
       R"({"date": "2026-03-05", "fee_fen": 10000})"},
      {"POST", "/api/v1/organisations/2/publications",
       R"({"title": "标题", "publisher": "某局", "written_on": "2026-02-10", "category": "工作动态", "document_type": "other"})"},
      {"POST", "/api/v1/organisations/2/appeals",
       R"({"kind": "reconsideration", "filed_on": "2026-05-06", "application": )" + application +
           "}"},
      {"PUT", "/api/v1/organisations/2/statistics/2025",
       R"({"licensing_decisions": 1, "penalty_decisions": 2, "coercive_decisions": 0, "administrative_fees_fen": 0})"},
      {"PUT", "/api/v1/organisations/2/reports/2025/narrative", R"({"overview": "总体情况"})"},
      {"POST", "/api/v1/report-checks",
       R"({"files": [{"name": "a.txt", "content": "一、总体情况"}]})"},
      {"PUT", "/api/v1/session/password",
       R"({"current_password": "wrong-password", "new_password": "another-password"})"},
  };
  std::mt19937 random(20261129);
  int refused = 0;
  for (const Target& target : kTargets) {
    for (int i = 0; i < kMutationsPerRoute; ++i) {
      std::string body = Mutate(target.valid, random);
      testing::Reply reply =
          testing::Send(port, target.method, target.path, body,
                        {{"Cookie", zhang.cookie()}, {"X-CSRF-Token", zhang.csrf()}});
      ASSERT_TRUE(reply.status >= 200 && reply.status < 500)
          << reply.status << " for " << target.method << " " << target.path << " " << body << "\n"
          << reply.body;
      if (reply.status >= 400) {
        ++refused;
        EXPECT_NE(reply.body.find("\"error\""), std::string::npos) << reply.body;
      }
    }
  }
  EXPECT_GT(refused, kMutationsPerRoute);  // the mutations do reach the decoders
  testing::StaffSession admin(port, "admin", store::kDemoPassword);
  EXPECT_EQ(admin.Get("/api/v1/audit/verification").Json()["intact"], true);
}

}  // namespace
}  // namespace gongkai::server
