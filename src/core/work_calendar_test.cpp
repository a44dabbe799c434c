#include "core/work_calendar.hpp"

#include <gtest/gtest.h>

#include "core/testing.hpp"

namespace gongkai::core {
namespace {

Date D(std::string_view text) { return *Date::Parse(text); }

TEST(WorkCalendarTest, CoversTheYearsOfTheNationalNotices) {
  const WorkCalendar& calendar = testing::NationalCalendar();
  EXPECT_EQ(calendar.first_year(), 2019);  // the 2018-12-29..31 entries belong to 2019's notice
  EXPECT_EQ(calendar.last_year(), 2026);
  EXPECT_TRUE(calendar.Covers(D("2026-12-31")));
  EXPECT_FALSE(calendar.Covers(D("2027-01-01")));
}

TEST(WorkCalendarTest, RefusesUncoveredYearsNamingThem) {
  const WorkCalendar& calendar = testing::NationalCalendar();
  Result<Date> due = calendar.AddWorkingDays(D("2026-12-20"), 20);
  ASSERT_FALSE(due.has_value());
  EXPECT_EQ(due.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(due.error().message.find("2027"), std::string::npos);
}

TEST(WorkCalendarTest, NamesHolidaysAndMakeUpDays) {
  const CalendarEntry* entry = testing::NationalCalendar().EntryFor(D("2024-10-12"));
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->kind, DayKind::kWorkday);
  EXPECT_EQ(entry->name, "国庆节");
  EXPECT_EQ(testing::NationalCalendar().EntryFor(D("2024-10-15")), nullptr);
}

TEST(WorkCalendarTest, ParseErrorsNameFileAndLine) {
  Result<CalendarLayer> bad_date =
      ParseCalendarCsv("date,kind,name\n2024-02-30,holiday,x\n", "a.csv");
  ASSERT_FALSE(bad_date.has_value());
  EXPECT_NE(bad_date.error().message.find("a.csv:2"), std::string::npos);
  Result<CalendarLayer> bad_kind = ParseCalendarCsv("2024-10-01,rest,国庆\n", "b.csv");
  ASSERT_FALSE(bad_kind.has_value());
  EXPECT_NE(bad_kind.error().message.find("b.csv:1"), std::string::npos);
  // A make-up working day must be a weekend day.
  Result<CalendarLayer> weekday = ParseCalendarCsv("2024-10-08,workday,x\n", "c.csv");
  ASSERT_FALSE(weekday.has_value());
}

TEST(WorkCalendarTest, DeclaredYearsAndGaps) {
  Result<CalendarLayer> declared = ParseCalendarCsv("# covers: 2030-2031\n", "toy.csv");
  ASSERT_TRUE(declared.has_value());
  Result<WorkCalendar> plain = WorkCalendar::Build({*declared});
  ASSERT_TRUE(plain.has_value()) << plain.error().message;
  EXPECT_EQ(plain->WorkingDaysInYear(2030).value_or(0), 261);  // no holidays: weekdays only
  EXPECT_FALSE(WorkCalendar::Build({}).has_value());

  std::string gap;
  for (int day = 1; day <= 11; ++day) {
    gap += "2030-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + ",holiday,x\n";
    gap += "2032-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + ",holiday,x\n";
  }
  Result<WorkCalendar> gapped = WorkCalendar::Build({*ParseCalendarCsv(gap, "gap.csv")});
  ASSERT_FALSE(gapped.has_value());
  EXPECT_NE(gapped.error().message.find("2031"), std::string::npos);
}

TEST(WorkCalendarTest, AddAndCountAreInverse) {
  const WorkCalendar& calendar = testing::NationalCalendar();
  for (Date day = D("2019-01-01"); day < D("2026-06-30"); day = day.AddDays(7)) {
    for (int n : {0, 1, 7, 20, 40}) {
      Date due = *calendar.AddWorkingDays(day, n);
      EXPECT_EQ(*calendar.WorkingDaysBetween(day, due), n) << day.ToString() << " + " << n;
      if (n > 0) {
        EXPECT_TRUE(*calendar.IsWorkingDay(due)) << due.ToString();
      }
    }
  }
}

}  // namespace
}  // namespace gongkai::core

namespace gongkai::core {
namespace {

CalendarLayer YearOf(int year, int holidays) {
  CalendarLayer layer;
  layer.source = "entered";
  Date day = *Date::Parse(std::to_string(year) + "-10-01");
  for (int i = 0; i < holidays; ++i)
    layer.entries.push_back({day.AddDays(i), DayKind::kHoliday, "国庆节"});
  return layer;
}

TEST(WorkCalendarEnteredYears, ExtendTheCoveredYears) {
  Result<CalendarLayer> national = testing::NationalLayer();
  ASSERT_TRUE(national);
  Result<CalendarLayer> merged = WithEnteredYears(*national, {{2027, YearOf(2027, 11)}});
  ASSERT_TRUE(merged) << merged.error().message;
  Result<WorkCalendar> calendar = WorkCalendar::Build({*merged});
  ASSERT_TRUE(calendar) << calendar.error().message;
  EXPECT_EQ(calendar->last_year(), 2027);
  EXPECT_FALSE(*calendar->IsWorkingDay(*Date::Parse("2027-10-08")));  // the 8th entered day
  EXPECT_TRUE(*calendar->IsWorkingDay(*Date::Parse("2027-10-12")));
}

TEST(WorkCalendarEnteredYears, RefusesIncompleteOrStrayYears) {
  Result<CalendarLayer> national = testing::NationalLayer();
  ASSERT_TRUE(national);
  Result<CalendarLayer> few = WithEnteredYears(*national, {{2027, YearOf(2027, 3)}});
  ASSERT_FALSE(few);
  EXPECT_NE(few.error().message.find("2027"), std::string::npos);
  EXPECT_FALSE(WithEnteredYears(*national, {{2027, YearOf(2028, 11)}}));
  Result<CalendarLayer> gap = WithEnteredYears(*national, {{2029, YearOf(2029, 11)}});
  if (gap) {
    EXPECT_FALSE(WorkCalendar::Build({*gap}));  // undeclared coverage: Build refuses the gap
  }
}

}  // namespace
}  // namespace gongkai::core
