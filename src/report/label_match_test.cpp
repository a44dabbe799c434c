#include "report/label_match.hpp"

#include <gtest/gtest.h>

#include "base/text.hpp"

namespace gongkai::report {
namespace {

TEST(LabelMatcherTest, TypographicVariantsMatchExactly) {
  LabelMatcher matcher(
      {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密"});
  std::optional<LabelMatch> match =
      matcher.Match("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 0u);
  EXPECT_TRUE(match->exact);
  EXPECT_TRUE(matcher.Match("1、属于国家秘密")->exact);
  EXPECT_TRUE(matcher.Match("属于国家秘密")->exact);  // the ordinal left out
}

TEST(LabelMatcherTest, TyposMatchFuzzily) {
  LabelMatcher matcher({"本年制发件数", "本年废止件数", "现行有效件数"});
  std::optional<LabelMatch> match = matcher.Match("本年度止件数");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 1u);
  EXPECT_FALSE(match->exact);

  LabelMatcher rows({"1.属于国家秘密", "2.其他法律行政法规禁止公开"});
  match = rows.Match("2.其他法律行政止公开");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 1u);
  EXPECT_FALSE(match->exact);

  LabelMatcher documents({"规章", "行政规范性文件"});
  match = documents.Match("规范性文件");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->index, 1u);
  EXPECT_FALSE(match->exact);
}

TEST(LabelMatcherTest, ShortOrUnrelatedLabelsDoNotMatch) {
  LabelMatcher matcher({"规章", "行政许可", "行政处罚", "行政强制"});
  EXPECT_FALSE(matcher.Match("规定").has_value());      // two characters: exact only
  EXPECT_FALSE(matcher.Match("行政征收").has_value());  // equally near several: ambiguous
  EXPECT_FALSE(matcher.Match("").has_value());
}

TEST(LabelMatcherTest, StripsOrdinals) {
  EXPECT_EQ(StripOrdinal(text::NormalizeLabel("（七）总计")), U"总计");
  EXPECT_EQ(StripOrdinal(text::NormalizeLabel("四、结转下年度继续办理")), U"结转下年度继续办理");
  EXPECT_EQ(StripOrdinal(text::NormalizeLabel("12.其他")), U"其他");
  EXPECT_EQ(StripOrdinal(text::NormalizeLabel("2024年")), U"2024年");
}

}  // namespace
}  // namespace gongkai::report
