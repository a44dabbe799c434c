#include "base/decimal.hpp"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(DecimalTest, ParsesWhatReportsPrint) {
  struct Case {
    std::string_view text;
    std::string_view canonical;
  };
  const Case kCases[] = {
      {"0", "0"},
      {"12", "12"},
      {"7730.28", "7730.28"},
      {"-3", "-3"},
      {"+4", "4"},
      {"24252.311082", "24252.311082"},
      {"3,985,758", "3985758"},
      {"1，234", "1234"},
      {"0.50", "0.50"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    std::optional<Decimal> parsed = Decimal::Parse(c.text);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->ToString(), c.canonical);
  }
}

TEST(DecimalTest, RejectsWhatIsNotANumber) {
  for (std::string_view text : {"", "-", "1.", ".5", "1.2.3", "abc", "1,", ",1", "1,,2", "１２",
                                "123456789012", "1.1234567"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(Decimal::Parse(text).has_value());
  }
}

TEST(DecimalTest, ComparesAcrossScales) {
  EXPECT_EQ(*Decimal::Parse("0.50"), *Decimal::Parse("0.5"));
  EXPECT_LT(*Decimal::Parse("0.49"), *Decimal::Parse("0.5"));
  EXPECT_EQ(*Decimal::Parse("1.25") + *Decimal::Parse("2"), *Decimal::Parse("3.25"));
  EXPECT_EQ(*Decimal::Parse("1") - *Decimal::Parse("3"), Decimal::FromInteger(-2));
}

TEST(DecimalTest, KnowsIntegers) {
  EXPECT_TRUE(Decimal::Parse("12")->IsInteger());
  EXPECT_TRUE(Decimal::Parse("12.00")->IsInteger());
  EXPECT_EQ(Decimal::Parse("12.00")->IntegerValue(), 12);
  EXPECT_FALSE(Decimal::Parse("12.5")->IsInteger());
  EXPECT_EQ(Decimal::Parse("7730.280")->Normalized().ToString(), "7730.28");
  EXPECT_EQ(Decimal::Parse("0.05")->ToString(), "0.05");
  EXPECT_EQ(Decimal::Parse("-0.05")->ToString(), "-0.05");
}

}  // namespace
}  // namespace gongkai
