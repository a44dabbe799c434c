#include "base/decimal.hpp"

#include <algorithm>
#include <cstdlib>

namespace gongkai {
namespace {

constexpr std::int64_t Pow10(int exponent) {
  std::int64_t result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Removes thousands separators ("," or the full-width "，") that stand between digits.
std::optional<std::string> StripGroupSeparators(std::string_view text) {
  static constexpr std::string_view kFullWidthComma = "\xEF\xBC\x8C";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = 0;
    if (text[i] == ',') width = 1;
    if (text.substr(i, kFullWidthComma.size()) == kFullWidthComma) width = kFullWidthComma.size();
    if (width == 0) {
      out.push_back(text[i++]);
      continue;
    }
    bool between_digits =
        !out.empty() && IsDigit(out.back()) && i + width < text.size() && IsDigit(text[i + width]);
    if (!between_digits) return std::nullopt;
    i += width;
  }
  return out;
}

}  // namespace

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  std::optional<std::string> plain = StripGroupSeparators(text);
  if (!plain || plain->empty()) return std::nullopt;
  std::string_view rest = *plain;
  bool negative = false;
  if (rest.front() == '-' || rest.front() == '+') {
    negative = rest.front() == '-';
    rest.remove_prefix(1);
  }
  std::int64_t units = 0;
  int integer_digits = 0;
  int scale = 0;
  bool seen_point = false;
  for (char c : rest) {
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (!IsDigit(c)) return std::nullopt;
    if (seen_point ? ++scale > kMaxScale : ++integer_digits > kMaxIntegerDigits) {
      return std::nullopt;
    }
    units = units * 10 + (c - '0');
  }
  if (integer_digits == 0 || (seen_point && scale == 0)) return std::nullopt;
  return Decimal(negative ? -units : units, scale);
}

Decimal Decimal::Normalized() const {
  Decimal result = *this;
  while (result.scale_ > 0 && result.units_ % 10 == 0) {
    result.units_ /= 10;
    --result.scale_;
  }
  return result;
}

std::string Decimal::ToString() const {
  std::string digits = std::to_string(units_ < 0 ? -units_ : units_);
  if (scale_ > 0) {
    if (static_cast<int>(digits.size()) <= scale_) {
      digits.insert(0, static_cast<std::size_t>(scale_) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<std::size_t>(scale_), ".");
  }
  if (units_ >= 0) return digits;
  std::string signed_digits = "-";
  signed_digits.append(digits);
  return signed_digits;
}

bool Decimal::IsInteger() const { return units_ % Pow10(scale_) == 0; }

std::int64_t Decimal::IntegerValue() const { return units_ / Pow10(scale_); }

double Decimal::ToDouble() const {
  return static_cast<double>(units_) / static_cast<double>(Pow10(scale_));
}

Decimal Decimal::WithScale(int scale) const {
  return Decimal(units_ * Pow10(scale - scale_), scale);
}

Decimal operator+(Decimal a, Decimal b) {
  int scale = std::max(a.scale_, b.scale_);
  return Decimal(a.WithScale(scale).units_ + b.WithScale(scale).units_, scale);
}

Decimal operator-(Decimal a, Decimal b) {
  int scale = std::max(a.scale_, b.scale_);
  return Decimal(a.WithScale(scale).units_ - b.WithScale(scale).units_, scale);
}

bool operator==(Decimal a, Decimal b) { return (a <=> b) == std::strong_ordering::equal; }

std::strong_ordering operator<=>(Decimal a, Decimal b) {
  int scale = std::max(a.scale_, b.scale_);
  return a.WithScale(scale).units_ <=> b.WithScale(scale).units_;
}

}  // namespace gongkai
