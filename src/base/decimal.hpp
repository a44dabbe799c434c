// Decimal: an exact decimal number as printed in a report cell ("0", "12", "7730.28",
// "-3"). Counts are decimals of scale 0; fees in 万元 may carry a fraction. Never a double, so
// that what was printed is what is compared and written back.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

class Decimal {
 public:
  // Bounds that keep every sum of a report's cells exact in 64 bits: 10^11 * 10^6 per value,
  // and no rule adds more than a few dozen values.
  static constexpr int kMaxIntegerDigits = 11;
  static constexpr int kMaxScale = 6;

  constexpr Decimal() = default;
  static constexpr Decimal FromInteger(std::int64_t value) { return Decimal(value, 0); }

  // Parses "[-+]digits[.digits]" with optional "," or "，" thousands separators between digit
  // groups. Returns nullopt for anything else, or beyond kMaxIntegerDigits / kMaxScale.
  static std::optional<Decimal> Parse(std::string_view text);

  // The decimal with trailing fractional zeros removed ("7730.280" -> "7730.28").
  Decimal Normalized() const;
  std::string ToString() const;

  bool IsInteger() const;
  bool IsNegative() const { return units_ < 0; }
  // The integer value; only meaningful when IsInteger().
  std::int64_t IntegerValue() const;
  double ToDouble() const;
  std::int64_t units() const { return units_; }
  int scale() const { return scale_; }

  // Exact arithmetic (see the bounds above).
  friend Decimal operator+(Decimal a, Decimal b);
  friend Decimal operator-(Decimal a, Decimal b);
  friend bool operator==(Decimal a, Decimal b);
  friend std::strong_ordering operator<=>(Decimal a, Decimal b);

 private:
  constexpr Decimal(std::int64_t units, int scale) : units_(units), scale_(scale) {}
  Decimal WithScale(int scale) const;  // requires scale >= scale_

  std::int64_t units_ = 0;  // value = units_ / 10^scale_
  int scale_ = 0;
};

}  // namespace gongkai
