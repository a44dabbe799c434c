#include "cli/option_values.hpp"

namespace gongkai::cli {

Result<Date> ParseDateOption(const std::string& option, const std::string& text) {
  std::optional<Date> date = Date::Parse(text);
  if (!date) {
    return Error::InvalidArgument(option + "：日期“" + text +
                                  "”无效（应为存在的日期，格式 YYYY-MM-DD）");
  }
  return *date;
}

Result<std::optional<Date>> ParseOptionalDateOption(const std::string& option,
                                                    const std::string& text) {
  if (text.empty()) return std::optional<Date>();
  Result<Date> date = ParseDateOption(option, text);
  if (!date) return date.error();
  return std::optional<Date>(*date);
}

}  // namespace gongkai::cli
