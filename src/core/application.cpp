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
