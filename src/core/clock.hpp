// The statutory clock of a disclosure application: from its dated events, the answer due date,
// the working days left (or overdue) as of a given day, and a breakdown that explains the date
// segment by segment, each citing its source. Pure: the calendar and "today" are parameters.
//
// Rules (law-and-format.md §1.5–§1.14, §2.4):
// - 条例 Art. 33 ¶2: answer within 20 working days of receipt; one extension of at most 20 working
//   days, approved by the head of the disclosure office.
// - Art. 30: a one-time correction notice within 7 working days of receipt; the period starts
//   again on receipt of the corrected application.
// - Art. 33 ¶3 with Arts. 32, 34: time spent consulting a third party or another organ is not
//   counted; the consulted party has 15 working days.
// - 国办函〔2020〕109号: the applicant pays within 20 working days from the day after receiving the
//   fee notice; whether the answer clock pauses meanwhile is unverified, hence a setting.
// - Art. 35: an officer-set reasonable date replaces the computed one.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/result.hpp"
#include "core/case_event.hpp"
#include "core/work_calendar.hpp"

namespace gongkai::core {

// When a consultation pause ends (law-and-format.md §6.4, unverified).
enum class ConsultationPauseEnd {
  kReplyOrWindowEnd,  // at the reply or at the end of the 15-day window, whichever is first
  kReply,             // at the reply, however late
};

// Whether the day of receipt counts as day 1 (law-and-format.md §4.1, unverified).
enum class ReceiptDayRule { kNotCounted, kCounted };

// Every number is a statutory default; the unverified points of law are settings.
struct ClockSettings {
  int answer_working_days = 20;            // 条例 Art. 33 ¶2
  int correction_notice_working_days = 7;  // 条例 Art. 30
  int consultation_working_days = 15;      // 条例 Arts. 32, 34
  int max_extension_working_days = 20;     // 条例 Art. 33 ¶2
  int fee_payment_working_days = 20;       // 国办函〔2020〕109号
  ConsultationPauseEnd consultation_pause_end = ConsultationPauseEnd::kReplyOrWindowEnd;
  bool fee_notice_pauses_clock = true;  // [U] law-and-format.md §2.4: default pauses
  ReceiptDayRule receipt_day = ReceiptDayRule::kNotCounted;  // [U] §4.1: day 1 = next working day
};

enum class CaseState {
  kOpen,                // the answer period runs
  kAwaitingCorrection,  // correction requested, not yet received: the period will start again
  kAwaitingPayment,     // fee notice out, not paid
  kClosed,              // answered, withdrawn or closed without answer
};
std::string_view ToString(CaseState state);      // "open", "awaiting_correction", …
std::string_view ChineseLabel(CaseState state);  // "办理中", "待补正", "待缴费", "已办结"
inline constexpr std::array kAllCaseStates = {CaseState::kOpen, CaseState::kAwaitingCorrection,
                                              CaseState::kAwaitingPayment, CaseState::kClosed};

enum class SegmentKind {
  kReceipt,             // 收到申请
  kCorrectionNotice,    // from receipt to the correction notice
  kAwaitingCorrection,  // from the notice to the corrected application
  kRestart,             // the period starts again
  kAnswerPeriod,        // the 20 working days
  kConsultationPause,   // not counted
  kFeePayment,          // the payment window
  kFeePause,            // not counted (setting)
  kExtension,           // + up to 20 working days
  kDelayedAnswer,       // Art. 35 date
  kClosed,              // answered, withdrawn, closed
};
std::string_view ToString(SegmentKind kind);  // "receipt", "answer_period", …

struct ClockSegment {
  SegmentKind kind = SegmentKind::kReceipt;
  Date from;
  Date to;
  int working_days = 0;    // working days this segment counts, adds or pauses
  std::string_view basis;  // the source, e.g. "条例第三十三条第二款"
  std::string note;        // in Chinese, for officers and applicants
};

struct ClockResult {
  CaseState state = CaseState::kOpen;
  std::optional<Date> due;   // none while awaiting correction
  bool provisional = false;  // depends on a running pause: a reply or payment may move it
  int working_days = 0;      // the period allowed: 20, plus an extension
  int paused_working_days = 0;
  std::vector<ClockSegment> segments;
  std::optional<Date> correction_notice_due;  // Art. 30: last day for the correction notice
  std::optional<Date> payment_due;            // 109号: last day to pay
  std::optional<Date> closed_on;
  // With `today`: working days from today to the due date, negative when overdue. For a closed
  // case, `overdue` says whether it was closed after the due date.
  std::optional<int> working_days_left;
  bool overdue = false;
};

// Events in the order they happened (dates non-decreasing). Fails with kConflict naming the event
// ("第3个事件（延长答复期限，2024-10-10）：…") for an impossible sequence: no receipt first, a
// second extension or correction notice, a correction received before it was requested, an event
// after closing; with kInvalidArgument for an impossible value (an extension of 25 days, no
// approver); with kFailedPrecondition when a date lies outside the calendar, naming the year.
[[nodiscard]] Result<ClockResult> ComputeClock(const WorkCalendar& calendar,
                                               std::span<const CaseEvent> events,
                                               const ClockSettings& settings = {},
                                               std::optional<Date> today = std::nullopt);

}  // namespace gongkai::core
