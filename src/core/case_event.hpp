// The dated events of a disclosure application (依申请公开) that move its statutory clock. A case
// is its history: every state and due date is derived from these events (clock.hpp).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.hpp"
#include "base/money.hpp"
#include "core/fee.hpp"
#include "core/outcome.hpp"

namespace gongkai::core {

enum class CaseEventKind {
  kReceived,             // 收到申请; the date per channel (条例 Art. 31) is the caller's
  kCorrectionRequested,  // 告知补正 (Art. 30); `until`: the correction period set by the organ
  kCorrectionReceived,   // 收到补正 (Art. 30): the answer period starts again
  kConsultationStarted,  // 征求第三方或其他机关意见 (Arts. 32, 34); `party`: whom
  kConsultationEnded,    // the consulted party's reply
  kExtended,             // 延长答复期限 (Art. 33 ¶2): `days`, `approver`
  kFeeNotified,          // the applicant received the fee notice (国办函〔2020〕109号)
  kFeePaid,              // the applicant paid
  kDelayed,              // 延迟答复 (Art. 35): `until` replaces the due date, `reason`
  kAnswered,             // 答复 with its outcome (closes the case)
  kDelivered,            // 送达 of the answer (only after kAnswered)
  kWithdrawn,            // 撤回申请 (closes the case)
  kClosedNoCorrection,   // 逾期不补正、不再处理 (Art. 30; closes; 其他处理 1)
  kClosedFeeUnpaid,      // 逾期未缴费、不再处理 (109号; closes; 其他处理 2)
};

inline constexpr std::array kAllCaseEventKinds = {
    CaseEventKind::kReceived,
    CaseEventKind::kCorrectionRequested,
    CaseEventKind::kCorrectionReceived,
    CaseEventKind::kConsultationStarted,
    CaseEventKind::kConsultationEnded,
    CaseEventKind::kExtended,
    CaseEventKind::kFeeNotified,
    CaseEventKind::kFeePaid,
    CaseEventKind::kDelayed,
    CaseEventKind::kAnswered,
    CaseEventKind::kDelivered,
    CaseEventKind::kWithdrawn,
    CaseEventKind::kClosedNoCorrection,
    CaseEventKind::kClosedFeeUnpaid,
};
// Every enumerator is listed (they run from 0 to the last, kClosedFeeUnpaid).
static_assert(kAllCaseEventKinds.size() ==
              static_cast<std::size_t>(CaseEventKind::kClosedFeeUnpaid) + 1);

std::string_view ToString(CaseEventKind kind);  // "received", "correction_requested", …
std::optional<CaseEventKind> CaseEventKindFromString(std::string_view name);
std::string_view ChineseLabel(CaseEventKind kind);  // "收到申请", …
bool IsClosing(CaseEventKind kind);

// How an application arrived (条例 Art. 31 fixes the receipt date per channel).
enum class Channel {
  kInPerson,  // 当面提交 (also an oral application written down by the office, Art. 29)
  kPost,      // 邮寄
  kOnline,    // 互联网渠道
  kFax,       // 传真
};
inline constexpr std::array kAllChannels = {Channel::kInPerson, Channel::kPost, Channel::kOnline,
                                            Channel::kFax};
std::string_view ToString(Channel channel);  // "in_person", "post", "online", "fax"
std::optional<Channel> ChannelFromString(std::string_view name);
std::string_view ChineseLabel(Channel channel);

struct CaseEvent {
  CaseEventKind kind = CaseEventKind::kReceived;
  Date date;
  int days = 0;               // kExtended: working days added
  std::string approver;       // kExtended: the head of the disclosure office who approved
  std::optional<Date> until;  // kCorrectionRequested: correction period end; kDelayed: new date
  std::string reason;         // kDelayed
  std::string party;          // kConsultationStarted
  std::optional<Outcome> outcome;        // kAnswered: the table 三 row it counts in
  Money fee;                             // kFeeNotified: the amount charged
  std::optional<FeeBasis> fee_basis;     // kFeeNotified: the standard applied, when recorded
  int fee_units = 0;                     // kFeeNotified with a basis: nth piece, or pages
  Channel channel = Channel::kInPerson;  // kReceived

  static CaseEvent At(CaseEventKind kind, Date date) {
    CaseEvent event;
    event.kind = kind;
    event.date = date;
    return event;
  }
};

}  // namespace gongkai::core
