// The documents the server hands out, on both backends: the busy demo department's annual report
// as PDF, DOCX and HTML reads back to the same tables as its JSON; an answered case's answer
// letter and a charged case's fee notice come as DOCX or PDF to its handler only.
#include <gtest/gtest.h>

#include "report/json.hpp"
#include "report/pdf_text.hpp"
#include "report/read.hpp"
#include "server/testing_client.hpp"
#include "server/testing_server.hpp"
#include "store/demo.hpp"

namespace gongkai::server {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::StaffSession;

class DocumentsTest : public testing::ServerBackendTest {};

nlohmann::ordered_json Tables(const report::AnnualReport& report) {
  nlohmann::ordered_json all = report::ToJsonValue(report);
  return {{"year", all["year"]},
          {"agency", all["agency"]},
          {"proactive", all["proactive"]},
          {"applications", all["applications"]},
          {"appeals", all["appeals"]}};
}

// A new application of organisation 2 by `zhang`, received 2026-03-02; its API path, or "" when
// registering failed (a test failure).
std::string Register(StaffSession& zhang, const std::string& applicant,
                     const std::string& request) {
  const json registration = {{"channel", "post"},
                             {"received_on", "2026-03-02"},
                             {"applicant", {{"type", "natural_person"}, {"name", applicant}}},
                             {"request", request}};
  Reply registered = zhang.Post("/api/v1/organisations/2/applications", registration);
  EXPECT_EQ(registered.status, 201) << registered.body;
  if (registered.status != 201) return "";
  return "/api/v1/applications/" + std::to_string(registered.Json()["id"].get<int>());
}

// The text of a PDF without spaces, line and page breaks.
std::string CompactPdfText(const std::string& pdf) {
  Result<std::string> text = report::PdfToText(pdf);
  EXPECT_TRUE(text.has_value());
  std::string compact;
  for (char c : text.value_or("")) {
    if (c != ' ' && c != '\n' && c != '\f') compact += c;
  }
  return compact;
}

TEST_P(DocumentsTest, TheBusyDepartmentsReportReadsBackFromEveryPrintedFormat) {
  StaffSession anonymous(server_->port());
  Reply organisations = anonymous.Get("/api/v1/public/organisations");
  ASSERT_EQ(organisations.status, 200);
  std::string busy;
  const json listed = organisations.Json();
  for (const json& org : listed["organisations"]) {
    if (org["name"] == store::kDemoBusyAgency) busy = std::to_string(org["id"].get<int>());
  }
  ASSERT_FALSE(busy.empty());
  const std::string path = "/api/v1/public/organisations/" + busy + "/reports/2024?format=";
  Reply canonical = anonymous.Get(path + "json");
  ASSERT_EQ(canonical.status, 200) << canonical.body;
  Result<report::AnnualReport> expected = report::FromJson(canonical.body);
  ASSERT_TRUE(expected.has_value());
  for (const std::string format : {"pdf", "docx", "html"}) {
    Reply document = anonymous.Get(path + format);
    ASSERT_EQ(document.status, 200) << format;
    if (format != "html") {
      EXPECT_NE(document.headers["content-disposition"].find("attachment"), std::string::npos);
    }
    Result<report::ReadReportResult> read = report::ReadReport(document.body);
    ASSERT_TRUE(read.has_value()) << format << ": " << read.error().message;
    EXPECT_EQ(Tables(read->report), Tables(*expected)) << format;
  }
  Reply workbook = anonymous.Get(path + "xlsx");
  ASSERT_EQ(workbook.status, 200);
  EXPECT_EQ(workbook.body.rfind("PK", 0), 0U);
  EXPECT_EQ(anonymous.Get(path + "odt").status, 400);
}

TEST_P(DocumentsTest, AnAnsweredCasesLetterGoesToItsHandler) {
  StaffSession zhang(server_->port(), "zhang", store::kDemoPassword);
  StaffSession wang(server_->port(), "wang", store::kDemoPassword);
  ASSERT_EQ(zhang.login_status(), 200);
  const std::string path = Register(zhang, "李四", "某项目环境影响评价审批文件");
  ASSERT_FALSE(path.empty());

  EXPECT_EQ(zhang.Get(path + "/letter").status, 409);  // not answered yet
  Reply answered = zhang.Post(path + "/events/answered",
                              {{"date", "2026-03-20"}, {"outcome", "withheld_state_secret"}});
  ASSERT_EQ(answered.status, 201) << answered.body;

  Reply pdf = zhang.Get(path + "/letter?format=pdf&number=" + "A-3");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  const std::string compact = CompactPdfText(pdf.body);
  EXPECT_NE(compact.find("李四："), std::string::npos);
  EXPECT_NE(compact.find("第十四条"), std::string::npos);  // 条例 Art. 14: state secrets
  EXPECT_NE(compact.find("应当先依法申请行政复议"), std::string::npos);  // 行政复议法 Art. 23

  Reply docx = zhang.Get(path + "/letter");
  ASSERT_EQ(docx.status, 200);
  EXPECT_EQ(docx.body.rfind("PK", 0), 0U);
  EXPECT_EQ(zhang.Get(path + "/letter?format=odt").status, 400);
  // The head of the office does not handle the case: the applicant's name is not for him.
  EXPECT_EQ(wang.Get(path + "/letter").status, 403);
}

TEST_P(DocumentsTest, AnOutcomeThatNeedsAReasonAsksForIt) {
  StaffSession zhang(server_->port(), "zhang", store::kDemoPassword);
  const std::string path = Register(zhang, "王五", "某企业补贴发放明细");
  ASSERT_FALSE(path.empty());
  ASSERT_EQ(zhang
                .Post(path + "/events/answered",
                      {{"date", "2026-03-20"}, {"outcome", "partially_disclosed"}})
                .status,
            201);
  Reply refused = zhang.Get(path + "/letter");
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("reason"), std::string::npos);
  EXPECT_EQ(
      zhang.Get(path + "/letter?reason=%E6%B6%89%E5%8F%8A%E5%95%86%E4%B8%9A%E7%A7%98%E5%AF%86")
          .status,
      200);
}

// 国办函〔2020〕109号: the fee notice states the amount recorded with the case, the standard and
// the payment method the officer gives; its handler only.
TEST_P(DocumentsTest, AFeeNoticeStatesTheRecordedFeeAndHowToPay) {
  StaffSession zhang(server_->port(), "zhang", store::kDemoPassword);
  StaffSession wang(server_->port(), "wang", store::kDemoPassword);
  const std::string path = Register(zhang, "赵六", "2025年全部行政处罚案卷");
  ASSERT_FALSE(path.empty());
  EXPECT_EQ(zhang.Get(path + "/fee-notice").status, 409);  // no fee recorded
  // The fee by the tariff (109号 Art. 5: 31–100 pages 10 元, 101–200 20 元): 150 pages, 1700 元;
  // a count the tariff does not charge, an amount that disagrees, half a basis: 400, nothing kept.
  const std::string action = path + "/events/fee_notified";
  for (const json& wrong :
       {json{{"date", "2026-03-10"}, {"fee_basis", "per_page"}, {"fee_units", 20}},
        json{
            {"date", "2026-03-10"}, {"fee_basis", "per_page"}, {"fee_units", 150}, {"fee_fen", 99}},
        json{{"date", "2026-03-10"}, {"fee_units", 150}},
        json{{"date", "2026-03-10"}, {"fee_basis", "per_word"}, {"fee_units", 150}},
        json{{"date", "2026-03-10"}}}) {
    Reply refused = zhang.Post(action, wrong);
    EXPECT_EQ(refused.status, 400) << wrong.dump() << refused.body;
  }
  Reply notified =
      zhang.Post(action, {{"date", "2026-03-10"}, {"fee_basis", "per_page"}, {"fee_units", 150}});
  ASSERT_EQ(notified.status, 201) << notified.body;
  const json stored = zhang.Get(path).Json();
  const json& fee_event = stored["events"].back();
  EXPECT_EQ(fee_event["fee_fen"], 170000);
  EXPECT_EQ(fee_event["fee_basis"], "per_page");
  EXPECT_EQ(fee_event["fee_units"], 150);

  Reply unpaid_how = zhang.Get(path + "/fee-notice");
  EXPECT_EQ(unpaid_how.status, 400);  // the 办法 asks for the payment method
  EXPECT_NE(unpaid_how.body.find("payment"), std::string::npos);
  // payment=非税收入缴款码 123
  const std::string payment =
      "payment=%E9%9D%9E%E7%A8%8E%E6%94%B6%E5%85%A5%E7%BC%B4%E6%AC%BE%E7%A0%81%20123";
  Reply pdf = zhang.Get(path + "/fee-notice?format=pdf&" + payment);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  const std::string compact = CompactPdfText(pdf.body);
  for (const char* expected : {"赵六：", "按量计收，获取信息共150页", "人民币1700元",
                               "非税收入缴款码123", "2026年3月10日", "次日起20个工作日内"}) {
    EXPECT_NE(compact.find(expected), std::string::npos) << expected;
  }
  Reply json_notice = zhang.Get(path + "/fee-notice?format=json&" + payment);
  ASSERT_EQ(json_notice.status, 200);
  EXPECT_EQ(json_notice.Json()["title"], "信息处理费缴费通知书");
  EXPECT_EQ(wang.Get(path + "/fee-notice?" + payment).status, 403);
}

INSTANTIATE_TEST_SUITE_P(Backends, DocumentsTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

}  // namespace
}  // namespace gongkai::server
