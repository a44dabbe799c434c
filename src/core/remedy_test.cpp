#include "core/remedy.hpp"

#include <gtest/gtest.h>

namespace gongkai::core {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

// 行政复议法 (2023) Art. 23 ¶1(四): a refusal must go to reconsideration first, from 2024-01-01.
TEST(RemedyTest, RefusalsGoToReconsiderationFirstFrom2024) {
  RemedyNotice refused = RemedyFor(Outcome::kWithheldStateSecret, D("2024-03-01"));
  EXPECT_TRUE(refused.reconsideration_first);
  EXPECT_NE(refused.text.find("第二十三条"), std::string::npos);
  EXPECT_NE(refused.text.find("应当先依法申请行政复议"), std::string::npos);
  EXPECT_FALSE(RemedyFor(Outcome::kWithheldStateSecret, D("2023-12-29")).reconsideration_first);
  // 部分公开 refuses the rest (条例 Art. 37).
  EXPECT_TRUE(RemedyFor(Outcome::kPartiallyDisclosed, D("2025-06-02")).reconsideration_first);
}

// 条例 Art. 51: every other answer may go to reconsideration or straight to court.
TEST(RemedyTest, OtherAnswersOfferBothRemedies) {
  for (Outcome outcome :
       {Outcome::kDisclosed, Outcome::kUnavailableNotHeld, Outcome::kNotProcessedDuplicate}) {
    RemedyNotice notice = RemedyFor(outcome, D("2025-06-02"));
    EXPECT_FALSE(notice.reconsideration_first) << ToString(outcome);
    EXPECT_NE(notice.text.find("六个月内"), std::string::npos);
  }
}

}  // namespace
}  // namespace gongkai::core
