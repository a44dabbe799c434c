#include "core/fee.hpp"

#include <string>

namespace gongkai::core {
namespace {

// A count bound that keeps every total far inside 64 bits.
constexpr int kMaxUnits = 1'000'000;

Error OutOfRange(const char* what, int value) {
  return Error::InvalidArgument(std::string(what) + "应为 0–" + std::to_string(kMaxUnits) +
                                " 之间的整数，实际为 " + std::to_string(value));
}

// The price of unit `n` under `bands` (sorted by `first`), continuing past the last band in
// steps when `band_size` > 0.
Money PriceOf(int n, const std::vector<FeeBand>& bands, int band_size, Money step) {
  Money price;
  int last_first = 1;
  for (const FeeBand& band : bands) {
    if (n < band.first) break;
    price = band.price;
    last_first = band.first;
  }
  if (band_size > 0 && !bands.empty() && n >= bands.back().first) {
    price = price + step * ((n - last_first) / band_size);
  }
  return price;
}

// "10件以下（含10件）的不收费，11—30件（含30件）的每件100元，31件以上的…" for `bands`; past
// the last band the price rises by `step` every `band_size` units when band_size > 0.
std::string BandsText(const std::vector<FeeBand>& bands, const char* unit, int band_size,
                      Money step) {
  std::string text;
  auto add = [&text](const auto&... parts) { (text.append(parts), ...); };
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const std::string first = std::to_string(bands[i].first);
    if (!text.empty()) add("，");
    if (i + 1 < bands.size()) {
      const std::string last = std::to_string(bands[i + 1].first - 1);
      if (bands[i].first <= 1) {
        add(last, unit, "以下");
      } else {
        add(first, "—", last, unit);
      }
      add("（含", last, unit, "）的");
    } else {
      add(first, unit, "以上的");
    }
    if (bands[i].price.fen() == 0) {
      add("不收费");
    } else {
      add("每", unit, bands[i].price.YuanText(), "元");
    }
  }
  if (band_size > 0 && step.fen() > 0 && !bands.empty()) {
    add("，此后以", std::to_string(band_size), unit, "为一档，每增加一档每", unit, "提高",
        step.YuanText(), "元");
  }
  return text;
}

}  // namespace

std::string_view ToString(FeeBasis basis) {
  return basis == FeeBasis::kPerPiece ? "per_piece" : "per_page";
}

std::optional<FeeBasis> FeeBasisFromString(std::string_view name) {
  for (FeeBasis basis : kAllFeeBases) {
    if (ToString(basis) == name) return basis;
  }
  return std::nullopt;
}

std::string_view ChineseLabel(FeeBasis basis) {
  return basis == FeeBasis::kPerPiece ? "按件计收" : "按量计收";
}

Result<Money> FeeFor(FeeBasis basis, int units, const FeeTariff& tariff) {
  return basis == FeeBasis::kPerPiece ? PieceFee(units, tariff) : PageFee(units, tariff);
}

Result<Money> ChargedFee(FeeBasis basis, int units, const FeeTariff& tariff) {
  GONGKAI_ASSIGN_OR_RETURN(Money fee, FeeFor(basis, units, tariff));
  if (fee.fen() == 0) {
    return Error::InvalidArgument(FeeComputationText(basis, units) + "，按标准不收费");
  }
  return fee;
}

std::string FeeComputationText(FeeBasis basis, int units) {
  return std::string(ChineseLabel(basis)) +
         (basis == FeeBasis::kPerPiece
              ? "，为申请人本自然月内的第" + std::to_string(units) + "件申请"
              : "，获取信息共" + std::to_string(units) + "页");
}

std::string TariffText(const FeeTariff& tariff, std::optional<FeeBasis> applied) {
  const std::string pieces =
      "按件计收的，申请人一个自然月内累计申请" +
      BandsText(tariff.piece_bands, "件", tariff.piece_band_size, tariff.piece_band_step);
  const std::string pages =
      "按量计收的，同一申请获取信息" + BandsText(tariff.page_bands, "页", 0, Money());
  if (!applied) return pieces + "；" + pages + "。";
  return (*applied == FeeBasis::kPerPiece ? pieces : pages) + "。";
}

Result<Money> PieceFee(int nth_in_month, const FeeTariff& tariff) {
  if (nth_in_month < 1 || nth_in_month > kMaxUnits)
    return OutOfRange("当月第几件申请", nth_in_month);
  return PriceOf(nth_in_month, tariff.piece_bands, tariff.piece_band_size, tariff.piece_band_step);
}

Result<Money> PiecesMonthTotal(int count, const FeeTariff& tariff) {
  if (count < 0 || count > kMaxUnits) return OutOfRange("当月申请件数", count);
  Money total;
  for (int n = 1; n <= count; ++n) {
    total = total + PriceOf(n, tariff.piece_bands, tariff.piece_band_size, tariff.piece_band_step);
  }
  return total;
}

Result<Money> PageFee(int pages, const FeeTariff& tariff) {
  if (pages < 0 || pages > kMaxUnits) return OutOfRange("页数", pages);
  Money total;
  const std::vector<FeeBand>& bands = tariff.page_bands;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    int first = bands[i].first;
    int last = i + 1 < bands.size() ? bands[i + 1].first - 1 : pages;
    if (pages < first) break;
    int units = std::min(pages, last) - first + 1;
    total = total + bands[i].price * units;
  }
  return total;
}

}  // namespace gongkai::core
