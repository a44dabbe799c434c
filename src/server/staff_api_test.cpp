// The staff API end to end on both backends: a case from registration to delivery, a
// publication through both reviews into the public catalogue, an appeal, the annual report from
// preview to publication, and the audit trail that records all of it.
#include <gtest/gtest.h>

#include "server/http.hpp"
#include "server/testing_client.hpp"
#include "server/testing_server.hpp"
#include "store/demo.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::StaffSession;

class StaffApiTest : public testing::ServerBackendTest {
 protected:
  StaffSession As(const std::string& login) const {
    StaffSession session(server_->port(), login, store::kDemoPassword);
    EXPECT_EQ(session.login_status(), 200) << login;
    return session;
  }
};

// Dates inside the demo's calendar (2019–2026) and before any test machine's today.
const json kRegistration = {{"channel", "post"},
                            {"received_on", "2026-03-02"},
                            {"applicant",
                             {{"type", "natural_person"},
                              {"name", "张三"},
                              {"id_number", "110101199003071234"},
                              {"contact", "13812345678"},
                              {"address", "北京市东城区某街道1号"}}},
                            {"request", "2025年工业经济运行分析报告"},
                            {"delivery_form", "邮寄纸质"}};

TEST_P(StaffApiTest, ACaseFromRegistrationToDelivery) {
  StaffSession zhang = As("zhang");
  StaffSession wang = As("wang");
  Reply registered = zhang.Post("/api/v1/organisations/2/applications", kRegistration);
  ASSERT_EQ(registered.status, 201) << registered.body;
  json application = registered.Json();
  std::string id = std::to_string(application["id"].get<int>());
  std::string path = "/api/v1/applications/" + id;
  EXPECT_EQ(application["personal_data"], "full");  // zhang registered it and handles it
  EXPECT_EQ(application["applicant"]["id_number"], "110101199003071234");
  // 条例 Art. 33: 20 working days from 2026-03-02 (receipt day not counted).
  EXPECT_EQ(application["due_on"], "2026-03-30");

  // 条例 Art. 30: correction requested, then received: the period starts again.
  Reply requested = zhang.Post(path + "/events/correction_requested",
                               {{"date", "2026-03-04"}, {"until", "2026-03-18"}});
  ASSERT_EQ(requested.status, 201) << requested.body;
  EXPECT_EQ(requested.Json()["state"], "awaiting_correction");
  Reply corrected = zhang.Post(path + "/events/correction_received", {{"date", "2026-03-10"}});
  ASSERT_EQ(corrected.status, 201) << corrected.body;
  EXPECT_EQ(corrected.Json()["due_on"], "2026-04-08");

  // 条例 Art. 33 ¶2: only the head extends; the officer is refused.
  json extension = {{"date", "2026-04-01"}, {"days", 20}, {"approver", "王强"}};
  EXPECT_EQ(zhang.Post(path + "/events/extended", extension).status, 403);
  Reply extended = wang.Post(path + "/events/extended", extension);
  ASSERT_EQ(extended.status, 201) << extended.body;
  // 20 more working days from 2026-04-08: the May Day holiday (5/1–5/5) is skipped and the
  // make-up Saturday 2026-05-09 counts.
  EXPECT_EQ(extended.Json()["due_on"], "2026-05-09");
  EXPECT_EQ(extended.Json()["events"][3]["approver"], "王强");
  // The head does not handle the case: personal data masked for him.
  EXPECT_EQ(extended.Json()["personal_data"], "masked");
  EXPECT_EQ(extended.Json()["applicant"]["id_number"], "110***********1234");

  // Illegal transition: delivery before the answer.
  Reply early = zhang.Post(path + "/events/delivered", {{"date", "2026-04-20"}});
  EXPECT_EQ(early.status, 409) << early.body;
  Reply answered =
      zhang.Post(path + "/events/answered", {{"date", "2026-04-20"}, {"outcome", "disclosed"}});
  ASSERT_EQ(answered.status, 201) << answered.body;
  Reply delivered = zhang.Post(path + "/events/delivered", {{"date", "2026-04-22"}});
  ASSERT_EQ(delivered.status, 201) << delivered.body;
  json done = delivered.Json();
  EXPECT_EQ(done["state"], "closed");
  EXPECT_EQ(done["outcome"], "disclosed");
  EXPECT_EQ(done["events"].size(), 6u);
  EXPECT_TRUE(done["allowed_actions"].empty());

  // The register lists it, masked.
  Reply listed = zhang.Get("/api/v1/organisations/2/applications?year=2026&state=closed");
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.Json()["items"].size(), 1u);
  EXPECT_EQ(listed.body.find("110101199003071234"), std::string::npos);
  EXPECT_EQ(listed.body.find("13812345678"), std::string::npos);

  // Every step is in the audit trail, chained, without the applicant's identity.
  StaffSession admin = As("admin");
  Reply audit = admin.Get("/api/v1/audit?limit=20");
  ASSERT_EQ(audit.status, 200);
  // Newest first: the administrator's own login, then the delivery.
  EXPECT_EQ(audit.Json()["entries"][0]["action"], "session.login");
  EXPECT_EQ(audit.Json()["entries"][1]["action"], "application.delivered");
  EXPECT_EQ(audit.Json()["entries"][1]["actor"], "user:zhang");
  EXPECT_EQ(audit.body.find("110101199003071234"), std::string::npos);
  Reply verified = admin.Get("/api/v1/audit/verification");
  EXPECT_EQ(verified.Json()["intact"], true) << verified.body;
}

TEST_P(StaffApiTest, APublicationThroughBothReviewsIntoTheCatalogue) {
  StaffSession zhang = As("zhang");
  Reply created = zhang.Post("/api/v1/organisations/2/publications",
                             {{"title", "解放区2026年工业和信息化工作要点"},
                              {"document_number", "解工信〔2026〕3号"},
                              {"publisher", "解放区工业和信息化局"},
                              {"written_on", "2026-02-10"},
                              {"category", "计划规划"},
                              {"document_type", "other"}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string steps =
      "/api/v1/publications/" + std::to_string(created.Json()["id"].get<int>()) + "/steps/";
  EXPECT_EQ(created.Json()["allowed_steps"], json::array({"submit"}));
  ASSERT_EQ(zhang.Post(steps + "submit", {{"date", "2026-02-11"}}).status, 201);
  // The officer cannot review; the reviewer cannot skip to publication.
  EXPECT_EQ(zhang.Post(steps + "approve_content").status, 403);
  StaffSession li = As("li");
  EXPECT_EQ(li.Post(steps + "approve_secrecy").status, 403);
  // A send-back needs a comment.
  EXPECT_EQ(li.Post(steps + "return_content", {{"date", "2026-02-12"}}).status, 400);
  ASSERT_EQ(li.Post(steps + "approve_content", {{"date", "2026-02-12"}}).status, 201);
  // Publishing before the confidentiality review is refused (条例 Art. 17).
  EXPECT_EQ(zhang.Post(steps + "publish", {{"date", "2026-02-12"}}).status, 409);
  ASSERT_EQ(As("zhao").Post(steps + "approve_secrecy", {{"date", "2026-02-13"}}).status, 201);
  Reply published = zhang.Post(steps + "publish", {{"date", "2026-02-14"}});
  ASSERT_EQ(published.status, 201) << published.body;
  EXPECT_EQ(published.Json()["state"], "published");
  Reply catalogue =
      testing::Send(server_->port(), "GET", "/api/v1/public/organisations/2/catalogue");
  EXPECT_NE(catalogue.body.find("解放区2026年工业和信息化工作要点"), std::string::npos);
}

TEST_P(StaffApiTest, AnAppealLinkedToAnApplication) {
  StaffSession zhang = As("zhang");
  Reply registered = zhang.Post("/api/v1/organisations/2/applications", kRegistration);
  ASSERT_EQ(registered.status, 201);
  Reply filed =
      zhang.Post("/api/v1/organisations/2/appeals", {{"application", registered.Json()["id"]},
                                                     {"kind", "reconsideration"},
                                                     {"filed_on", "2026-05-06"},
                                                     {"case_number", "解政复〔2026〕12号"}});
  ASSERT_EQ(filed.status, 201) << filed.body;
  EXPECT_EQ(filed.Json()["result"], "pending");
  std::string decision =
      "/api/v1/appeals/" + std::to_string(filed.Json()["id"].get<int>()) + "/decision";
  EXPECT_EQ(zhang.Post(decision, {{"decided_on", "2026-05-01"}, {"result", "upheld"}}).status,
            400);  // decided before it was filed
  Reply decided = zhang.Post(decision, {{"decided_on", "2026-07-01"}, {"result", "upheld"}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  EXPECT_EQ(decided.Json()["result"], "upheld");
  EXPECT_EQ(zhang.Post(decision, {{"decided_on", "2026-07-02"}, {"result", "other"}}).status, 409);
  EXPECT_EQ(zhang.Get("/api/v1/organisations/2/appeals").Json()["items"].size(), 1u);
}

TEST_P(StaffApiTest, TheAnnualReportFromPreviewToPublication) {
  StaffSession zhang = As("zhang");
  std::string report = "/api/v1/organisations/2/reports/2024";
  Reply text = zhang.Get(report + "?format=text");
  ASSERT_EQ(text.status, 200);
  EXPECT_NE(text.body.find("解放区工业和信息化局"), std::string::npos);
  EXPECT_EQ(text.headers["x-report-state"], "draft");
  Reply validation = zhang.Get(report + "/validation");
  ASSERT_EQ(validation.status, 200);
  EXPECT_EQ(validation.Json()["valid"], true) << validation.body;
  Reply cell = zhang.Get(report + "/cells/rules.issued");
  EXPECT_EQ(cell.status, 200) << cell.body;

  ASSERT_EQ(
      zhang.Put(report + "/narrative", {{"overview", "2024年，本局认真贯彻《条例》……"}}).status,
      200);
  EXPECT_EQ(zhang.Post(report + "/publish").status, 403);  // the head signs off
  StaffSession wang = As("wang");
  Reply published = wang.Post(report + "/publish");
  ASSERT_EQ(published.status, 201) << published.body;
  std::string hash = published.Json()["content_hash"];
  EXPECT_EQ(hash.size(), 64u);

  Reply public_copy = testing::Send(server_->port(), "GET",
                                    "/api/v1/public/organisations/2/reports/2024?format=text");
  ASSERT_EQ(public_copy.status, 200);
  EXPECT_EQ(public_copy.headers["x-content-hash"], hash);
  EXPECT_NE(public_copy.body.find("2024年，本局认真贯彻《条例》……"), std::string::npos);
  // Locked.
  EXPECT_EQ(wang.Post(report + "/publish").status, 409);
  EXPECT_EQ(zhang.Put(report + "/narrative", {{"overview", "改"}}).status, 409);
}

TEST_P(StaffApiTest, SessionsCsrfAndLoginLimits) {
  int port = server_->port();
  EXPECT_EQ(testing::Send(port, "GET", "/api/v1/session").status, 401);
  StaffSession zhang = As("zhang");
  Reply login = testing::Send(port, "POST", "/api/v1/session",
                              R"({"login": "zhang", "password": "gongkai-demo"})");
  std::string cookie = login.headers["set-cookie"];
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP on loopback
  EXPECT_EQ(zhang.Get("/api/v1/session").Json()["user"]["login"], "zhang");
  // A state-changing request without the CSRF token is refused and changes nothing.
  Reply forged =
      testing::Send(port, "POST", "/api/v1/organisations/2/applications", kRegistration.dump(),
                    {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  EXPECT_EQ(forged.status, 403);
  EXPECT_NE(forged.body.find("CSRF"), std::string::npos);
  // Five wrong passwords, then even the right one is refused for a while.
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(StaffSession(port, "li", "wrong-password").login_status(), 401);
  }
  EXPECT_EQ(StaffSession(port, "li", store::kDemoPassword).login_status(), 429);
  EXPECT_EQ(StaffSession(port, "nobody", "whatever-pass").login_status(), 401);
  // Logging out ends the session on the server, not only in the browser.
  EXPECT_EQ(zhang.Call("DELETE", "/api/v1/session").status, 204);
  EXPECT_EQ(zhang.Get("/api/v1/session").status, 401);
}

TEST_P(StaffApiTest, AdministratorsManageUsersAndTheCalendar) {
  StaffSession admin = As("admin");
  Reply created = admin.Post("/api/v1/users", {{"login", "sun"},
                                               {"display_name", "孙丽"},
                                               {"password", "sun-password-1"},
                                               {"roles", {{{"org", 4}, {"role", "officer"}}}}});
  ASSERT_EQ(created.status, 201) << created.body;
  StaffSession sun(server_->port(), "sun", "sun-password-1");
  ASSERT_EQ(sun.login_status(), 200);
  EXPECT_EQ(sun.Get("/api/v1/organisations/4/applications").status, 200);
  EXPECT_EQ(sun.Get("/api/v1/organisations/2/applications").status, 403);
  Reply bad_role = admin.Post("/api/v1/users", {{"login", "x1"},
                                                {"display_name", "x"},
                                                {"password", "xxxxxxxxxx"},
                                                {"roles", {{{"org", 4}, {"role", "root"}}}}});
  EXPECT_EQ(bad_role.status, 400);
  EXPECT_NE(bad_role.body.find("roles[0].role"), std::string::npos);

  // The 2027 notice entered by the administrator extends the calendar at once.
  std::string csv;
  for (int day = 1; day <= 8; ++day) csv += "2027-10-0" + std::to_string(day) + ",holiday,国庆节\n";
  for (const char* day : {"2027-01-01", "2027-05-01", "2027-05-03"}) {
    csv += std::string(day) + ",holiday,节日\n";
  }
  Reply calendar = admin.Put("/api/v1/calendar/2027", {{"entries", csv}});
  ASSERT_EQ(calendar.status, 200) << calendar.body;
  EXPECT_EQ(calendar.Json()["last_year"], 2027);
  Reply incomplete = admin.Put("/api/v1/calendar/2028", {{"entries", "2028-01-01,holiday,元旦\n"}});
  EXPECT_EQ(incomplete.status, 400);
  EXPECT_NE(incomplete.body.find("entries"), std::string::npos);
  EXPECT_EQ(As("zhang").Put("/api/v1/calendar/2027", {{"entries", csv}}).status, 403);
  // The calendar says who may enter a year: an administrator of a top-level organisation.
  EXPECT_EQ(admin.Get("/api/v1/calendar").Json()["editable"], true);
  EXPECT_EQ(As("zhang").Get("/api/v1/calendar").Json()["editable"], false);
}

// The register's full-text filter (q) and the page's search box (issue 9).
TEST_P(StaffApiTest, TheRegisterIsSearchedByRequestText) {
  StaffSession zhang = As("zhang");
  json registration = kRegistration;
  registration["request"] = "某工业园区危险化学品仓储项目环评批复";
  ASSERT_EQ(zhang.Post("/api/v1/organisations/2/applications", registration).status, 201);
  Reply found = zhang.Get("/api/v1/organisations/2/applications?q=" + PercentEncode("危险化学品"));
  ASSERT_EQ(found.status, 200) << found.body;
  const json listed = found.Json();
  ASSERT_EQ(listed["items"].size(), 1U);
  EXPECT_NE(listed["items"][0]["request_html"].get<std::string>().find("<mark>危险化学品</mark>"),
            std::string::npos);
  EXPECT_EQ(zhang.Get("/api/v1/organisations/2/applications?q=%E3%80%82").status, 400);  // 。
  Reply page = zhang.Get("/staff/applications?org=2&q=" + PercentEncode("危险化学品"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<mark>危险化学品</mark>"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffApiTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

}  // namespace
}  // namespace gongkai::server
