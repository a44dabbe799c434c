// Reading-order text: one value per line, rows run together or column by column.
#include "report/reading_order.hpp"

#include <gtest/gtest.h>

#include "report/format.hpp"
#include "report/read.hpp"

namespace gongkai::report {
namespace {

// A report whose table 三 rows are given as `rows` (7 values each, 2021 rows in order) and whose
// table 四 values are `appeals`, printed one value per line; `by_column` prints rows
// [first, first + count) column by column, as PDF converters do for a merged block.
std::string OneValuePerLine(const std::vector<std::vector<int>>& rows,
                            const std::vector<int>& appeals, std::size_t first = 0,
                            std::size_t count = 0) {
  std::string text =
      "某某局 2024 年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
      "二、主动公开政府信息情况\n第二十条第（一）项\n规章\n1\n0\n3\n"
      "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n";
  for (std::size_t r = 0; r < rows.size();) {
    if (count > 0 && r == first) {
      for (std::size_t c = 0; c < 7; ++c) {
        for (std::size_t k = first; k < first + count; ++k)
          text += std::to_string(rows[k][c]) + "\n";
      }
      r += count;
      continue;
    }
    for (int value : rows[r]) text += std::to_string(value) + "\n";
    ++r;
  }
  text += "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n";
  for (int value : appeals) text += std::to_string(value) + "\n";
  text += "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
  return text;
}

std::vector<std::vector<int>> BalancedRows() {
  // 2021 rows: received 5, carried over 1 = disclosed 3 + not held 2 + carried forward 1.
  std::vector<std::vector<int>> rows(SpecFor(Format::k2021).application_rows.size(),
                                     std::vector<int>(7, 0));
  rows[0] = {4, 1, 0, 0, 0, 0, 5};   // received
  rows[1] = {1, 0, 0, 0, 0, 0, 1};   // carried over
  rows[2] = {2, 1, 0, 0, 0, 0, 3};   // disclosed
  rows[12] = {2, 0, 0, 0, 0, 0, 2};  // not held
  rows[23] = {4, 1, 0, 0, 0, 0, 5};  // total
  rows[24] = {1, 0, 0, 0, 0, 0, 1};  // carried forward
  return rows;
}

TEST(ReadingOrderTest, TakesTableThreeValuesInTableOrder) {
  std::string text = OneValuePerLine(BalancedRows(), {1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  ASSERT_TRUE(LooksOneValuePerLine(text));
  Result<ReadReportResult> read = ReadReport(text);
  ASSERT_TRUE(read.has_value()) << read.error().message;
  EXPECT_EQ(read->kind, SourceKind::kReadingOrder);
  const ApplicationGrid& grid = read->report.applications;
  EXPECT_EQ(grid.value(AppRow::kReceived, AppColumn::kTotal), Decimal::FromInteger(5));
  EXPECT_EQ(grid.value(AppRow::kUnavailableNotHeld, AppColumn::kNaturalPerson),
            Decimal::FromInteger(2));
  EXPECT_EQ(grid.value(AppRow::kCarriedForward, AppColumn::kTotal), Decimal::FromInteger(1));
  EXPECT_EQ(read->report.proactive.value(ProactiveRow::kRules, ProactiveColumn::kInForce),
            Decimal::FromInteger(3));
  EXPECT_EQ(read->report.appeals.value(AppealGroup::kReconsideration, AppealColumn::kTotal),
            Decimal::FromInteger(1));
}

TEST(ReadingOrderTest, ABlockPrintedColumnByColumnIsReadBackByItsRowSums) {
  std::vector<std::vector<int>> rows = BalancedRows();
  // Rows 4–14 (（三） and （四）) come out column by column; only reading them so adds up.
  std::string text = OneValuePerLine(rows, std::vector<int>(15, 0), 4, 11);
  Result<ReadReportResult> read = ReadReport(text);
  ASSERT_TRUE(read.has_value()) << read.error().message;
  const ApplicationGrid& grid = read->report.applications;
  EXPECT_EQ(grid.value(AppRow::kUnavailableNotHeld, AppColumn::kNaturalPerson),
            Decimal::FromInteger(2));
  EXPECT_EQ(grid.value(AppRow::kUnavailableNotHeld, AppColumn::kTotal), Decimal::FromInteger(2));
  EXPECT_EQ(grid.value(AppRow::kWithheldStateSecret, AppColumn::kTotal), Decimal::FromInteger(0));
}

TEST(ReadingOrderTest, AppealTotalsOutOfPlaceAreMatchedToTheirParts) {
  // 复议 72+64+178+37 = 351, 直接起诉 13+4+8+1 = 26, 复议后 12+1+1+6 = 20, printed with the
  // parts of 复议后 before those of 直接起诉 and the totals in column order between them.
  std::string text =
      OneValuePerLine(BalancedRows(), {72, 64, 178, 37, 12, 1, 1, 6, 351, 13, 4, 8, 1, 26, 20});
  Result<ReadReportResult> read = ReadReport(text);
  ASSERT_TRUE(read.has_value()) << read.error().message;
  const AppealGrid& appeals = read->report.appeals;
  EXPECT_EQ(appeals.value(AppealGroup::kReconsideration, AppealColumn::kTotal),
            Decimal::FromInteger(351));
  EXPECT_EQ(appeals.value(AppealGroup::kLitigationDirect, AppealColumn::kUpheld),
            Decimal::FromInteger(13));
  EXPECT_EQ(appeals.value(AppealGroup::kLitigationDirect, AppealColumn::kTotal),
            Decimal::FromInteger(26));
  EXPECT_EQ(appeals.value(AppealGroup::kLitigationAfterReconsideration, AppealColumn::kUpheld),
            Decimal::FromInteger(12));
}

TEST(ReadingOrderTest, AppealsThatAddUpInTableOrderStayInTableOrder) {
  std::string text = OneValuePerLine(BalancedRows(), {1, 1, 0, 0, 2, 0, 0, 0, 0, 0, 3, 0, 0, 0, 3});
  Result<ReadReportResult> read = ReadReport(text);
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->report.appeals.value(AppealGroup::kLitigationAfterReconsideration,
                                       AppealColumn::kUpheld),
            Decimal::FromInteger(3));
}

TEST(ReadingOrderTest, TextWithRowsOnLinesIsNotReadingOrder) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "行\t1\t2\t3\n";
  EXPECT_FALSE(LooksOneValuePerLine(text));
  EXPECT_FALSE(LooksOneValuePerLine("1\n2\n3\n"));
}

}  // namespace
}  // namespace gongkai::report
