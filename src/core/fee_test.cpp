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
  EXPECT_NE(TariffText(doubled).find("31—100页（含100页）的每页20元"), std::string::npos);
}

// 109号 Arts. 4–5 as the fee notice states the standard (the notice must name it).
TEST(FeeTest, TheStandardIsStatedFromTheTariff) {
  EXPECT_EQ(
      TariffText(),
      "按件计收的，申请人一个自然月内累计申请10件以下（含10件）的不收费，11—30件（含30件）的"
      "每件100元，31件以上的每件200元，此后以10件为一档，每增加一档每件提高100元；"
      "按量计收的，同一申请获取信息30页以下（含30页）的不收费，31—100页（含100页）的每页10元，"
      "101—200页（含200页）的每页20元，201页以上的每页40元。");
  // Only the standard applied, when the notice knows it.
  EXPECT_EQ(
      TariffText({}, FeeBasis::kPerPage),
      "按量计收的，同一申请获取信息30页以下（含30页）的不收费，31—100页（含100页）的每页10元，"
      "101—200页（含200页）的每页20元，201页以上的每页40元。");
  EXPECT_EQ(TariffText({}, FeeBasis::kPerPiece).find("按量"), std::string::npos);
  // The text follows the figures that compute the fees: 41st piece 300 元.
  EXPECT_EQ(PieceFee(41)->YuanText(), "300");
}

// 109号 Art. 3: one standard per application; the notice says which and how many.
TEST(FeeTest, AFeeByItsBasisAndUnits) {
  EXPECT_EQ(FeeFor(FeeBasis::kPerPage, 150)->YuanText(), "1700");
  EXPECT_EQ(FeeFor(FeeBasis::kPerPiece, 12)->YuanText(), "100");
  EXPECT_FALSE(FeeFor(FeeBasis::kPerPiece, 0).has_value());
  // 条例 Art. 42: nothing to charge is not a fee notice.
  EXPECT_EQ(ChargedFee(FeeBasis::kPerPage, 150)->YuanText(), "1700");
  Result<Money> free = ChargedFee(FeeBasis::kPerPage, 30);
  ASSERT_FALSE(free.has_value());
  EXPECT_EQ(free.error().message, "按量计收，获取信息共30页，按标准不收费");
  EXPECT_EQ(FeeComputationText(FeeBasis::kPerPage, 150), "按量计收，获取信息共150页");
  EXPECT_EQ(FeeComputationText(FeeBasis::kPerPiece, 12),
            "按件计收，为申请人本自然月内的第12件申请");
  for (FeeBasis basis : kAllFeeBases) EXPECT_EQ(FeeBasisFromString(ToString(basis)), basis);
  EXPECT_FALSE(FeeBasisFromString("per_word").has_value());
}

}  // namespace
}  // namespace gongkai::core
