#include "core/application.hpp"

namespace gongkai::core {

std::optional<Outcome> OutcomeOf(const CaseEvent& closing) {
  switch (closing.kind) {
    case CaseEventKind::kAnswered:
      return closing.outcome;
    case CaseEventKind::kClosedNoCorrection:
      return Outcome::kOtherNoCorrection;
    case CaseEventKind::kClosedFeeUnpaid:
      return Outcome::kOtherFeeUnpaid;
    case CaseEventKind::kWithdrawn:
      return Outcome::kOtherOther;
    case CaseEventKind::kReceived:
    case CaseEventKind::kCorrectionRequested:
    case CaseEventKind::kCorrectionReceived:
    case CaseEventKind::kConsultationStarted:
    case CaseEventKind::kConsultationEnded:
    case CaseEventKind::kExtended:
    case CaseEventKind::kFeeNotified:
    case CaseEventKind::kFeePaid:
    case CaseEventKind::kDelayed:
    case CaseEventKind::kDelivered:
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<CaseEventKind> AllowedNextEvents(const WorkCalendar& calendar,
                                             std::span<const CaseEvent> events, Date on,
                                             const ClockSettings& settings) {
  std::vector<CaseEventKind> allowed;
  std::vector<CaseEvent> probe(events.begin(), events.end());
  probe.emplace_back();
  for (CaseEventKind kind : kAllCaseEventKinds) {
    if (kind == CaseEventKind::kReceived) continue;
    // A typical instance of each kind: the clock judges the sequence, not the values.
    CaseEvent next = CaseEvent::At(kind, on);
    next.days = settings.max_extension_working_days;
    next.approver = "负责人";
    next.until = on.AddDays(15);
    next.reason = "原因";
    next.party = "第三方";
    next.outcome = Outcome::kDisclosed;
    next.fee = Money::FromYuan(100);
    probe.back() = next;
    // Beyond the calendar's years the sequence is still valid (DeriveCaseRow keeps it, without
    // a due date).
    Result<ClockResult> clock = ComputeClock(calendar, probe, settings);
    if (clock || clock.error().code == ErrorCode::kFailedPrecondition) allowed.push_back(kind);
  }
  return allowed;
}

Result<CaseRow> DeriveCaseRow(ApplicationId id, OrgId org, ApplicantType applicant_type,
                              std::span<const CaseEvent> events, const WorkCalendar& calendar,
                              const ClockSettings& settings) {
  CaseRow row;
  row.id = id;
  row.org = org;
  row.applicant_type = applicant_type;
  Result<ClockResult> clock = ComputeClock(calendar, events, settings);
  if (!clock && clock.error().code != ErrorCode::kFailedPrecondition) return clock.error();
  if (clock) {
    row.state = clock->state;
    row.due_on = clock->due;
  }
  if (events.empty()) return row;  // unreachable: ComputeClock refuses an empty history
  row.received_on = events.front().date;
  Money notified;
  for (const CaseEvent& event : events) {
    if (IsClosing(event.kind)) {
      row.state = CaseState::kClosed;
      row.closed_on = event.date;
      row.outcome = OutcomeOf(event);
    }
    if (event.kind == CaseEventKind::kFeeNotified) notified = event.fee;
    if (event.kind == CaseEventKind::kFeePaid) {
      row.fees_paid = notified;
      row.fee_paid_on = event.date;
    }
  }
  return row;
}

}  // namespace gongkai::core
