// Money: an integer count of fen (分). Never a double; 元 and 万元 only at the edges.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace gongkai {

class Money {
 public:
  static constexpr std::int64_t kFenPerYuan = 100;

  constexpr Money() = default;
  static constexpr Money FromFen(std::int64_t fen) { return Money(fen); }
  static constexpr Money FromYuan(std::int64_t yuan) { return Money(yuan * kFenPerYuan); }

  constexpr std::int64_t fen() const { return fen_; }
  // "83460" for whole yuan, "12.50" otherwise.
  std::string YuanText() const;

  friend constexpr Money operator+(Money a, Money b) { return Money(a.fen_ + b.fen_); }
  friend constexpr Money operator*(Money a, std::int64_t times) { return Money(a.fen_ * times); }
  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  constexpr explicit Money(std::int64_t fen) : fen_(fen) {}
  std::int64_t fen_ = 0;
};

}  // namespace gongkai
