#include <algorithm>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/calendar_loading.hpp"
#include "cli/clock_commands.hpp"
#include "cli/option_values.hpp"
#include "core/clock.hpp"
#include "server/clock_json.hpp"

namespace gongkai::cli {
namespace {

using nlohmann::ordered_json;

struct DeadlineOptions {
  std::string received;
  std::string correction_requested;
  std::string correction_until;
  std::string correction_received;
  std::vector<std::string> consultations;
  int extended = 0;
  std::string approved_by;
  std::string extended_on;
  std::string fee_notice_received;
  std::string fee_paid;
  std::string delayed_on;
  std::string delayed_to;
  std::string delay_reason;
  std::string answered;
  std::string today;
  bool json = false;
  bool receipt_day_counted = false;
  bool consultation_until_reply = false;
  bool fee_does_not_pause = false;
  CalendarOptions calendar;
};

core::CaseEvent Event(core::CaseEventKind kind, Date date) {
  return core::CaseEvent::At(kind, date);
}

// Appends the event of an optional date option.
Result<void> AddIfGiven(std::vector<core::CaseEvent>& events, core::CaseEventKind kind,
                        const std::string& option, const std::string& text) {
  Result<std::optional<Date>> date = ParseOptionalDateOption(option, text);
  if (!date) return date.error();
  if (*date) events.push_back(Event(kind, **date));
  return {};
}

Result<void> AddConsultations(std::vector<core::CaseEvent>& events,
                              const std::vector<std::string>& consultations) {
  for (const std::string& range : consultations) {
    std::size_t colon = range.find(':');
    if (colon == std::string::npos) {
      return Error::InvalidArgument(
          "--consultation：应为“开始日期:结束日期”（尚未回复时结束日期留空），实际为“" + range +
          "”");
    }
    Result<Date> from = ParseDateOption("--consultation", range.substr(0, colon));
    if (!from) return from.error();
    events.push_back(Event(core::CaseEventKind::kConsultationStarted, *from));
    if (Result<void> end = AddIfGiven(events, core::CaseEventKind::kConsultationEnded,
                                      "--consultation", range.substr(colon + 1));
        !end) {
      return end;
    }
  }
  return {};
}

// The events the options describe, in date order. An extension without --extended-on is taken
// as decided on the last day of the original period.
Result<std::vector<core::CaseEvent>> BuildEvents(const DeadlineOptions& o) {
  using core::CaseEventKind;
  GONGKAI_ASSIGN_OR_RETURN(Date received, ParseDateOption("--received", o.received));
  std::vector<core::CaseEvent> events = {Event(CaseEventKind::kReceived, received)};
  const std::pair<CaseEventKind, std::pair<const char*, const std::string*>> kDated[] = {
      {CaseEventKind::kCorrectionRequested, {"--correction-requested", &o.correction_requested}},
      {CaseEventKind::kCorrectionReceived, {"--correction-received", &o.correction_received}},
      {CaseEventKind::kFeeNotified, {"--fee-notice-received", &o.fee_notice_received}},
      {CaseEventKind::kFeePaid, {"--fee-paid", &o.fee_paid}},
      {CaseEventKind::kAnswered, {"--answered", &o.answered}},
  };
  for (const auto& [kind, option] : kDated) {
    if (Result<void> added = AddIfGiven(events, kind, option.first, *option.second); !added) {
      return added.error();
    }
  }
  GONGKAI_ASSIGN_OR_RETURN(std::optional<Date> until,
                           ParseOptionalDateOption("--correction-until", o.correction_until));
  for (core::CaseEvent& event : events) {
    if (event.kind == CaseEventKind::kCorrectionRequested) event.until = until;
    // The clock needs only the date of the answer; its outcome matters to the annual report.
    if (event.kind == CaseEventKind::kAnswered) event.outcome = core::Outcome::kDisclosed;
  }
  if (Result<void> added = AddConsultations(events, o.consultations); !added) return added.error();
  if (!o.delayed_to.empty()) {
    GONGKAI_ASSIGN_OR_RETURN(Date to, ParseDateOption("--delayed-to", o.delayed_to));
    GONGKAI_ASSIGN_OR_RETURN(std::optional<Date> on,
                             ParseOptionalDateOption("--delayed-on", o.delayed_on));
    core::CaseEvent delayed = Event(CaseEventKind::kDelayed, on.value_or(received));
    delayed.until = to;
    delayed.reason = o.delay_reason;
    events.push_back(delayed);
  }
  std::stable_sort(
      events.begin(), events.end(),
      [](const core::CaseEvent& a, const core::CaseEvent& b) { return a.date < b.date; });
  return events;
}

Result<void> AddExtension(const DeadlineOptions& o, const core::WorkCalendar& calendar,
                          const core::ClockSettings& settings,
                          std::vector<core::CaseEvent>& events) {
  if (o.extended == 0 && o.approved_by.empty() && o.extended_on.empty()) return {};
  core::CaseEvent extension = Event(core::CaseEventKind::kExtended, Date());
  extension.days = o.extended;
  extension.approver = o.approved_by;
  if (!o.extended_on.empty()) {
    GONGKAI_ASSIGN_OR_RETURN(extension.date, ParseDateOption("--extended-on", o.extended_on));
  } else {
    GONGKAI_ASSIGN_OR_RETURN(core::ClockResult original,
                             core::ComputeClock(calendar, events, settings));
    if (!original.due) {
      return Error{ErrorCode::kConflict, "等待补正期间答复期限尚未起算，不能延长", {}};
    }
    extension.date = *original.due;
  }
  auto position = std::upper_bound(
      events.begin(), events.end(), extension,
      [](const core::CaseEvent& a, const core::CaseEvent& b) { return a.date < b.date; });
  events.insert(position, extension);
  return {};
}

ordered_json DateOrNull(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return date->ToString();
}

ordered_json ClockJson(const core::ClockResult& clock, Date received) {
  ordered_json out = ordered_json::object();
  out["received"] = received.ToString();
  out["due"] = DateOrNull(clock.due);
  out["state"] = std::string(core::ToString(clock.state));
  out["provisional"] = clock.provisional;
  out["working_days"] = clock.working_days;
  out["paused_working_days"] = clock.paused_working_days;
  out["correction_notice_due"] = DateOrNull(clock.correction_notice_due);
  out["payment_due"] = DateOrNull(clock.payment_due);
  out["closed_on"] = DateOrNull(clock.closed_on);
  if (clock.working_days_left) out["days_left"] = *clock.working_days_left;
  out["overdue"] = clock.overdue;
  out["segments"] = server::ClockSegmentsJson(clock.segments);
  return out;
}

std::string_view WeekdayName(Date date) {
  static constexpr std::string_view kNames[] = {"星期一", "星期二", "星期三", "星期四",
                                                "星期五", "星期六", "星期日"};
  return kNames[date.iso_weekday() - 1];
}

std::string ClockHuman(const core::ClockResult& clock, std::optional<Date> today) {
  std::string out;
  if (clock.due) {
    out +=
        "答复期限：" + clock.due->ToString() + "（" + std::string(WeekdayName(*clock.due)) + "）";
    if (clock.provisional) out += "，暂定（尚有未结束的暂停）";
    out += "\n";
  } else {
    out += "答复期限：尚未起算（等待申请人补正）\n";
  }
  out += "计算依据：\n";
  for (const core::ClockSegment& segment : clock.segments) {
    out += "  " + segment.from.ToString();
    if (segment.to != segment.from) out += " 至 " + segment.to.ToString();
    if (segment.working_days != 0) out += "，" + std::to_string(segment.working_days) + " 个工作日";
    if (!segment.basis.empty()) out += "【" + std::string(segment.basis) + "】";
    out += "：" + segment.note + "\n";
  }
  if (clock.closed_on) {
    out += std::string(clock.overdue ? "已办结，超过答复期限" : "已办结，未超过答复期限") + "\n";
  } else if (today && clock.working_days_left) {
    int left = *clock.working_days_left;
    out += "截至 " + today->ToString() + "：" +
           (left >= 0 ? "剩余 " + std::to_string(left) + " 个工作日"
                      : "已超期 " + std::to_string(-left) + " 个工作日") +
           "\n";
  }
  return out;
}

ExitCode RunDeadline(const DeadlineOptions& o) {
  Result<core::WorkCalendar> calendar = LoadCalendar(o.calendar);
  if (!calendar) return Fail(calendar.error());
  core::ClockSettings settings;
  if (o.receipt_day_counted) settings.receipt_day = core::ReceiptDayRule::kCounted;
  if (o.consultation_until_reply) {
    settings.consultation_pause_end = core::ConsultationPauseEnd::kReply;
  }
  if (o.fee_does_not_pause) settings.fee_notice_pauses_clock = false;
  Result<std::vector<core::CaseEvent>> events = BuildEvents(o);
  if (!events) return Fail(events.error());
  if (Result<void> added = AddExtension(o, *calendar, settings, *events); !added) {
    return Fail(added.error());
  }
  Result<std::optional<Date>> today = ParseOptionalDateOption("--today", o.today);
  if (!today) return Fail(today.error());
  Result<core::ClockResult> clock = core::ComputeClock(*calendar, *events, settings, *today);
  if (!clock) return Fail(clock.error());
  if (o.json) {
    std::cout << ClockJson(*clock, events->front().date).dump(1) << "\n";
  } else {
    std::cout << ClockHuman(*clock, *today);
  }
  return ExitCode::kOk;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddDeadlineCommand(CLI::App& app) {
  auto o = std::make_shared<DeadlineOptions>();
  CLI::App* command = app.add_subcommand(
      "deadline", "依申请公开的答复期限及其计算依据（条例第三十条至第三十五条）");
  command->add_option("--received", o->received, "收到申请之日（条例第三十一条）")->required();
  command->add_option("--correction-requested", o->correction_requested, "告知补正之日");
  command->add_option("--correction-until", o->correction_until, "补正期限");
  command->add_option("--correction-received", o->correction_received, "收到补正之日");
  command->add_option("--consultation", o->consultations,
                      "征求意见期间 开始:结束（尚未回复时结束留空），可多次指定");
  command->add_option("--extended", o->extended, "延长的工作日数（最长 20）");
  command->add_option("--approved-by", o->approved_by, "批准延长的负责人");
  command->add_option("--extended-on", o->extended_on, "决定延长之日（默认：原期限最后一日）");
  command->add_option("--fee-notice-received", o->fee_notice_received, "申请人收到收费通知之日");
  command->add_option("--fee-paid", o->fee_paid, "申请人缴费之日");
  command->add_option("--delayed-to", o->delayed_to, "延迟答复的期限（条例第三十五条）");
  command->add_option("--delayed-on", o->delayed_on, "决定延迟答复之日");
  command->add_option("--delay-reason", o->delay_reason, "延迟答复的理由");
  command->add_option("--answered", o->answered, "答复之日");
  command->add_option("--today", o->today, "计算剩余工作日的日期");
  command->add_flag("--receipt-day-counted", o->receipt_day_counted,
                    "收到之日计入期限（默认不计入，依据未核实）");
  command->add_flag("--consultation-until-reply", o->consultation_until_reply,
                    "征求意见的暂停持续到回复（默认：回复或 15 个工作日届满，以先到者为准）");
  command->add_flag("--fee-does-not-pause", o->fee_does_not_pause,
                    "收费通知期间不暂停答复期限（默认暂停，依据未核实）");
  command->add_flag("--json", o->json, "输出 JSON");
  AddCalendarOptions(*command, o->calendar);
  return [o, command]() -> std::optional<ExitCode> {
    if (!command->parsed()) return std::nullopt;
    return RunDeadline(*o);
  };
}

}  // namespace gongkai::cli
