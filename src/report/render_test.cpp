#include "report/render.hpp"

#include <gtest/gtest.h>

#include "report/json.hpp"
#include "report/layout_reader.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

TEST(RenderTest, TextRoundTripKeepsEveryValue) {
  for (const char* file : {"seed-2024-jiefang-gxj.txt", "report-2019-format.json"}) {
    SCOPED_TRACE(file);
    Result<ReadReportResult> read = testing::LoadDataReport(file);
    ASSERT_TRUE(read.has_value()) << read.error().message;
    std::string text = RenderText(read->report);
    Result<AnnualReport> again = ReadTextLayout(text);
    ASSERT_TRUE(again.has_value()) << again.error().message;
    nlohmann::ordered_json before = ToJsonValue(read->report);
    nlohmann::ordered_json after = ToJsonValue(*again);
    EXPECT_EQ(before["proactive"], after["proactive"]);
    EXPECT_EQ(before["applications"], after["applications"]);
    EXPECT_EQ(before["appeals"], after["appeals"]);
    EXPECT_EQ(RenderText(*again), text);  // byte-identical
  }
}

TEST(RenderTest, TextUsesTheOfficialLabels) {
  Result<ReadReportResult> read = testing::LoadDataReport("seed-2024-jiefang-gxj.txt");
  ASSERT_TRUE(read.has_value());
  std::string text = RenderText(read->report);
  EXPECT_NE(text.find("本年废止件数"), std::string::npos);
  EXPECT_EQ(text.find("本年度止件数"), std::string::npos);
  EXPECT_EQ(text,
            testing::ReadDataFile("seed-2024-jiefang-gxj.rendered.txt").substr(0, text.size()));
}

TEST(RenderTest, MarkdownHasEveryTable) {
  Result<ReadReportResult> read = testing::LoadDataReport("report-2019-format.json");
  ASSERT_TRUE(read.has_value());
  std::string markdown = RenderMarkdown(read->report);
  EXPECT_NE(markdown.find("## 三、收到和处理政府信息公开申请情况"), std::string::npos);
  EXPECT_NE(markdown.find("| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"), std::string::npos);
  EXPECT_NE(markdown.find("| 行政许可 | 12 | -1 | 340 |"), std::string::npos);
}

TEST(RenderTest, NullCellsRenderBlank) {
  AnnualReport report;
  report.year = 2024;
  report.agency = "某局";
  std::string text = RenderText(report);
  EXPECT_NE(text.find("规章\t\t\t\n"), std::string::npos);
  EXPECT_EQ(TitleOf(report), "某局 2024 年政府信息公开工作年度报告");
}

}  // namespace
}  // namespace gongkai::report
