// The Article 20 figures of table 二 that are entered per year rather than derived from records:
// decisions on 行政许可 (第二十条第（五）项), 行政处罚 and 行政强制 (第（六）项), and the
// 行政事业性收费 collected (第（八）项).
#pragma once

#include <cstdint>

#include "base/money.hpp"
#include "core/organisation.hpp"

namespace gongkai::core {

struct YearlyStatistics {
  OrgId org = 0;
  int year = 0;
  std::int64_t licensing_decisions = 0;
  std::int64_t penalty_decisions = 0;
  std::int64_t coercive_decisions = 0;
  Money administrative_fees;  // reported in 万元
};

}  // namespace gongkai::core
