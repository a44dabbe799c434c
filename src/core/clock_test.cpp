// Properties of the statutory clock over many generated cases (a fixed seed, so failures
// reproduce), and the breakdown's citations. Data-file cases: statutory_cases_test.cpp.
#include "core/clock.hpp"

#include <gtest/gtest.h>

#include <random>

#include "core/testing.hpp"

namespace gongkai::core {
namespace {

Date D(std::string_view text) { return *Date::Parse(text); }

CaseEvent Event(CaseEventKind kind, Date date) { return CaseEvent::At(kind, date); }

struct GeneratedCase {
  Date received;
  Date pause_from;
  Date pause_to;
};

std::vector<GeneratedCase> GenerateCases(int count) {
  std::mt19937 random(20241127);
  std::uniform_int_distribution<int> day_of_range(0, 6 * 365);
  std::uniform_int_distribution<int> offset(0, 40);
  std::vector<GeneratedCase> cases;
  Date first = D("2019-01-02");
  for (int i = 0; i < count; ++i) {
    Date received = first.AddDays(day_of_range(random));
    Date from = received.AddDays(offset(random));
    cases.push_back({received, from, from.AddDays(offset(random))});
  }
  return cases;
}

TEST(ClockPropertyTest, DueDateIsAWorkingDayTwentyWorkingDaysAfterReceipt) {
  // 条例 Art. 33 ¶2.
  const WorkCalendar& calendar = testing::NationalCalendar();
  for (const GeneratedCase& c : GenerateCases(2000)) {
    std::vector<CaseEvent> events = {Event(CaseEventKind::kReceived, c.received)};
    Result<ClockResult> clock = ComputeClock(calendar, events);
    ASSERT_TRUE(clock.has_value()) << clock.error().message;
    ASSERT_TRUE(clock->due.has_value());
    EXPECT_TRUE(*calendar.IsWorkingDay(*clock->due)) << c.received.ToString();
    // Counting back from the due date gives the receipt date.
    EXPECT_EQ(*calendar.WorkingDaysBetween(c.received, *clock->due), 20) << c.received.ToString();
  }
}

TEST(ClockPropertyTest, APauseNeverMakesTheDueDateEarlier) {
  // 条例 Art. 33 ¶3: consultation time is not counted.
  const WorkCalendar& calendar = testing::NationalCalendar();
  for (const GeneratedCase& c : GenerateCases(2000)) {
    std::vector<CaseEvent> plain = {Event(CaseEventKind::kReceived, c.received)};
    std::vector<CaseEvent> paused = plain;
    paused.push_back(Event(CaseEventKind::kConsultationStarted, c.pause_from));
    paused.push_back(Event(CaseEventKind::kConsultationEnded, c.pause_to));
    Result<ClockResult> without = ComputeClock(calendar, plain);
    Result<ClockResult> with = ComputeClock(calendar, paused);
    ASSERT_TRUE(without.has_value() && with.has_value());
    EXPECT_GE(*with->due, *without->due)
        << c.received.ToString() << " pause " << c.pause_from.ToString() << ".."
        << c.pause_to.ToString();
    EXPECT_TRUE(*calendar.IsWorkingDay(*with->due));
    EXPECT_EQ(*calendar.WorkingDaysBetween(c.received, *with->due), 20 + with->paused_working_days);
  }
}

TEST(ClockTest, BreakdownCitesTheArticles) {
  std::vector<CaseEvent> events = {Event(CaseEventKind::kReceived, D("2024-09-27"))};
  CaseEvent extension = Event(CaseEventKind::kExtended, D("2024-10-28"));
  extension.days = 10;
  extension.approver = "王主任";
  events.push_back(extension);
  Result<ClockResult> clock =
      ComputeClock(testing::NationalCalendar(), events, {}, D("2024-11-01"));
  ASSERT_TRUE(clock.has_value()) << clock.error().message;
  ASSERT_EQ(clock->segments.size(), 3u);
  EXPECT_EQ(clock->segments[0].kind, SegmentKind::kReceipt);
  EXPECT_EQ(clock->segments[0].basis, "条例第三十一条");
  EXPECT_EQ(clock->segments[1].kind, SegmentKind::kAnswerPeriod);
  EXPECT_EQ(clock->segments[1].basis, "条例第三十三条第二款");
  EXPECT_EQ(clock->segments[1].to, D("2024-10-30"));
  EXPECT_EQ(clock->segments[2].kind, SegmentKind::kExtension);
  EXPECT_NE(clock->segments[2].note.find("王主任"), std::string::npos);
  EXPECT_EQ(clock->due, D("2024-11-13"));
  EXPECT_EQ(clock->working_days_left, 8);
}

TEST(ClockTest, EventsOutOfOrderAreRefusedNamingTheEvent) {
  std::vector<CaseEvent> events = {Event(CaseEventKind::kReceived, D("2024-09-27")),
                                   Event(CaseEventKind::kAnswered, D("2024-09-20"))};
  Result<ClockResult> clock = ComputeClock(testing::NationalCalendar(), events);
  ASSERT_FALSE(clock.has_value());
  EXPECT_EQ(clock.error().code, ErrorCode::kConflict);
  EXPECT_NE(clock.error().message.find("第2个事件（答复，2024-09-20）"), std::string::npos);
  EXPECT_FALSE(ComputeClock(testing::NationalCalendar(), {}).has_value());
}

TEST(CaseEventTest, EveryKindRoundTripsThroughItsName) {
  for (CaseEventKind kind : kAllCaseEventKinds) {
    EXPECT_EQ(CaseEventKindFromString(ToString(kind)), kind);
    EXPECT_FALSE(ChineseLabel(kind).empty());
  }
}

}  // namespace
}  // namespace gongkai::core
