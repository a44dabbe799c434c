// `gongkai workdays add DATE N` and `gongkai workdays between A B`.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/calendar_loading.hpp"
#include "cli/clock_commands.hpp"
#include "cli/option_values.hpp"

namespace gongkai::cli {
namespace {

struct WorkdaysOptions {
  std::string date;
  int count = 0;
  std::string from;
  std::string to;
  bool json = false;
  CalendarOptions calendar;
};

ExitCode RunAdd(const WorkdaysOptions& o) {
  Result<core::WorkCalendar> calendar = LoadCalendar(o.calendar);
  if (!calendar) return Fail(calendar.error());
  Result<Date> start = ParseDateOption("DATE", o.date);
  if (!start) return Fail(start.error());
  if (o.count < 0) return Fail(Error::InvalidArgument("N：工作日数不能为负数"));
  Result<Date> result = calendar->AddWorkingDays(*start, o.count);
  if (!result) return Fail(result.error());
  if (o.json) {
    std::cout << nlohmann::ordered_json{{"from", start->ToString()},
                                        {"working_days", o.count},
                                        {"date", result->ToString()}}
                     .dump()
              << "\n";
  } else {
    std::cout << result->ToString() << "\n";
  }
  return ExitCode::kOk;
}

ExitCode RunBetween(const WorkdaysOptions& o) {
  Result<core::WorkCalendar> calendar = LoadCalendar(o.calendar);
  if (!calendar) return Fail(calendar.error());
  Result<Date> from = ParseDateOption("A", o.from);
  if (!from) return Fail(from.error());
  Result<Date> to = ParseDateOption("B", o.to);
  if (!to) return Fail(to.error());
  Result<int> count = calendar->WorkingDaysBetween(*from, *to);
  if (!count) return Fail(count.error());
  if (o.json) {
    std::cout << nlohmann::ordered_json{{"from", from->ToString()},
                                        {"to", to->ToString()},
                                        {"working_days", *count}}
                     .dump()
              << "\n";
  } else {
    std::cout << *count << "\n";
  }
  return ExitCode::kOk;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddWorkdaysCommand(CLI::App& app) {
  auto o = std::make_shared<WorkdaysOptions>();
  CLI::App* group = app.add_subcommand("workdays", "按工作日历计算工作日");
  group->require_subcommand(1);
  CLI::App* add = group->add_subcommand("add", "DATE 之后第 N 个工作日（DATE 当日不计入）");
  add->add_option("DATE", o->date, "起算日期 YYYY-MM-DD")->required();
  add->add_option("N", o->count, "工作日数")->required();
  add->add_flag("--json", o->json, "输出 JSON");
  AddCalendarOptions(*add, o->calendar);
  CLI::App* between = group->add_subcommand("between", "A 之后至 B（含）之间的工作日数");
  between->add_option("A", o->from, "开始日期（不计入）")->required();
  between->add_option("B", o->to, "结束日期（计入）")->required();
  between->add_flag("--json", o->json, "输出 JSON");
  AddCalendarOptions(*between, o->calendar);
  return [o, add, between]() -> std::optional<ExitCode> {
    if (add->parsed()) return RunAdd(*o);
    if (between->parsed()) return RunBetween(*o);
    return std::nullopt;
  };
}

}  // namespace gongkai::cli
