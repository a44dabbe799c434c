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

}  // namespace

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
