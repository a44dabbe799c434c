#include "core/remedy.hpp"

namespace gongkai::core {

RemedyNotice RemedyFor(Outcome outcome, Date answered_on) {
  RemedyNotice notice;
  // 行政复议法 Art. 23 ¶1(四), in force from 2024-01-01 (Art. 90). 部分公开 refuses the rest
  // (条例 Art. 37), so it counts as a refusal here.
  OutcomeGroup group = GroupOf(outcome);
  bool refused = group == OutcomeGroup::kWithheld || group == OutcomeGroup::kPartiallyDisclosed;
  notice.reconsideration_first = refused && answered_on.year() >= kReconsiderationFirstFromYear;
  if (notice.reconsideration_first) {
    notice.text =
        "如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，"
        "应当先依法申请行政复议：可以自收到本告知书之日起六十日内向本机关的上一级主管部门或者"
        "本级人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。";
  } else {
    notice.text =
        "如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书"
        "之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政复议法》第二十条、"
        "《中华人民共和国行政诉讼法》第四十六条）。";
  }
  return notice;
}

}  // namespace gongkai::core
