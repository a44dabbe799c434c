// The server over loopback, against SQLite and PostgreSQL: the public API end to end, the error
// contract (4xx with a message naming the field, never 5xx for bad input), graceful shutdown, and
// no acknowledged application lost when the server is killed with SIGKILL.
#include "server/server.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "server/router.hpp"
#include "server/testing_client.hpp"
#include "server/testing_server.hpp"
#include "store/demo.hpp"
#include "store/testing.hpp"

namespace gongkai::server {
namespace {

using testing::Send;

const char* kApplication = R"({"org": 2, "applicant": {"type": "natural_person", "name": "张三",
  "id_number": "110101199001011234", "contact": "13800000000", "address": "某路1号"},
  "request": "2024年部门预算", "delivery_form": "电子邮件"})";

using ServerTest = testing::ServerBackendTest;

TEST_P(ServerTest, HealthAndMetrics) {
  EXPECT_EQ(Send(port_, "GET", "/healthz").status, 200);
  EXPECT_EQ(Send(port_, "GET", "/readyz").status, 200);
  EXPECT_EQ(Send(port_, "GET", "/nowhere").status, 404);
  EXPECT_EQ(Send(port_, "DELETE", "/healthz").status, 405);
  testing::Reply metrics = Send(port_, "GET", "/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find("gongkai_http_requests_total{route=\"/healthz\",status=\"200\"} 1"),
            std::string::npos);
  // An application received today is open and not overdue.
  ASSERT_EQ(Send(port_, "POST", "/api/v1/public/applications", kApplication).status, 201);
  testing::Reply gauges = Send(port_, "GET", "/metrics");
  EXPECT_NE(gauges.body.find("gongkai_open_cases{org=\"2\"} "), std::string::npos);
  EXPECT_NE(gauges.body.find("# TYPE gongkai_overdue_cases gauge"), std::string::npos);
}

TEST_P(ServerTest, StaticFilesFromTheWebDirectory) {
  testing::Reply robots = Send(port_, "GET", "/robots.txt");
  EXPECT_EQ(robots.status, 200);
  EXPECT_NE(robots.body.find("Disallow: /api/v1/"), std::string::npos);
  EXPECT_EQ(robots.headers["content-type"], "text/plain; charset=utf-8");
  EXPECT_EQ(Send(port_, "GET", "/static/robots.txt").headers["cache-control"],
            "public, max-age=3600");
  EXPECT_EQ(Send(port_, "GET", "/static/no-such-file.css").status, 404);
  EXPECT_EQ(Send(port_, "GET", "/static/..%2F..%2Fetc%2Fpasswd").status, 404);
  EXPECT_EQ(Send(port_, "GET", "/static/../../etc/passwd").status, 404);
}

TEST_P(ServerTest, ApplyOnlineThenTrackWithoutPersonalData) {
  testing::Reply created = Send(port_, "POST", "/api/v1/public/applications", kApplication);
  ASSERT_EQ(created.status, 201) << created.body;
  nlohmann::json body = nlohmann::json::parse(created.body);
  std::string code = body["query_code"];
  EXPECT_EQ(code.size(), 12u);
  testing::Reply tracked = Send(port_, "GET", "/api/v1/public/track/" + code);
  ASSERT_EQ(tracked.status, 200) << tracked.body;
  nlohmann::json track = nlohmann::json::parse(tracked.body);
  EXPECT_EQ(track["state"], "open");
  EXPECT_EQ(track["due"], body["due"]);
  EXPECT_EQ(track["segments"][1]["basis"], "条例第三十三条第二款");
  for (const char* personal : {"张三", "110101199001011234", "13800000000", "某路1号"}) {
    EXPECT_EQ(tracked.body.find(personal), std::string::npos) << personal;
  }
  EXPECT_EQ(Send(port_, "GET", "/api/v1/public/track/NOSUCHCODE00").status, 404);
}

TEST_P(ServerTest, BadInputIsA4xxNamingTheField) {
  struct Case {
    std::string body;
    int status;
    std::string names;
  };
  const Case kCases[] = {
      {"{not json", 400, "JSON"},
      {"[]", 400, "对象"},
      {R"({"org": "2"})", 400, "org"},
      {R"({"org": 2, "applicant": {"type": "robot", "name": "x", "contact": "1"}, "request": "r"})",
       400, "applicant.type"},
      {R"({"org": 2, "applicant": {"type": "natural_person", "name": "x", "contact": "1", "age": 3}, "request": "r"})",
       400, "applicant.age"},
      {R"({"org": 2, "applicant": {"type": "natural_person", "name": "", "contact": "1"}, "request": "r"})",
       400, "applicant.name"},
      {R"({"org": 999, "applicant": {"type": "natural_person", "name": "x", "contact": "1"}, "request": "r"})",
       400, "org"},
      {std::string(
           R"({"org": 2, "applicant": {"type": "natural_person", "name": "x", "contact": "1"}, "request": ")") +
           std::string(4001, 'a') + "\"}",
       400, "request"},
      {std::string(40, '[') + std::string(40, ']'), 400, "嵌套"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.body.substr(0, 80));
    testing::Reply reply = Send(port_, "POST", "/api/v1/public/applications", c.body);
    EXPECT_EQ(reply.status, c.status) << reply.body;
    EXPECT_NE(reply.body.find(c.names), std::string::npos) << reply.body;
  }
  testing::Reply huge =
      Send(port_, "POST", "/api/v1/public/applications", std::string(2 << 20, 'x'));
  EXPECT_EQ(huge.status, 413);
  EXPECT_EQ(Send(port_, "GET", "/api/v1/public/organisations/abc/catalogue").status, 400);
  EXPECT_EQ(Send(port_, "GET", "/api/v1/public/organisations/3/reports/2024?format=odt").status,
            400);
}

// Only published reports are public; the seed agency's 2024 report is still a draft in the demo.
TEST_P(ServerTest, PublicReportsAndCatalogue) {
  testing::Reply draft = Send(port_, "GET", "/api/v1/public/organisations/2/reports/2024");
  EXPECT_EQ(draft.status, 404);
  EXPECT_NE(draft.body.find("尚未公开"), std::string::npos);
  testing::Reply report = Send(port_, "GET", "/api/v1/public/organisations/3/reports/2024");
  ASSERT_EQ(report.status, 200);
  nlohmann::json json = nlohmann::json::parse(report.body);
  EXPECT_EQ(json["agency"], "解放区住房和城乡建设局");
  EXPECT_EQ(report.headers["x-content-hash"].size(), 64u);
  nlohmann::json listed = Send(port_, "GET", "/api/v1/public/organisations/3/reports").Json();
  ASSERT_EQ(listed["reports"].size(), 3u);  // 2025, 2024, 2023
  EXPECT_EQ(listed["reports"][0]["year"], 2025);
  testing::Reply catalogue = Send(port_, "GET", "/api/v1/public/organisations/2/catalogue");
  ASSERT_EQ(catalogue.status, 200);
  EXPECT_EQ(nlohmann::json::parse(catalogue.body)["items"].size(), 7u);
  EXPECT_EQ(Send(port_, "GET", "/api/v1/public/organisations/2/reports/2999").status, 404);
}

// The OpenAPI document lists exactly the routes the server answers.
TEST_P(ServerTest, OpenApiDocumentMatchesTheRoutes) {
  testing::Reply reply = Send(port_, "GET", "/api/v1/openapi.json");
  ASSERT_EQ(reply.status, 200);
  nlohmann::json document = nlohmann::json::parse(reply.body);
  std::set<std::string> documented;
  for (auto& [path, methods] : document["paths"].items()) {
    for (auto& [method, operation] : methods.items()) {
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert(upper + " " + path);
      std::string concrete = path;
      for (std::size_t open = concrete.find('{'); open != std::string::npos;
           open = concrete.find('{')) {
        concrete.replace(open, concrete.find('}', open) - open + 1, "1");
      }
      std::string verb = method;
      for (char& c : verb) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      testing::Reply routed = Send(port_, verb, concrete, "{}");
      // A handler may answer 404 for a missing record, but the router must know the route.
      EXPECT_EQ(routed.body.find("没有这个地址"), std::string::npos) << verb << " " << concrete;
      EXPECT_NE(routed.status, 405) << verb << " " << concrete;
      EXPECT_FALSE(operation["summary"].get<std::string>().empty());
    }
  }
  std::set<std::string> served;
  for (const Route& route : server_->server().router().routes()) {
    served.insert(route.method + " " + route.pattern);
  }
  EXPECT_EQ(documented, served);
  EXPECT_GT(served.size(), 40u);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

// DESIGN.md §6: an application that the server answered "created" survives a kill -9 the next
// moment.
TEST(ServerDurabilityTest, EveryCreatedApplicationSurvivesSigkill) {
  std::string url = store::testing::FreshDatabaseUrl("sqlite");
  {
    std::unique_ptr<store::Store> ledger =
        std::move(*store::OpenStore(url, core::testing::NationalCalendar()));
    ASSERT_TRUE(
        store::LoadDemoData(*ledger, core::testing::NationalCalendar(), store::DemoScale::kSmall)
            .has_value());
  }
  int port = testing::FreeLoopbackPort();
  testing::ServeProcess server(url, port);
  ASSERT_TRUE(server.ready());
  std::vector<std::string> created;
  std::atomic<bool> posting{true};
  std::thread load([&] {
    while (posting) {
      testing::Reply reply = Send(port, "POST", "/api/v1/public/applications", kApplication);
      if (reply.status == 201) created.push_back(nlohmann::json::parse(reply.body)["query_code"]);
    }
  });
  std::mt19937 random(std::random_device{}());
  std::this_thread::sleep_for(
      std::chrono::milliseconds(std::uniform_int_distribution<int>(300, 800)(random)));
  server.Kill();
  posting = false;
  load.join();
  ASSERT_FALSE(created.empty());
  std::unique_ptr<store::Store> reopened =
      std::move(*store::OpenStore(url, core::testing::NationalCalendar()));
  int missing = 0;
  for (const std::string& code : created)
    missing += reopened->FindApplicationByQueryCode(code) ? 0 : 1;
  EXPECT_EQ(missing, 0) << "of " << created.size() << " created applications";
}

// A city runs several `gongkai serve` processes over one PostgreSQL: a session begun on one is
// valid on the other, each sees the other's writes, and a logout on one ends it on both.
TEST(TwoServersTest, ShareSessionsAndDataThroughPostgres) {
  if (store::testing::PostgresBaseUrl().empty()) {
    GTEST_SKIP() << "GONGKAI_TEST_PG_URL is not set (make test starts a server)";
  }
  std::string url = store::testing::FreshDatabaseUrl("postgres");
  {
    std::unique_ptr<store::Store> ledger =
        std::move(*store::OpenStore(url, core::testing::NationalCalendar()));
    ASSERT_TRUE(
        store::LoadDemoData(*ledger, core::testing::NationalCalendar(), store::DemoScale::kSmall));
  }
  int base = testing::FreeLoopbackPort();
  int other = testing::FreeLoopbackPort();
  while (other == base) other = testing::FreeLoopbackPort();
  testing::ServeProcess first(url, base);
  testing::ServeProcess second(url, other);
  ASSERT_TRUE(first.ready() && second.ready());

  testing::StaffSession on_first(base, "zhang", store::kDemoPassword);
  ASSERT_EQ(on_first.login_status(), 200);
  testing::StaffSession on_second = on_first.On(other);
  EXPECT_EQ(on_second.Get("/api/v1/session").Json()["user"]["login"], "zhang");
  nlohmann::json registration = {{"channel", "online"},
                                 {"received_on", "2026-06-01"},
                                 {"applicant", {{"type", "natural_person"}, {"name", "李四"}}},
                                 {"request", "两台服务器"}};
  testing::Reply created = on_second.Post("/api/v1/organisations/2/applications", registration);
  ASSERT_EQ(created.status, 201) << created.body;
  std::string path = "/api/v1/applications/" + created.Json()["id"].dump();
  EXPECT_EQ(on_first.Get(path).status, 200);
  ASSERT_EQ(
      on_first.Post(path + "/events/answered", {{"date", "2026-06-05"}, {"outcome", "disclosed"}})
          .status,
      201);
  EXPECT_EQ(on_second.Get(path).Json()["state"], "closed");
  EXPECT_EQ(on_first.Call("DELETE", "/api/v1/session").status, 204);
  EXPECT_EQ(on_second.Get("/api/v1/session").status, 401);
}

}  // namespace
}  // namespace gongkai::server
