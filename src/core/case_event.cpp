#include "core/case_event.hpp"

#include "base/enum_name.hpp"

namespace gongkai::core {

std::string_view ToString(CaseEventKind kind) {
  switch (kind) {
    case CaseEventKind::kReceived:
      return "received";
    case CaseEventKind::kCorrectionRequested:
      return "correction_requested";
    case CaseEventKind::kCorrectionReceived:
      return "correction_received";
    case CaseEventKind::kConsultationStarted:
      return "consultation_started";
    case CaseEventKind::kConsultationEnded:
      return "consultation_ended";
    case CaseEventKind::kExtended:
      return "extended";
    case CaseEventKind::kFeeNotified:
      return "fee_notified";
    case CaseEventKind::kFeePaid:
      return "fee_paid";
    case CaseEventKind::kDelayed:
      return "delayed";
    case CaseEventKind::kAnswered:
      return "answered";
    case CaseEventKind::kDelivered:
      return "delivered";
    case CaseEventKind::kWithdrawn:
      return "withdrawn";
    case CaseEventKind::kClosedNoCorrection:
      return "closed_no_correction";
    case CaseEventKind::kClosedFeeUnpaid:
      return "closed_fee_unpaid";
  }
  return "received";
}

std::optional<CaseEventKind> CaseEventKindFromString(std::string_view name) {
  return EnumFromName(kAllCaseEventKinds, name);
}

std::string_view ChineseLabel(CaseEventKind kind) {
  switch (kind) {
    case CaseEventKind::kReceived:
      return "收到申请";
    case CaseEventKind::kCorrectionRequested:
      return "告知补正";
    case CaseEventKind::kCorrectionReceived:
      return "收到补正";
    case CaseEventKind::kConsultationStarted:
      return "征求意见";
    case CaseEventKind::kConsultationEnded:
      return "收到意见";
    case CaseEventKind::kExtended:
      return "延长答复期限";
    case CaseEventKind::kFeeNotified:
      return "收费通知送达";
    case CaseEventKind::kFeePaid:
      return "缴纳费用";
    case CaseEventKind::kDelayed:
      return "延迟答复";
    case CaseEventKind::kAnswered:
      return "答复";
    case CaseEventKind::kDelivered:
      return "送达";
    case CaseEventKind::kWithdrawn:
      return "撤回申请";
    case CaseEventKind::kClosedNoCorrection:
      return "逾期不补正，不再处理";
    case CaseEventKind::kClosedFeeUnpaid:
      return "逾期未缴费，不再处理";
  }
  return "";
}

bool IsClosing(CaseEventKind kind) {
  switch (kind) {
    case CaseEventKind::kAnswered:
    case CaseEventKind::kWithdrawn:
    case CaseEventKind::kClosedNoCorrection:
    case CaseEventKind::kClosedFeeUnpaid:
      return true;
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
      return false;
  }
  return false;
}

std::string_view ToString(Channel channel) {
  switch (channel) {
    case Channel::kInPerson:
      return "in_person";
    case Channel::kPost:
      return "post";
    case Channel::kOnline:
      return "online";
    case Channel::kFax:
      return "fax";
  }
  return "in_person";
}

std::optional<Channel> ChannelFromString(std::string_view name) {
  return EnumFromName(kAllChannels, name);
}

std::string_view ChineseLabel(Channel channel) {
  switch (channel) {
    case Channel::kInPerson:
      return "当面提交";
    case Channel::kPost:
      return "邮寄";
    case Channel::kOnline:
      return "互联网";
    case Channel::kFax:
      return "传真";
  }
  return "";
}

}  // namespace gongkai::core
