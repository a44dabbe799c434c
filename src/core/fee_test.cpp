// 国办函〔2020〕109号 Arts. 3–5; the tariff tables themselves are checked from
// tests/data/fees/109-tariff.txt.
#include "core/fee.hpp"

#include <gtest/gtest.h>

namespace gongkai::core {
namespace {

TEST(FeeTest, PageFeeIsProgressiveAndNeverDecreases) {
  Money previous;
  for (int pages = 0; pages <= 1000; ++pages) {
    Money fee = *PageFee(pages);
    EXPECT_GE(fee, previous) << pages;
    previous = fee;
  }
  EXPECT_EQ(PageFee(2219)->YuanText(), "83460");  // 70×10 + 100×20 + 2019×40
}

TEST(FeeTest, MonthTotalIsTheSumOfPieceFees) {
  Money sum;
  for (int n = 1; n <= 75; ++n) {
    sum = sum + *PieceFee(n);
    EXPECT_EQ(*PiecesMonthTotal(n), sum) << n;
  }
}

TEST(FeeTest, RefusesImpossibleCounts) {
  EXPECT_EQ(PieceFee(0).error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(PageFee(-3).has_value());
  EXPECT_FALSE(PiecesMonthTotal(-1).has_value());
  EXPECT_FALSE(PageFee(2'000'000).has_value());
}

TEST(FeeTest, TariffIsData) {
  FeeTariff doubled;
  for (FeeBand& band : doubled.page_bands) band.price = band.price * 2;
  EXPECT_EQ(PageFee(31, doubled)->YuanText(), "20");
}

}  // namespace
}  // namespace gongkai::core
