#include "base/money.hpp"

#include <cstdio>
#include <cstdlib>

namespace gongkai {

std::string Money::YuanText() const {
  std::int64_t whole = fen_ / kFenPerYuan;
  std::int64_t cents = std::llabs(fen_ % kFenPerYuan);
  if (cents == 0) return std::to_string(whole);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s%lld.%02lld", fen_ < 0 && whole == 0 ? "-" : "",
                static_cast<long long>(whole), static_cast<long long>(cents));
  return buffer;
}

}  // namespace gongkai
