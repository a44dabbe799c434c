#include "core/appeal.hpp"

#include "base/enum_name.hpp"

namespace gongkai::core {

std::string_view ToString(AppealKind kind) {
  switch (kind) {
    case AppealKind::kReconsideration:
      return "reconsideration";
    case AppealKind::kLitigation:
      return "litigation";
  }
  return "reconsideration";
}

std::optional<AppealKind> AppealKindFromString(std::string_view name) {
  return EnumFromName(kAllAppealKinds, name);
}

std::string_view ToString(AppealResult result) {
  switch (result) {
    case AppealResult::kUpheld:
      return "upheld";
    case AppealResult::kCorrected:
      return "corrected";
    case AppealResult::kOther:
      return "other";
    case AppealResult::kPending:
      return "pending";
  }
  return "pending";
}

std::optional<AppealResult> AppealResultFromString(std::string_view name) {
  return EnumFromName(kAllAppealResults, name);
}

Result<void> ValidateAppeal(const Appeal& appeal) {
  if (appeal.kind == AppealKind::kReconsideration && appeal.after_reconsideration) {
    return Error::InvalidArgument("after_reconsideration：只有行政诉讼才区分是否经过复议");
  }
  if (appeal.decided_on.has_value() != (appeal.result != AppealResult::kPending)) {
    return Error::InvalidArgument(
        "result：已审结的案件须有结果和审结日期，尚未审结的不能有审结日期");
  }
  if (appeal.decided_on && *appeal.decided_on < appeal.filed_on) {
    return Error::InvalidArgument("decided_on：审结日期 " + appeal.decided_on->ToString() +
                                  " 早于立案日期 " + appeal.filed_on.ToString());
  }
  return {};
}

std::string_view ChineseLabel(AppealKind kind) {
  return kind == AppealKind::kReconsideration ? "行政复议" : "行政诉讼";
}

std::string_view ChineseLabel(AppealResult result) {
  switch (result) {
    case AppealResult::kUpheld:
      return "结果维持";
    case AppealResult::kCorrected:
      return "结果纠正";
    case AppealResult::kOther:
      return "其他结果";
    case AppealResult::kPending:
      return "尚未审结";
  }
  return "";
}

}  // namespace gongkai::core
