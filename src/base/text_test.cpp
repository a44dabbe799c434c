#include "base/text.hpp"

#include <gtest/gtest.h>

namespace gongkai::text {
namespace {

TEST(TextTest, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8("政府信息公开 abc"));
  EXPECT_FALSE(IsValidUtf8("\xff\xfe"));
  EXPECT_FALSE(IsValidUtf8("\xe6\x94"));      // truncated
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // surrogate
}

TEST(TextTest, RoundTripsThroughCodePoints) {
  std::string original = "（七）总计 € 𠀀";
  EXPECT_EQ(EncodeUtf8(DecodeUtf8(original)), original);
}

TEST(TextTest, TrimsEveryKindOfSpace) {
  EXPECT_EQ(Trim("\t　 规章 \u00a0\r"), "规章");
  EXPECT_EQ(Trim("   "), "");
}

TEST(TextTest, SplitsLinesWithoutCarriageReturns) {
  std::vector<std::string_view> lines = SplitLines("a\r\nb\n\nc\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "a");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3], "c");
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(TextTest, NormalisesTypographicVariantsOfLabels) {
  EXPECT_EQ(NormalizeLabel("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)"),
            NormalizeLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
  EXPECT_EQ(NormalizeLabel("3. 危及\"三安全一稳定\""), NormalizeLabel("3.危及“三安全一稳定”"));
  EXPECT_EQ(NormalizeLabel("1、属于国家秘密"), NormalizeLabel("1.属于国家秘密"));
  EXPECT_EQ(NormalizeLabel("结果 维持"), NormalizeLabel("结果维持"));
  EXPECT_NE(NormalizeLabel("本年度止件数"), NormalizeLabel("本年废止件数"));
}

TEST(TextTest, MeasuresEditDistanceWithALimit) {
  EXPECT_EQ(EditDistance(U"本年度止件数", U"本年废止件数", 5), 1);
  EXPECT_EQ(EditDistance(U"规范性文件", U"行政规范性文件", 5), 2);
  EXPECT_EQ(EditDistance(U"abc", U"abc", 0), 0);
  EXPECT_EQ(EditDistance(U"abcdef", U"a", 2), 3);  // limit + 1
}

}  // namespace
}  // namespace gongkai::text
