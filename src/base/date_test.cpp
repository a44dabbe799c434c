#include "base/date.hpp"

#include <gtest/gtest.h>

#include "base/money.hpp"

namespace gongkai {
namespace {

TEST(DateTest, ParsesAndPrintsIsoDates) {
  std::optional<Date> date = Date::Parse("2024-09-27");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->ToString(), "2024-09-27");
  EXPECT_EQ(date->year(), 2024);
  EXPECT_EQ(date->month(), 9);
  EXPECT_EQ(date->day(), 27);
  EXPECT_EQ(date->iso_weekday(), 5);  // a Friday
  EXPECT_EQ(date->AddDays(2).iso_weekday(), 7);
  EXPECT_TRUE(date->AddDays(1).IsWeekend());
}

TEST(DateTest, RefusesImpossibleDates) {
  for (std::string_view text : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-01-01",
                                "2024/01/01", "2024-1-1", "", "abcd-ef-gh", "2024-01-01x"}) {
    EXPECT_FALSE(Date::Parse(text).has_value()) << text;
  }
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
}

TEST(DateTest, CountsDaysAcrossYears) {
  Date new_year = *Date::Parse("2025-01-01");
  Date eve = *Date::Parse("2024-12-31");
  EXPECT_EQ(new_year.DaysSince(eve), 1);
  EXPECT_EQ(eve.AddDays(366).ToString(), "2026-01-01");
  EXPECT_LT(eve, new_year);
}

TEST(MoneyTest, PrintsYuan) {
  EXPECT_EQ(Money::FromYuan(83460).YuanText(), "83460");
  EXPECT_EQ(Money::FromFen(1250).YuanText(), "12.50");
  EXPECT_EQ((Money::FromYuan(100) * 3 + Money::FromFen(5)).YuanText(), "300.05");
}

}  // namespace
}  // namespace gongkai
