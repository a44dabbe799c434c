#include <gtest/gtest.h>

#include <set>

#include "core/appeal.hpp"
#include "core/applicant.hpp"
#include "core/clock.hpp"
#include "core/organisation.hpp"
#include "core/outcome.hpp"
#include "core/publication.hpp"

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

// Every value the workspace shows has a Chinese label, and no two values of one list share it.
template <typename Values>
void ExpectDistinctLabels(const Values& values) {
  std::set<std::string_view> labels;
  for (auto value : values) {
    EXPECT_FALSE(ChineseLabel(value).empty()) << ToString(value);
    EXPECT_TRUE(labels.insert(ChineseLabel(value)).second) << ToString(value);
  }
}

TEST(ChineseLabelTest, EveryListHasDistinctLabels) {
  ExpectDistinctLabels(kAllCaseStates);
  ExpectDistinctLabels(kAllPublicationStates);
  ExpectDistinctLabels(kAllPublicationSteps);
  ExpectDistinctLabels(kAllDocumentTypes);
  ExpectDistinctLabels(kAllAppealKinds);
  ExpectDistinctLabels(kAllAppealResults);
  ExpectDistinctLabels(kAllOrgKinds);
  ExpectDistinctLabels(kAllOutcomes);
  EXPECT_EQ(ChineseLabel(AppealResult::kPending), "尚未审结");  // table 四's column label
}

}  // namespace
}  // namespace gongkai::core
