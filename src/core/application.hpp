// A disclosure application (政府信息公开申请): who applied, what for, and its history of dated
// events. Everything else about it (state, due date, outcome) is derived from the history by the
// clock (clock.hpp) into a CaseRow, which the store keeps beside the events.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/money.hpp"
#include "base/result.hpp"
#include "core/applicant.hpp"
#include "core/case_event.hpp"
#include "core/clock.hpp"
#include "core/organisation.hpp"
#include "core/outcome.hpp"

namespace gongkai::core {

using ApplicationId = std::int64_t;

// The applicant: a natural person or a legal person / other organisation of one of the five
// kinds of table 三. Personal data: never shown in public pages, logs or reports.
struct Applicant {
  ApplicantType type = ApplicantType::kNaturalPerson;
  std::string name;
  std::string id_number;  // 身份证明 (条例 Art. 29 ¶2 (一))
  std::string contact;
  std::string address;
};

struct NewApplication {
  OrgId org = 0;
  Applicant applicant;
  Channel channel = Channel::kInPerson;
  Date received;                        // 条例 Art. 31, by channel
  std::string request;                  // the information asked for (Art. 29 ¶2 (二))
  std::string delivery_form;            // form of delivery asked for (Art. 29 ¶2 (三))
  std::string query_code;               // for public tracking; the store generates one when empty
  std::optional<std::int64_t> handler;  // the officer (core::UserId) handling it, if assigned
};

// The derived case row: what reports and lists need without replaying the history.
struct CaseRow {
  ApplicationId id = 0;
  OrgId org = 0;
  ApplicantType applicant_type = ApplicantType::kNaturalPerson;
  Date received_on;
  CaseState state = CaseState::kOpen;
  std::optional<Date> due_on;  // none while awaiting correction, or beyond the calendar
  std::optional<Date> closed_on;
  std::optional<Outcome> outcome;  // the table 三 row, once closed
  Money fees_paid;
  std::optional<Date> fee_paid_on;
};

// The outcome a closing event counts under: the answer's own, or 其他处理 1–3 for a case closed
// without correction (条例 Art. 30), without payment (109号), or withdrawn (其他, [U]).
std::optional<Outcome> OutcomeOf(const CaseEvent& closing);

// The events that may follow `events` on `on` (the clock would accept them), in the order of
// kAllCaseEventKinds, receipt excluded: what the workspace offers as the next actions.
std::vector<CaseEventKind> AllowedNextEvents(const WorkCalendar& calendar,
                                             std::span<const CaseEvent> events, Date on,
                                             const ClockSettings& settings = {});

// Validates the history with the clock and derives the row. Fails as ComputeClock does for an
// impossible history; a history that reaches beyond the calendar is still valid, with no due date.
Result<CaseRow> DeriveCaseRow(ApplicationId id, OrgId org, ApplicantType applicant_type,
                              std::span<const CaseEvent> events, const WorkCalendar& calendar,
                              const ClockSettings& settings = {});

}  // namespace gongkai::core
