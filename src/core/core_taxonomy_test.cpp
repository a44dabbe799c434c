#include <gtest/gtest.h>

#include "core/applicant.hpp"
#include "core/outcome.hpp"

namespace gongkai::core {
namespace {

TEST(OutcomeTest, EveryOutcomeRoundTripsThroughItsName) {
  for (Outcome outcome : kAllOutcomes) {
    EXPECT_EQ(OutcomeFromString(ToString(outcome)), outcome) << ToString(outcome);
  }
  EXPECT_FALSE(OutcomeFromString("other_handling").has_value());
}

TEST(OutcomeTest, TwentyOneOutcomeRowsInSixGroups) {
  // 国办公开办函〔2021〕30号 table 三: 1 + 1 + 8 + 3 + 5 + 3 outcome rows.
  int per_group[6] = {};
  for (Outcome outcome : kAllOutcomes) ++per_group[static_cast<int>(GroupOf(outcome))];
  EXPECT_EQ(kAllOutcomes.size(), 21u);
  EXPECT_EQ(per_group[0], 1);
  EXPECT_EQ(per_group[1], 1);
  EXPECT_EQ(per_group[2], 8);
  EXPECT_EQ(per_group[3], 3);
  EXPECT_EQ(per_group[4], 5);
  EXPECT_EQ(per_group[5], 3);
}

TEST(OutcomeTest, WithholdingCitesTheArticleOfTheGround) {
  EXPECT_EQ(LegalBasis(Outcome::kWithheldStateSecret), "条例第十四条");      // 条例 Art. 14
  EXPECT_EQ(LegalBasis(Outcome::kPartiallyDisclosed), "条例第三十七条");     // 条例 Art. 37
  EXPECT_EQ(LegalBasis(Outcome::kNotProcessedExcessive), "条例第三十五条");  // 条例 Art. 35
}

TEST(ApplicantTypeTest, EveryTypeRoundTripsThroughItsName) {
  for (ApplicantType type : kAllApplicantTypes) {
    EXPECT_EQ(ApplicantTypeFromString(ToString(type)), type) << ToString(type);
    EXPECT_FALSE(ChineseLabel(type).empty());
  }
}

}  // namespace
}  // namespace gongkai::core
