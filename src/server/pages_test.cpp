// The web interface's pages from the server's side: who gets which page, that no page fails for
// any role, escaping, redirects. Behaviour in a browser is tested by tests/browser/.
#include <gtest/gtest.h>

#include "server/testing_client.hpp"
#include "server/testing_server.hpp"
#include "store/demo.hpp"
#include "store/testing.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;
using testing::StaffSession;

const std::vector<std::string> kPublicPages = {
    "/",      "/catalogue", "/catalogue?org=3",       "/guide", "/reports", "/reports/3/2024",
    "/apply", "/track",     "/track?code=NOSUCHCODE", "/login",
};

const std::vector<std::string> kStaffPages = {
    "/staff",
    "/staff?org=2",
    "/staff/applications",
    "/staff/applications?org=2&state=open&year=2026&channel=post&applicant_type=natural_person",
    "/staff/applications/new?org=2",
    "/staff/publications",
    "/staff/publications?state=draft",
    "/staff/publications/new",
    "/staff/publications/export.csv",
    "/staff/appeals",
    "/staff/reports?org=2&year=2024",
    "/staff/check",
    "/staff/supervision",
    "/staff/admin",
};

class PagesTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && store::testing::PostgresBaseUrl().empty()) {
      GTEST_SKIP() << "GONGKAI_TEST_PG_URL is not set (make test starts a server)";
    }
    server_ = std::make_unique<testing::RunningServer>(GetParam());
    ASSERT_TRUE(server_->started());
  }
  int port() const { return server_->port(); }
  std::unique_ptr<testing::RunningServer> server_;
};

TEST_P(PagesTest, PublicPagesRenderForAnyoneInChinese) {
  StaffSession anonymous(port());
  for (const std::string& page : kPublicPages) {
    testing::Reply reply = anonymous.Get(page);
    EXPECT_EQ(reply.status, 200) << page;
    EXPECT_NE(reply.body.find("<html lang=\"zh-CN\">"), std::string::npos) << page;
    EXPECT_EQ(reply.headers["content-type"], "text/html; charset=utf-8") << page;
  }
  EXPECT_EQ(anonymous.Get("/catalogue/999999").status, 404);
  EXPECT_EQ(anonymous.Get("/reports/2/1999").status, 404);
}

// The catalogue's search box and its API (issue 9): hits with the match marked, filters,
// pagination, and a clear 400 for a query with nothing to search.
TEST_P(PagesTest, TheCatalogueSearchFindsTwoCharacterWords) {
  StaffSession anonymous(port());
  testing::Reply api = anonymous.Get("/api/v1/public/search?q=%E9%A2%84%E7%AE%97");  // 预算
  ASSERT_EQ(api.status, 200) << api.body;
  const nlohmann::json found = api.Json();
  ASSERT_GE(found["total"].get<int>(), 1);
  for (const nlohmann::json& item : found["items"]) {
    EXPECT_NE(item["title_html"].get<std::string>().find("<mark>预算</mark>"), std::string::npos);
    EXPECT_TRUE(item.contains("org") && item.contains("snippet") && item.contains("score"));
  }
  EXPECT_EQ(anonymous.Get("/api/v1/public/search?q=%EF%BC%8C").status, 400);  // "，"
  EXPECT_EQ(anonymous.Get("/api/v1/public/search?q=a&limit=0").status, 400);
  EXPECT_EQ(anonymous.Get("/api/v1/public/search?q=a&validity=x").status, 400);
  testing::Reply page = anonymous.Get("/catalogue?q=%E9%A2%84%E7%AE%97&all=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<mark>预算</mark>"), std::string::npos);
  EXPECT_NE(page.body.find("检索结果"), std::string::npos);
}

// A published report offers its printed documents (issue 8) besides the data formats.
TEST_P(PagesTest, APublishedReportLinksItsWordPdfAndExcelDocuments) {
  StaffSession anonymous(port());
  testing::Reply page = anonymous.Get("/reports/3/2024");
  ASSERT_EQ(page.status, 200);
  for (const char* format : {"pdf", "docx", "xlsx", "html", "csv"}) {
    const std::string link =
        "/api/v1/public/organisations/3/reports/2024?format=" + std::string(format);
    EXPECT_NE(page.body.find(link), std::string::npos) << format;
    EXPECT_EQ(anonymous.Get(link).status, 200) << format;
  }
}

TEST_P(PagesTest, StaffPagesSendAnonymousVisitorsToTheLoginPage) {
  StaffSession anonymous(port());
  for (const std::string& page : kStaffPages) {
    testing::Reply reply = anonymous.Get(page);
    EXPECT_EQ(reply.status, 303) << page;
    EXPECT_TRUE(reply.headers["location"].starts_with("/login?next=%2F") ||
                reply.headers["location"].starts_with("/login?next=/"))
        << page << " -> " << reply.headers["location"];
  }
}

// Every role gets every page or a clear refusal, never a server error.
TEST_P(PagesTest, NoStaffPageFailsForAnyRole) {
  std::map<std::string, std::map<std::string, int>> statuses;
  for (const char* login : {"admin", "chen", "zhang", "li", "zhao", "wang", "liu"}) {
    StaffSession session(port(), login, store::kDemoPassword);
    ASSERT_EQ(session.login_status(), 200) << login;
    for (const std::string& page : kStaffPages) {
      testing::Reply reply = session.Get(page);
      statuses[login][page] = reply.status;
      EXPECT_TRUE(reply.status == 200 || reply.status == 403)
          << login << " " << page << ": " << reply.status << reply.body;
    }
  }
  // The officer works the ledger; the reviewer cannot register; only the administrator
  // administers; the administrator does not see the ledger.
  EXPECT_EQ(statuses["zhang"]["/staff/applications/new?org=2"], 200);
  EXPECT_EQ(statuses["li"]["/staff/applications/new?org=2"], 403);
  EXPECT_EQ(statuses["admin"]["/staff/admin"], 200);
  EXPECT_EQ(statuses["zhang"]["/staff/admin"], 403);
  EXPECT_EQ(statuses["admin"]["/staff/applications"], 403);
  EXPECT_EQ(statuses["chen"]["/staff/supervision"], 200);
}

TEST_P(PagesTest, CasePageEscapesWhatApplicantsTypedAndOffersOnlyAllowedActions) {
  StaffSession zhang(port(), "zhang", store::kDemoPassword);
  json created = zhang
                     .Post("/api/v1/organisations/2/applications",
                           {{"channel", "in_person"},
                            {"received_on", "2026-03-02"},
                            {"applicant",
                             {{"type", "natural_person"},
                              {"name", "<script>alert(1)</script>"},
                              {"id_number", "110101199001011234"}}},
                            {"request", "\"><img src=x onerror=alert(2)>"}})
                     .Json();
  ASSERT_TRUE(created.contains("id"));
  std::string page = "/staff/applications/" + created["id"].dump();
  testing::Reply officer = zhang.Get(page);
  ASSERT_EQ(officer.status, 200);
  EXPECT_EQ(officer.body.find("<script>alert"), std::string::npos);
  EXPECT_NE(officer.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(officer.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(officer.body.find("data-action=\"answered\""), std::string::npos);
  EXPECT_NE(officer.body.find("110101199001011234"), std::string::npos);  // the handling officer

  StaffSession reviewer(port(), "li", store::kDemoPassword);
  testing::Reply reviewed = reviewer.Get(page);
  ASSERT_EQ(reviewed.status, 200);
  EXPECT_EQ(reviewed.body.find("data-action="), std::string::npos);        // no officer's action
  EXPECT_EQ(reviewed.body.find("110101199001011234"), std::string::npos);  // masked

  // Staff of another organisation: refused, and the page says why.
  StaffSession other(port(), "liu", store::kDemoPassword);
  testing::Reply refused = other.Get(page);
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("没有权限"), std::string::npos);
}

// A case charged a fee: the letter page asks for the payment method, then shows the fee notice
// from its template (国办函〔2020〕109号: basis, standard, amount, payment) with its downloads.
TEST_P(PagesTest, TheLetterPageWritesTheFeeNoticeOnceThePaymentMethodIsGiven) {
  StaffSession zhang(port(), "zhang", store::kDemoPassword);
  json created = zhang
                     .Post("/api/v1/organisations/2/applications",
                           {{"channel", "online"},
                            {"received_on", "2026-03-02"},
                            {"applicant", {{"type", "natural_person"}, {"name", "钱七"}}},
                            {"request", "近五年全部会议纪要"}})
                     .Json();
  ASSERT_TRUE(created.contains("id"));
  const std::string page = "/staff/applications/" + created["id"].dump() + "/letter";
  EXPECT_EQ(zhang.Get(page).status, 409);  // nothing to print yet
  ASSERT_EQ(zhang
                .Post("/api/v1/applications/" + created["id"].dump() + "/events/fee_notified",
                      {{"date", "2026-03-09"}, {"fee_fen", 45000}})
                .status,
            201);
  testing::Reply asking = zhang.Get(page);
  ASSERT_EQ(asking.status, 200);
  EXPECT_NE(asking.body.find("name=\"payment\""), std::string::npos);
  EXPECT_NE(asking.body.find("填写缴纳方式"), std::string::npos);
  EXPECT_EQ(asking.body.find("class=\"letter fee-notice"), std::string::npos);

  // payment=缴款码 88 & fee_number=收〔2026〕2号
  testing::Reply notice = zhang.Get(page +
                                    "?payment=%E7%BC%B4%E6%AC%BE%E7%A0%81%2088&fee_number=%E6%94%"
                                    "B6%E3%80%942026%E3%80%952%E5%8F%B7");
  ASSERT_EQ(notice.status, 200);
  for (const char* expected :
       {"class=\"letter fee-notice", "信息处理费缴费通知书", "钱七：", "人民币450元", "缴款码 88",
        "收〔2026〕2号", "次日起20个工作日内", "/fee-notice?format=pdf&amp;number="}) {
    EXPECT_NE(notice.body.find(expected), std::string::npos) << expected;
  }
}

TEST_P(PagesTest, LoginPageNeverRedirectsOffTheSite) {
  StaffSession anonymous(port());
  for (const char* next : {"//evil.example/", "https://evil.example/", "evil"}) {
    testing::Reply reply = anonymous.Get(std::string("/login?next=") + next);
    ASSERT_EQ(reply.status, 200);
    EXPECT_NE(reply.body.find("data-next=\"/staff\""), std::string::npos) << next;
  }
  testing::Reply inside = anonymous.Get("/login?next=/staff/reports");
  EXPECT_NE(inside.body.find("data-next=\"/staff/reports\""), std::string::npos);
}

TEST_P(PagesTest, PublicationLedgerExportsAsCsvForSpreadsheets) {
  StaffSession zhang(port(), "zhang", store::kDemoPassword);
  json created =
      zhang
          .Post("/api/v1/organisations/2/publications", {{"title", "=HYPERLINK(\"x\")"},
                                                         {"publisher", "解放区工业和信息化局"},
                                                         {"written_on", "2026-02-10"},
                                                         {"category", "工作动态"},
                                                         {"document_type", "other"}})
          .Json();
  ASSERT_TRUE(created.contains("id"));
  testing::Reply csv = zhang.Get("/staff/publications/export.csv?org=2");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.headers["content-type"], "text/csv; charset=utf-8");
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF索引号,标题"));
  EXPECT_NE(csv.body.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos);  // not a formula
}

INSTANTIATE_TEST_SUITE_P(Backends, PagesTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

}  // namespace
}  // namespace gongkai::server
