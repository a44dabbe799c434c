// Web text with a row's cells run together, split by the tables' own arithmetic.
#include "report/run_together.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/json.hpp"
#include "report/testing.hpp"
#include "report/validate.hpp"

namespace gongkai::report {
namespace {

TEST(RunTogetherTest, PingtanSplitsEveryRowThatItsSumsDetermine) {
  // 2021_pingtan: "640020470" = 64,0,0,2,0,4,70; "270020130" and "2200003 25" fit their row sum
  // in two ways each, and only one of them makes the columns add up (GK001, GK003); table 四's
  // "10203120001200000" fits its three group totals only as 1,0,2,0,3 | 12,0,0,0,12 | 0,0,0,0,0.
  std::string text = testing::ReadDataFile("samples/2021_pingtan.txt");
  ASSERT_TRUE(LooksRunTogether(text));
  Result<ReadReportResult> read = ReadReport(text);
  ASSERT_TRUE(read.has_value()) << read.error().message;
  EXPECT_EQ(read->kind, SourceKind::kRunTogether);
  EXPECT_EQ(read->report.agency, "平潭综合实验区");
  EXPECT_EQ(read->report.year, 2021);
  nlohmann::json expected =
      nlohmann::json::parse(testing::ReadDataFile("samples/2021_pingtan.expected.json"));
  nlohmann::json actual = nlohmann::json::parse(ToJson(read->report));
  EXPECT_EQ(actual["applications"], expected["applications"]);
  EXPECT_EQ(actual["appeals"], expected["appeals"]);
  EXPECT_EQ(actual["proactive"]["rules"], expected["proactive"]["rules"]);
  EXPECT_EQ(actual["proactive"]["fees"], expected["proactive"]["fees"]);
  // "693665" in three cells has no arithmetic to decide it (69,3,665? 6,93,665? …): blank, and
  // a structure finding names the digits, rather than a guess.
  EXPECT_EQ(actual["proactive"]["normative_documents"]["issued"], nullptr);
  ValidationResult result = Validate(read->report);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].code, "GK006");
  EXPECT_NE(result.findings[0].message.find("693665"), std::string::npos);
}

// One line, as a saved page gives it: headings, table 三's rows, table 四, all run together.
std::string RunTogether(const std::string& received, const std::string& appeals) {
  std::string line = "某局2024年政府信息公开工作年度报告一、总体情况本机关依法公开。";
  line +=
      "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章00"
      "0";
  line += "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量" + received;
  line += "二、上年结转政府信息公开申请数量0000000（一）予以公开" + received;
  for (const char* label : {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                            "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                            "4.保护第三方合法权益", "5.属于三类内部事务信息",
                            "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"}) {
    line += std::string(label) + "0000000";
  }
  line += "（七）总计" + received + "四、结转下年度继续办理0000000";
  line += "四、政府信息公开行政复议、行政诉讼情况行政复议结果维持总计" + appeals;
  line += "五、存在的主要问题及改进情况无。六、其他需要报告的事项无。";
  return line + "\n";
}

TEST(RunTogetherTest, DigitsThatNoSplitFitsAreLeftBlankWithAReason) {
  // "11000011" in seven cells: 1,1,0,0,0,0,11 or 1,10,0,0,0,1,1 or 11,0,0,0,0,1,1 — in none is
  // the last the sum of the six before it, so the rows are blank and a finding says why.
  std::string text = RunTogether("11000011", "000000000000000");
  Result<ReadReportResult> read = ReadReport(text);
  ASSERT_TRUE(read.has_value()) << read.error().message;
  EXPECT_EQ(read->kind, SourceKind::kRunTogether);
  const ApplicationGrid& grid = read->report.applications;
  EXPECT_FALSE(grid.value(AppRow::kReceived, AppColumn::kTotal).has_value());
  bool explained = false;
  for (const StructureIssue& issue : read->report.read.structure_issues) {
    explained = explained ||
                (issue.row == "received" && issue.message.find("11000011") != std::string::npos);
  }
  EXPECT_TRUE(explained);
  EXPECT_EQ(read->report.appeals.value(AppealGroup::kReconsideration, AppealColumn::kTotal),
            Decimal::FromInteger(0));
}

TEST(RunTogetherTest, ASpaceIsAlwaysACellBoundary) {
  // "5000005" alone splits as 5,0,0,0,0,0,5; with the space, "500000 5" must end a cell there.
  std::string text = RunTogether("500000 5", "000000000000000");
  Result<ReadReportResult> read = ReadReport(text);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->report.applications.value(AppRow::kReceived, AppColumn::kNaturalPerson),
            Decimal::FromInteger(5));
  EXPECT_EQ(read->report.applications.value(AppRow::kReceived, AppColumn::kTotal),
            Decimal::FromInteger(5));
}

TEST(RunTogetherTest, ShortLinesAreNotRunTogether) {
  EXPECT_FALSE(LooksRunTogether("一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"));
}

}  // namespace
}  // namespace gongkai::report
