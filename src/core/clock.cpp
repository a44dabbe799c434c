#include "core/clock.hpp"

#include <algorithm>

namespace gongkai::core {
namespace {

constexpr std::string_view kBasisReceipt = "条例第三十一条";
constexpr std::string_view kBasisAnswer = "条例第三十三条第二款";
constexpr std::string_view kBasisCorrection = "条例第三十条";
constexpr std::string_view kBasisConsultation = "条例第三十三条第三款、第三十二条、第三十四条";
constexpr std::string_view kBasisFee = "国办函〔2020〕109号";
constexpr std::string_view kBasisDelay = "条例第三十五条";

// What a valid history establishes.
struct History {
  Date received;
  std::optional<Date> correction_requested;
  std::optional<Date> correction_until;
  std::optional<Date> correction_received;
  struct Consultation {
    Date from;
    std::optional<Date> to;
    std::string party;
  };
  std::vector<Consultation> consultations;
  std::optional<CaseEvent> extension;
  std::optional<Date> fee_notified;
  std::optional<Date> fee_paid;
  std::optional<CaseEvent> delayed;
  std::optional<CaseEvent> closing;
  bool delivered = false;
};

Error EventError(ErrorCode code, std::size_t index, const CaseEvent& event,
                 const std::string& what) {
  return Error{code,
               "第" + std::to_string(index + 1) + "个事件（" +
                   std::string(ChineseLabel(event.kind)) + "，" + event.date.ToString() + "）：" +
                   what,
               {}};
}

Result<void> CheckValues(std::size_t index, const CaseEvent& event, const ClockSettings& settings) {
  switch (event.kind) {
    case CaseEventKind::kExtended:
      if (event.days < 1 || event.days > settings.max_extension_working_days) {
        return EventError(
            ErrorCode::kInvalidArgument, index, event,
            "延长的期限应为 1–" + std::to_string(settings.max_extension_working_days) +
                " 个工作日（条例第三十三条第二款），实际为 " + std::to_string(event.days));
      }
      if (event.approver.empty()) {
        return EventError(ErrorCode::kInvalidArgument, index, event,
                          "延长答复期限须经政府信息公开工作机构负责人同意，缺少批准人");
      }
      return {};
    case CaseEventKind::kDelayed:
      if (!event.until || *event.until <= event.date) {
        return EventError(ErrorCode::kInvalidArgument, index, event,
                          "延迟答复须确定晚于决定之日的答复日期（条例第三十五条）");
      }
      if (event.reason.empty()) {
        return EventError(ErrorCode::kInvalidArgument, index, event, "延迟答复须说明理由");
      }
      return {};
    case CaseEventKind::kCorrectionRequested:
      if (event.until && *event.until < event.date) {
        return EventError(ErrorCode::kInvalidArgument, index, event, "补正期限早于告知之日");
      }
      return {};
    case CaseEventKind::kReceived:
    case CaseEventKind::kCorrectionReceived:
    case CaseEventKind::kConsultationStarted:
    case CaseEventKind::kConsultationEnded:
    case CaseEventKind::kFeeNotified:
    case CaseEventKind::kFeePaid:
    case CaseEventKind::kAnswered:
    case CaseEventKind::kDelivered:
    case CaseEventKind::kWithdrawn:
    case CaseEventKind::kClosedNoCorrection:
    case CaseEventKind::kClosedFeeUnpaid:
      return {};
  }
  return {};
}

// Applies one event to the history; `what` is empty when it is allowed.
std::string Apply(const CaseEvent& event, History& history) {
  switch (event.kind) {
    case CaseEventKind::kReceived:
      return "同一申请只能收到一次";
    case CaseEventKind::kCorrectionRequested:
      if (history.correction_requested) return "补正只能一次性告知（条例第三十条）";
      history.correction_requested = event.date;
      history.correction_until = event.until;
      return "";
    case CaseEventKind::kCorrectionReceived:
      if (!history.correction_requested) return "尚未告知补正，不能收到补正";
      if (history.correction_received) return "已经收到过补正";
      if (history.extension) return "已延长答复期限后不能再收到补正";
      history.correction_received = event.date;
      return "";
    case CaseEventKind::kConsultationStarted:
      history.consultations.push_back({event.date, std::nullopt, event.party});
      return "";
    case CaseEventKind::kConsultationEnded: {
      auto open = std::find_if(history.consultations.begin(), history.consultations.end(),
                               [](const History::Consultation& c) { return !c.to; });
      if (open == history.consultations.end()) return "没有正在进行的征求意见";
      open->to = event.date;
      return "";
    }
    case CaseEventKind::kExtended:
      if (history.extension) return "答复期限只能延长一次（条例第三十三条第二款）";
      if (history.correction_requested && !history.correction_received) {
        return "等待补正期间答复期限尚未起算，不能延长";
      }
      history.extension = event;
      return "";
    case CaseEventKind::kFeeNotified:
      if (history.fee_notified) return "已经发出过收费通知";
      history.fee_notified = event.date;
      return "";
    case CaseEventKind::kFeePaid:
      if (!history.fee_notified) return "尚未送达收费通知，不能缴费";
      if (history.fee_paid) return "已经缴过费";
      history.fee_paid = event.date;
      return "";
    case CaseEventKind::kDelayed:
      if (history.delayed) return "已经确定过延迟答复的期限";
      history.delayed = event;
      return "";
    case CaseEventKind::kClosedNoCorrection:
      if (!history.correction_requested || history.correction_received) {
        return "只有告知补正而未收到补正的申请才能按逾期不补正处理";
      }
      history.closing = event;
      return "";
    case CaseEventKind::kClosedFeeUnpaid:
      if (!history.fee_notified || history.fee_paid) {
        return "只有送达收费通知而未缴费的申请才能按逾期未缴费处理";
      }
      history.closing = event;
      return "";
    case CaseEventKind::kAnswered:
      if (!event.outcome) return "答复须选择办理结果（对应年度报告表三的一行）";
      history.closing = event;
      return "";
    case CaseEventKind::kWithdrawn:
      history.closing = event;
      return "";
    case CaseEventKind::kDelivered:
      return "";
  }
  return "";
}

Result<History> ReadHistory(std::span<const CaseEvent> events, const ClockSettings& settings) {
  if (events.empty() || events.front().kind != CaseEventKind::kReceived) {
    if (events.empty()) return Error{ErrorCode::kConflict, "没有“收到申请”事件，无法计算期限", {}};
    return EventError(ErrorCode::kConflict, 0, events.front(), "第一个事件必须是“收到申请”");
  }
  History history;
  history.received = events.front().date;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const CaseEvent& event = events[i];
    if (Result<void> valid = CheckValues(i, event, settings); !valid) return valid.error();
    if (i == 0) continue;
    if (event.date < events[i - 1].date) {
      return EventError(
          ErrorCode::kConflict, i, event,
          "早于前一事件（" + events[i - 1].date.ToString() + "），事件须按时间顺序记录");
    }
    if (event.kind == CaseEventKind::kDelivered) {
      if (!history.closing || history.closing->kind != CaseEventKind::kAnswered ||
          history.delivered) {
        return EventError(ErrorCode::kConflict, i, event, "只有已答复、尚未送达的申请才能记录送达");
      }
      history.delivered = true;
      continue;
    }
    if (history.closing) {
      return EventError(ErrorCode::kConflict, i, event,
                        "申请已于 " + history.closing->date.ToString() + " 办结，不能再记录事件");
    }
    std::string refused = Apply(event, history);
    if (!refused.empty()) return EventError(ErrorCode::kConflict, i, event, refused);
  }
  return history;
}

struct Pause {
  SegmentKind kind;
  Date from;
  Date to;
  bool running = false;
  std::string note;
};

struct DueDate {
  Date due;
  int paused = 0;
  std::vector<int> paused_per_pause;  // in the order of the pauses given
};

// The due date when `allowed` working days count from `start` and the pauses (sorted by start)
// stop the count. A pause that begins on or after the due date reached so far does not extend it:
// it cannot cure an answer already late.
Result<DueDate> DueWithPauses(const WorkCalendar& calendar, Date start, int allowed,
                              const std::vector<Pause>& pauses) {
  DueDate result;
  GONGKAI_ASSIGN_OR_RETURN(result.due, calendar.AddWorkingDays(start, allowed));
  Date paused_through = start;  // pauses may overlap: each working day pauses once
  for (const Pause& pause : pauses) {
    int counted = 0;
    Date from = std::max(pause.from, paused_through);
    if (pause.from < result.due && pause.to > from) {
      GONGKAI_ASSIGN_OR_RETURN(counted, calendar.WorkingDaysBetween(from, pause.to));
      paused_through = pause.to;
      result.paused += counted;
      GONGKAI_ASSIGN_OR_RETURN(result.due, calendar.AddWorkingDays(start, allowed + result.paused));
    }
    result.paused_per_pause.push_back(counted);
  }
  return result;
}

// The pauses of the answer clock, sorted by start; `provisional` is set when one still runs.
Result<std::vector<Pause>> CollectPauses(const WorkCalendar& calendar, const History& history,
                                         const ClockSettings& settings, std::optional<Date> today,
                                         bool& provisional, std::optional<Date>& payment_due) {
  std::vector<Pause> pauses;
  for (const History::Consultation& consultation : history.consultations) {
    GONGKAI_ASSIGN_OR_RETURN(
        Date window_end,
        calendar.AddWorkingDays(consultation.from, settings.consultation_working_days));
    bool capped = settings.consultation_pause_end == ConsultationPauseEnd::kReplyOrWindowEnd;
    Date to = consultation.to.value_or(
        capped ? window_end : std::max(consultation.from, today.value_or(consultation.from)));
    if (capped) to = std::min(to, window_end);
    bool running = !consultation.to;
    provisional = provisional || running;
    std::string note =
        "征求" +
        (consultation.party.empty() ? std::string("第三方或其他机关") : consultation.party) +
        "意见所需时间不计入答复期限；被征求方应在 " +
        std::to_string(settings.consultation_working_days) + " 个工作日内（至 " +
        window_end.ToString() + "）提出意见";
    if (running) note += capped ? "；尚未收到意见，暂按期满计算" : "；尚未收到意见，暂计至今日";
    pauses.push_back({SegmentKind::kConsultationPause, consultation.from, to, running, note});
  }
  if (history.fee_notified) {
    GONGKAI_ASSIGN_OR_RETURN(Date due, calendar.AddWorkingDays(*history.fee_notified,
                                                               settings.fee_payment_working_days));
    payment_due = due;
    if (settings.fee_notice_pauses_clock) {
      bool running = !history.fee_paid;
      Date to = history.fee_paid.value_or(
          std::min(due, std::max(*history.fee_notified, today.value_or(*history.fee_notified))));
      provisional = provisional || running;
      std::string note = "收费通知送达至缴费期间不计入答复期限（本系统设置；该规则未经核实）";
      if (running) note += "；尚未缴费，暂计至今日";
      pauses.push_back({SegmentKind::kFeePause, *history.fee_notified, to, running, note});
    }
  }
  std::stable_sort(pauses.begin(), pauses.end(),
                   [](const Pause& a, const Pause& b) { return a.from < b.from; });
  return pauses;
}

void AddCorrectionSegments(const History& history, const ClockResult& result,
                           const WorkCalendar& calendar, std::optional<Date> today,
                           std::vector<ClockSegment>& segments) {
  if (!history.correction_requested) return;
  Date requested = *history.correction_requested;
  int notice_days = calendar.WorkingDaysBetween(history.received, requested).value_or(0);
  std::string note = "应在收到申请之日起 7 个工作日内（至 " +
                     result.correction_notice_due->ToString() + "）一次性告知补正";
  if (requested > *result.correction_notice_due) note += "；本次告知已逾期";
  segments.push_back({SegmentKind::kCorrectionNotice, history.received, requested, notice_days,
                      kBasisCorrection, note});
  Date waited_to = history.correction_received.value_or(
      history.closing ? history.closing->date : std::max(requested, today.value_or(requested)));
  std::string waiting = "等待申请人补正，答复期限自收到补正之日起重新计算";
  if (history.correction_until) waiting += "；补正期限至 " + history.correction_until->ToString();
  if (!history.correction_received && history.correction_until && today &&
      *today > *history.correction_until) {
    waiting += "；已逾期未补正，可按“其他处理（一）”不再处理";
  }
  segments.push_back({SegmentKind::kAwaitingCorrection, requested, waited_to,
                      calendar.WorkingDaysBetween(requested, waited_to).value_or(0),
                      kBasisCorrection, waiting});
  if (history.correction_received) {
    segments.push_back({SegmentKind::kRestart, *history.correction_received,
                        *history.correction_received, 0, kBasisCorrection,
                        "收到补正后的申请，答复期限重新起算"});
  }
}

void AddClosing(const History& history, ClockResult& result) {
  if (!history.closing) return;
  result.state = CaseState::kClosed;
  result.closed_on = history.closing->date;
  result.segments.push_back({SegmentKind::kClosed, history.closing->date, history.closing->date, 0,
                             "", std::string(ChineseLabel(history.closing->kind))});
}

Result<void> AddDaysLeft(const WorkCalendar& calendar, std::optional<Date> today,
                         ClockResult& result) {
  if (!result.due) return {};
  if (result.closed_on) {
    result.overdue = *result.closed_on > *result.due;
    return {};
  }
  if (!today) return {};
  GONGKAI_ASSIGN_OR_RETURN(int left, calendar.WorkingDaysBetween(*today, *result.due));
  result.working_days_left = left;
  result.overdue = *today > *result.due;
  return {};
}

}  // namespace

std::string_view ToString(CaseState state) {
  switch (state) {
    case CaseState::kOpen:
      return "open";
    case CaseState::kAwaitingCorrection:
      return "awaiting_correction";
    case CaseState::kAwaitingPayment:
      return "awaiting_payment";
    case CaseState::kClosed:
      return "closed";
  }
  return "open";
}

std::string_view ToString(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kReceipt:
      return "receipt";
    case SegmentKind::kCorrectionNotice:
      return "correction_notice";
    case SegmentKind::kAwaitingCorrection:
      return "awaiting_correction";
    case SegmentKind::kRestart:
      return "restart";
    case SegmentKind::kAnswerPeriod:
      return "answer_period";
    case SegmentKind::kConsultationPause:
      return "consultation_pause";
    case SegmentKind::kFeePayment:
      return "fee_payment";
    case SegmentKind::kFeePause:
      return "fee_pause";
    case SegmentKind::kExtension:
      return "extension";
    case SegmentKind::kDelayedAnswer:
      return "delayed_answer";
    case SegmentKind::kClosed:
      return "closed";
  }
  return "receipt";
}

Result<ClockResult> ComputeClock(const WorkCalendar& calendar, std::span<const CaseEvent> events,
                                 const ClockSettings& settings, std::optional<Date> today) {
  GONGKAI_ASSIGN_OR_RETURN(History history, ReadHistory(events, settings));
  ClockResult result;
  result.segments.push_back(
      {SegmentKind::kReceipt, history.received, history.received, 0, kBasisReceipt,
       "收到申请之日（当面提交为提交之日，邮寄为签收之日，网络或传真为双方确认之日）"});
  GONGKAI_ASSIGN_OR_RETURN(
      result.correction_notice_due,
      calendar.AddWorkingDays(history.received, settings.correction_notice_working_days));
  AddCorrectionSegments(history, result, calendar, today, result.segments);
  if (history.correction_requested && !history.correction_received) {
    result.state = CaseState::kAwaitingCorrection;
    AddClosing(history, result);
    return result;
  }

  Date start = history.correction_received.value_or(history.received);
  Date count_from = settings.receipt_day == ReceiptDayRule::kCounted ? start.AddDays(-1) : start;
  std::vector<Pause> pauses;
  GONGKAI_ASSIGN_OR_RETURN(pauses, CollectPauses(calendar, history, settings, today,
                                                 result.provisional, result.payment_due));
  GONGKAI_ASSIGN_OR_RETURN(
      DueDate base, DueWithPauses(calendar, count_from, settings.answer_working_days, pauses));
  result.segments.push_back(
      {SegmentKind::kAnswerPeriod, start, base.due, settings.answer_working_days, kBasisAnswer,
       "自收到申请之日起 " + std::to_string(settings.answer_working_days) + " 个工作日内答复" +
           (settings.receipt_day == ReceiptDayRule::kNotCounted ? "（收到之日不计入）"
                                                                : "（收到之日计入）")});
  DueDate final_due = base;
  result.working_days = settings.answer_working_days;
  if (history.extension) {
    const CaseEvent& extension = *history.extension;
    if (extension.date > base.due) {
      return Error{ErrorCode::kConflict,
                   "延长答复期限（" + extension.date.ToString() + "）须在原答复期限（" +
                       base.due.ToString() + "）届满前决定（条例第三十三条第二款）",
                   {}};
    }
    result.working_days += extension.days;
    GONGKAI_ASSIGN_OR_RETURN(final_due,
                             DueWithPauses(calendar, count_from, result.working_days, pauses));
    result.segments.push_back(
        {SegmentKind::kExtension, base.due, final_due.due, extension.days, kBasisAnswer,
         "经 " + extension.approver + " 同意于 " + extension.date.ToString() + " 延长 " +
             std::to_string(extension.days) + " 个工作日（最长 20 个工作日），并告知申请人"});
  }
  for (std::size_t i = 0; i < pauses.size(); ++i) {
    const Pause& pause = pauses[i];
    std::string note = pause.note;
    if (final_due.paused_per_pause[i] == 0 && pause.from >= final_due.due) {
      note += "；开始于答复期限届满之后，不延长期限";
    }
    result.segments.push_back(
        {pause.kind, pause.from, pause.to, final_due.paused_per_pause[i],
         pause.kind == SegmentKind::kFeePause ? kBasisFee : kBasisConsultation, note});
  }
  if (result.payment_due) {
    std::string note = "申请人应在收到收费通知次日起 " +
                       std::to_string(settings.fee_payment_working_days) +
                       " 个工作日内缴费，逾期视为放弃申请";
    if (!history.fee_paid && today && *today > *result.payment_due) {
      note += "；已逾期未缴费，可按“其他处理（二）”不再处理";
    }
    result.segments.push_back({SegmentKind::kFeePayment, *history.fee_notified, *result.payment_due,
                               settings.fee_payment_working_days, kBasisFee, note});
    if (!history.fee_paid) result.state = CaseState::kAwaitingPayment;
  }
  result.paused_working_days = final_due.paused;
  result.due = final_due.due;
  if (history.delayed) {
    result.due = history.delayed->until;
    result.provisional = false;
    result.segments.push_back(
        {SegmentKind::kDelayedAnswer, history.delayed->date, *history.delayed->until, 0,
         kBasisDelay,
         "申请数量、频次明显超过合理范围，确定延迟答复的合理期限：" + history.delayed->reason});
  }
  std::stable_sort(result.segments.begin(), result.segments.end(),
                   [](const ClockSegment& a, const ClockSegment& b) { return a.from < b.from; });
  AddClosing(history, result);
  if (Result<void> left = AddDaysLeft(calendar, today, result); !left) return left.error();
  return result;
}

std::string_view ChineseLabel(CaseState state) {
  switch (state) {
    case CaseState::kOpen:
      return "办理中";
    case CaseState::kAwaitingCorrection:
      return "待补正";
    case CaseState::kAwaitingPayment:
      return "待缴费";
    case CaseState::kClosed:
      return "已办结";
  }
  return "";
}

}  // namespace gongkai::core
