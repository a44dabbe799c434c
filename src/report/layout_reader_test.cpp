#include "report/layout_reader.hpp"

#include <gtest/gtest.h>

#include "report/format.hpp"
#include "report/render.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

TEST(LayoutReaderTest, ReadsTheSeedWithSourcePositions) {
  Result<AnnualReport> report = ReadTextLayout(testing::ReadDataFile("seed-2024-jiefang-gxj.txt"));
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(report->format, Format::k2021);
  EXPECT_EQ(report->year, 2024);
  EXPECT_EQ(report->agency, "解放区工业和信息化局");
  const Cell& other_other = report->applications.at(AppRow::kOtherOther, AppColumn::kTotal);
  EXPECT_EQ(other_other.value, Decimal::FromInteger(0));
  EXPECT_EQ(other_other.source.line, 73);  // "3. 其他" printed out of its column
  EXPECT_EQ(report->appeals.at(AppealGroup::kLitigationAfterReconsideration, AppealColumn::kTotal)
                .source.cell,
            15);
  ASSERT_TRUE(report->sections.has_value());
  EXPECT_EQ(report->sections->other, "解放区工业和信息化局 2024 年未收取信息处理费。");
  EXPECT_NE(report->sections->overview->find("(一) 主动公开\n今年以来"), std::string::npos);
  for (const SourcePos& heading : report->read.section_headings) EXPECT_TRUE(heading.known());
}

TEST(LayoutReaderTest, BlankCellsAreNullNotZero) {
  std::string text = testing::ReadDataFile("seed-2024-jiefang-gxj.rendered.txt");
  std::string row = "一、本年新收政府信息公开申请数量\t\t\t0\t0";
  std::size_t at = text.find(row);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, row.size(), "一、本年新收政府信息公开申请数量\t\t\t0\t");
  Result<AnnualReport> report = ReadTextLayout(text);
  ASSERT_TRUE(report.has_value());
  EXPECT_FALSE(report->applications.value(AppRow::kReceived, AppColumn::kCommercialEnterprise));
  EXPECT_EQ(report->applications.value(AppRow::kReceived, AppColumn::kNaturalPerson),
            Decimal::FromInteger(0));
}

TEST(LayoutReaderTest, AgencyOnTheLineBeforeTheTitle) {
  std::string text = testing::ReadDataFile("seed-2024-jiefang-gxj.rendered.txt");
  std::string title = "解放区工业和信息化局 2024 年政府信息公开工作年度报告";
  text.replace(text.find(title), title.size(),
               "  某某市某某区人民政府\n  2023 年政府信息公开工作年度报告");
  Result<AnnualReport> report = ReadTextLayout(text);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->agency, "某某市某某区人民政府");
  EXPECT_EQ(report->year, 2023);
}

TEST(LayoutReaderTest, DetectsThe2019FormatByItsLabelsNotByTheYear) {
  Result<ReadReportResult> json = testing::LoadDataReport("report-2019-format.json");
  ASSERT_TRUE(json.has_value());
  json->report.year = 2022;  // a year of the 2021 format: the labels must decide
  Result<AnnualReport> report = ReadTextLayout(RenderText(json->report));
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->format, Format::k2019);
  EXPECT_EQ(report->proactive.value(ProactiveRow::kLicensing, ProactiveColumn::kChange),
            Decimal::FromInteger(-1));
  EXPECT_EQ(report->applications.value(AppRow::kOtherHandling, AppColumn::kTotal),
            Decimal::FromInteger(1));
}

TEST(LayoutReaderTest, RefusesTextWithoutATable) {
  Result<AnnualReport> report = ReadTextLayout("一、总体情况\n\n今年工作很好。\n");
  ASSERT_FALSE(report.has_value());
  EXPECT_NE(report.error().message.find("未能识别任何表格行"), std::string::npos);
  EXPECT_FALSE(ReadTextLayout("hello\nworld\n").has_value());
}

}  // namespace
}  // namespace gongkai::report
