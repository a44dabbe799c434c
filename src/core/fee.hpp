// 信息处理费 (information-processing fee), 国办函〔2020〕109号 Arts. 3–5 (law-and-format.md §2):
// charged only where an applicant's requests clearly exceed a reasonable volume (条例 Art. 42),
// either per piece or per page, progressively (超额累进), never both on one application (Art. 3).
// Money in fen. The tariff bands are data with the 109号 figures as defaults.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "base/money.hpp"
#include "base/result.hpp"

namespace gongkai::core {

// Which of the two standards one application is charged by (109号 Art. 3: one, never both).
enum class FeeBasis { kPerPiece, kPerPage };
inline constexpr std::array kAllFeeBases = {FeeBasis::kPerPiece, FeeBasis::kPerPage};
std::string_view ToString(FeeBasis basis);  // "per_piece", "per_page"
std::optional<FeeBasis> FeeBasisFromString(std::string_view name);
std::string_view ChineseLabel(FeeBasis basis);  // "按件计收", "按量计收"

// A band of a progressive tariff: units from `first` on cost `price` each, up to the next band.
struct FeeBand {
  int first = 1;
  Money price;
};

struct FeeTariff {
  // 109号 Art. 4 按件: per applicant per natural month; 1–10 free, 11–30 100 元 each; from 31 on
  // each further band of `piece_band_size` costs `piece_band_step` more per application.
  std::vector<FeeBand> piece_bands = {
      {1, Money::FromYuan(0)}, {11, Money::FromYuan(100)}, {31, Money::FromYuan(200)}};
  int piece_band_size = 10;
  Money piece_band_step = Money::FromYuan(100);
  // 109号 Art. 5 按量: per application by pages; 1–30 free, 31–100 10 元, 101–200 20 元, from 201
  // 40 元 per page.
  std::vector<FeeBand> page_bands = {{1, Money::FromYuan(0)},
                                     {31, Money::FromYuan(10)},
                                     {101, Money::FromYuan(20)},
                                     {201, Money::FromYuan(40)}};
};

// The fee for the applicant's n-th application in a natural month (n >= 1). Fails with
// kInvalidArgument for n < 1.
Result<Money> PieceFee(int nth_in_month, const FeeTariff& tariff = {});
// The total for `count` applications in one month (count >= 0).
Result<Money> PiecesMonthTotal(int count, const FeeTariff& tariff = {});
// The fee for one application of `pages` pages (pages >= 0), progressive.
Result<Money> PageFee(int pages, const FeeTariff& tariff = {});

// The fee of one application under `basis`: by piece, `units` is its place among the
// applicant's applications this natural month (PieceFee); by page, its pages (PageFee).
Result<Money> FeeFor(FeeBasis basis, int units, const FeeTariff& tariff = {});
// The fee to charge for one application (a fee notice): FeeFor, refused with kInvalidArgument
// when the tariff charges nothing for that count (条例 Art. 42: no fee as a rule).
Result<Money> ChargedFee(FeeBasis basis, int units, const FeeTariff& tariff = {});
// How this application's fee was computed, for the notice: "按量计收，获取信息共150页" or
// "按件计收，为申请人本自然月内的第12件申请".
std::string FeeComputationText(FeeBasis basis, int units);

// The standard as a fee notice states it (109号: a notice names the fee's basis, standard,
// amount and how to pay), written from `tariff`: "按件计收的，申请人一个自然月内累计申请10件以下
// （含10件）的不收费，11—30件（含30件）的每件100元，…；按量计收的，…". With `applied`, only
// that standard (the one this application is charged by, 109号 Art. 3).
std::string TariffText(const FeeTariff& tariff = {},
                       std::optional<FeeBasis> applied = std::nullopt);

}  // namespace gongkai::core
