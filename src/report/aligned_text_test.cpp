#include "report/aligned_text.hpp"

#include <gtest/gtest.h>

#include "report/read.hpp"
#include "report/render.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

TEST(AlignedTextTest, CellsAreCutAtRunsOfSpacesAndPageMarkersDropped) {
  LayoutText layout = AlignedToLayout(
      "一、本年新收政府信息公开申请数量      95    0   0\n"
      "                 -3-\n"
      "第 4 页 共 9 页\n"
      "结果 维持　　纠正\n"  // one space inside a cell; ideographic spaces between cells
      "\n");
  EXPECT_EQ(layout.text, "一、本年新收政府信息公开申请数量\t95\t0\t0\n结果 维持\t纠正\n");
  EXPECT_EQ(layout.source_line, (std::vector<int>{1, 4}));
}

// A label wrapped above and below its numbers is joined, and only into a real row label.
TEST(AlignedTextTest, WrappedRowLabelsAreJoinedWithTheirNumbers) {
  LayoutText layout = AlignedToLayout(
      "   （二）部分公开（区分处理的，只计这一情\n"
      "                 447    7    0    0    0    0   454\n"
      "   形，不计其他情形）\n"
      "   （六）其\n"
      "        2、申请人逾期未按收费通知要\n"
      "   他处理\n"
      "        求缴纳费用、行政机关不再处理     6    0    0    0    0    0    6\n"
      "        其政府信息公开申请\n"
      "   总体情况良好\n"
      "                 1    2    3\n");
  EXPECT_EQ(
      layout.text,
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t447\t7\t0\t0\t0\t0\t454\n"
      "（六）其\n"
      "他处理\n"
      "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t6\t0\t0\t0\t0"
      "\t0\t6\n"
      "总体情况良好\n1\t2\t3\n");       // no row label fits: left alone
  EXPECT_EQ(layout.source_line[0], 1);  // where the joined label begins
  EXPECT_EQ(layout.source_line[3], 5);
}

// Table 四's single row of fifteen numbers under its wrapped headers is never joined.
TEST(AlignedTextTest, LongLinesOfNumbersAreNotJoined) {
  LayoutText layout = AlignedToLayout(
      "结果   结果     其他   尚未\n"
      " 1    1      0   0    2   1    0   0   0    1   2   0     1   0   3\n");
  EXPECT_EQ(layout.text, "结果\t结果\t其他\t尚未\n1\t1\t0\t0\t2\t1\t0\t0\t0\t1\t2\t0\t1\t0\t3\n");
}

TEST(AlignedTextTest, RecognisesSpaceAlignedText) {
  EXPECT_TRUE(LooksSpaceAligned(
      std::string(6, '\n') + "甲    1    2\n乙    3    4\n丙    5    6\n丁   7   8\n戊  9  0\n"));
  EXPECT_FALSE(LooksSpaceAligned("甲\t1\t2\n乙\t3\t4\n丙\t5\t6\n丁\t7\t8\n戊\t9\t0\n"));
  EXPECT_FALSE(LooksSpaceAligned("一、总体情况\n本年度，我局认真贯彻落实。\n"));
}

// Our own text layout with its tabs turned into runs of spaces reads back to the same tables.
TEST(AlignedTextTest, SpaceAlignedRenderingReadsBack) {
  Result<ReadReportResult> original = testing::LoadDataReport("seed-2024-jiefang-gxj.txt");
  ASSERT_TRUE(original.has_value());
  std::string text = RenderText(original->report);
  std::string aligned;
  for (char c : text) aligned += c == '\t' ? std::string("    ") : std::string(1, c);
  Result<ReadReportResult> again = ReadReport(aligned);
  ASSERT_TRUE(again.has_value()) << again.error().message;
  EXPECT_EQ(again->kind, SourceKind::kAlignedText);
  EXPECT_EQ(RenderText(again->report), text);
}

}  // namespace
}  // namespace gongkai::report
