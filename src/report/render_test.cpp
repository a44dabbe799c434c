#include "report/render.hpp"

#include <gtest/gtest.h>

#include "base/text.hpp"
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

// Counts the non-overlapping occurrences of `needle` in `haystack`.
std::size_t Count(const std::string& haystack, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

TEST(RenderTest, HtmlHasTheOfficialLayoutAndOneKeyedCellPerValue) {
  Result<ReadReportResult> read = testing::LoadDataReport("seed-2024-jiefang-gxj.txt");
  ASSERT_TRUE(read.has_value());
  std::string html = RenderHtml(read->report);
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.find("lang=\"zh-CN\""), std::string::npos);
  // Table 三: the corner note over three label columns and three header rows; the results group
  // label spans every outcome row; 7 columns of values per printed row.
  EXPECT_NE(html.find("<th rowspan=\"3\" colspan=\"3\" scope=\"colgroup\">（本列数据的勾稽关系"),
            std::string::npos);
  EXPECT_NE(html.find("<th colspan=\"5\" scope=\"colgroup\">法人或其他组织</th>"),
            std::string::npos);
  EXPECT_NE(html.find("rowspan=\"8\" scope=\"rowgroup\">（三）不予公开"), std::string::npos);
  EXPECT_EQ(Count(html, "data-cell=\"applications."), 25u * 7u);  // 2021: 25 printed rows
  EXPECT_EQ(Count(html, "data-cell=\"appeals."), 15u);
  EXPECT_NE(html.find("data-cell=\"applications.received.natural_person\""), std::string::npos);
  // Table 四: 行政诉讼 over two groups of five.
  EXPECT_NE(html.find("<th colspan=\"10\" scope=\"colgroup\">行政诉讼</th>"), std::string::npos);
  EXPECT_EQ(RenderHtml(read->report), html);  // deterministic
}

TEST(RenderTest, HtmlEscapesTextAndLeavesNullCellsBlank) {
  AnnualReport report;
  report.format = Format::k2021;
  report.title = "<script>alert(1)</script>";
  report.sections = Sections{"甲 & 乙", std::nullopt, std::nullopt};
  std::string html = RenderHtmlBody(report);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<p>甲 &amp; 乙</p>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num blank\" data-cell=\"applications.total.total\"></td>"),
            std::string::npos);
}

TEST(RenderTest, CsvHasOneLinePerCellWithSchemaKeys) {
  Result<ReadReportResult> read = testing::LoadDataReport("seed-2024-jiefang-gxj.txt");
  ASSERT_TRUE(read.has_value());
  std::string csv = RenderCsv(read->report);
  std::vector<std::string_view> lines = text::SplitLines(csv);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(), "table,row,column,value");
  std::string total =
      "applications,total,total," +
      read->report.applications.value(AppRow::kTotal, AppColumn::kTotal)->ToString();
  EXPECT_NE(csv.find(total + "\n"), std::string::npos);
  EXPECT_EQ(Count(csv, "\nappeals,"), 15u);
}

}  // namespace
}  // namespace gongkai::report
