// The remedy notice an answer letter (告知书) must carry: how the applicant may challenge the
// answer (条例 Art. 51: 行政复议 or 行政诉讼).
#pragma once

#include <string>

#include "base/date.hpp"
#include "core/outcome.hpp"

namespace gongkai::core {

// The day the revised 行政复议法 came into force (its Art. 90).
inline constexpr int kReconsiderationFirstFromYear = 2024;

struct RemedyNotice {
  // 行政复议法 (2023) Art. 23 ¶1(四): when information is refused (申请政府信息公开，行政机关不予
  // 公开), the applicant must apply for reconsideration before suing; ¶2: the organ must say so.
  // Set for 不予公开 and 部分公开 answers given from 2024.
  bool reconsideration_first = false;
  std::string text;  // the paragraph for the letter, in Chinese
};

// The notice for an answer with `outcome` given on `answered_on`. Time limits: 行政复议法 Art. 20
// (60 days from knowing of the act), 行政诉讼法 Art. 46 (6 months).
RemedyNotice RemedyFor(Outcome outcome, Date answered_on);

}  // namespace gongkai::core
