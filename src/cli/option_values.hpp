// Converting command-line option text into values, with messages that name the option.
#pragma once

#include <optional>
#include <string>

#include "base/date.hpp"
#include "base/result.hpp"

namespace gongkai::cli {

// Fails with kInvalidArgument: "--received：日期“2024-02-30”无效（应为存在的日期，YYYY-MM-DD）".
Result<Date> ParseDateOption(const std::string& option, const std::string& text);
// Empty text gives nullopt.
Result<std::optional<Date>> ParseOptionalDateOption(const std::string& option,
                                                    const std::string& text);

}  // namespace gongkai::cli
