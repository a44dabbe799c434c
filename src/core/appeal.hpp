// Administrative reconsideration (行政复议) and litigation (行政诉讼) about disclosure, for table
// 四.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.hpp"
#include "base/result.hpp"
#include "core/organisation.hpp"

namespace gongkai::core {

using AppealId = std::int64_t;

enum class AppealKind { kReconsideration, kLitigation };
inline constexpr std::array kAllAppealKinds = {AppealKind::kReconsideration,
                                               AppealKind::kLitigation};
std::string_view ToString(AppealKind kind);      // "reconsideration", "litigation"
std::string_view ChineseLabel(AppealKind kind);  // "行政复议", "行政诉讼"
std::optional<AppealKind> AppealKindFromString(std::string_view name);

enum class AppealResult {
  kUpheld,     // 结果维持
  kCorrected,  // 结果纠正
  kOther,      // 其他结果
  kPending,    // 尚未审结
};
inline constexpr std::array kAllAppealResults = {AppealResult::kUpheld, AppealResult::kCorrected,
                                                 AppealResult::kOther, AppealResult::kPending};
std::string_view ToString(AppealResult result);  // "upheld", "corrected", "other", "pending"
std::string_view ChineseLabel(
    AppealResult result);  // table 四's 结果维持, 结果纠正, 其他结果, 尚未审结
std::optional<AppealResult> AppealResultFromString(std::string_view name);

struct Appeal {
  AppealId id = 0;
  OrgId org = 0;
  std::optional<std::int64_t> application;  // the application it is about, when known
  AppealKind kind = AppealKind::kReconsideration;
  bool after_reconsideration = false;  // a lawsuit brought after reconsideration (复议后起诉)
  Date filed_on;
  std::optional<Date> decided_on;
  AppealResult result = AppealResult::kPending;
  std::string case_number;  // 案号
};

// Fails with kInvalidArgument naming the field: a decision before filing, a result without a
// decision date or the reverse, after_reconsideration on a reconsideration.
Result<void> ValidateAppeal(const Appeal& appeal);

}  // namespace gongkai::core
