#include "core/work_calendar.hpp"

#include <algorithm>
#include <map>

#include "base/text.hpp"

namespace gongkai::core {
namespace {

Error AtLine(std::string_view source, int line, const std::string& what) {
  return Error::InvalidArgument(std::string(source) + ":" + std::to_string(line) + "：" + what);
}

std::optional<std::pair<int, int>> ParseCovers(std::string_view comment) {
  static constexpr std::string_view kDirective = "covers:";
  std::size_t at = comment.find(kDirective);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view range = text::Trim(comment.substr(at + kDirective.size()));
  std::size_t dash = range.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  std::optional<Date> first = Date::Parse(std::string(range.substr(0, dash)) + "-01-01");
  std::optional<Date> last =
      Date::Parse(std::string(text::Trim(range.substr(dash + 1))) + "-01-01");
  if (!first || !last || first->year() > last->year()) return std::nullopt;
  return std::pair{first->year(), last->year()};
}

Date FirstOfYear(int year) { return *Date::FromCivil(year, 1, 1); }

}  // namespace

Result<CalendarLayer> ParseCalendarCsv(std::string_view csv, std::string_view source) {
  CalendarLayer layer{std::string(source), {}, std::nullopt};
  int line_number = 0;
  for (std::string_view raw : text::SplitLines(csv)) {
    ++line_number;
    std::string_view line = text::Trim(raw);
    if (line.empty()) continue;
    if (line.front() == '#') {
      if (auto covers = ParseCovers(line)) layer.declared_years = covers;
      continue;
    }
    if (line == "date,kind,name") continue;
    std::vector<std::string_view> fields = text::Split(line, ',');
    if (fields.size() < 2 || fields.size() > 3) {
      return AtLine(source, line_number,
                    "应为“日期,类型,名称”三列，实际为“" + std::string(line) + "”");
    }
    std::optional<Date> date = Date::Parse(text::Trim(fields[0]));
    if (!date) {
      return AtLine(source, line_number,
                    "日期“" + std::string(fields[0]) + "”无效（应为存在的日期，格式 YYYY-MM-DD）");
    }
    std::string_view kind = text::Trim(fields[1]);
    if (kind != "holiday" && kind != "workday") {
      return AtLine(
          source, line_number,
          "类型应为 holiday（放假）或 workday（调休上班），实际为“" + std::string(kind) + "”");
    }
    DayKind day_kind = kind == "holiday" ? DayKind::kHoliday : DayKind::kWorkday;
    if (day_kind == DayKind::kWorkday && !date->IsWeekend()) {
      return AtLine(source, line_number, date->ToString() + " 不是周末，不能列为调休上班日");
    }
    std::string name = fields.size() == 3 ? std::string(text::Trim(fields[2])) : std::string();
    layer.entries.push_back({*date, day_kind, std::move(name)});
  }
  return layer;
}

Result<CalendarLayer> WithEnteredYears(CalendarLayer national,
                                       const std::vector<std::pair<int, CalendarLayer>>& years) {
  for (const auto& [year, layer] : years) {
    std::string where = std::to_string(year) + " 年工作日历：";
    int holidays = 0;
    for (const CalendarEntry& entry : layer.entries) {
      if (entry.date.year() != year) {
        return Error::InvalidArgument(where + entry.date.ToString() + " 不在该年内");
      }
      holidays += entry.kind == DayKind::kHoliday ? 1 : 0;
    }
    if (holidays < WorkCalendar::kMinHolidaysPerCoveredYear) {
      return Error::InvalidArgument(
          where + "只列了 " + std::to_string(holidays) + " 个放假日，完整的放假安排至少有 " +
          std::to_string(WorkCalendar::kMinHolidaysPerCoveredYear) + " 个");
    }
    std::erase_if(national.entries,
                  [year = year](const CalendarEntry& entry) { return entry.date.year() == year; });
    national.entries.insert(national.entries.end(), layer.entries.begin(), layer.entries.end());
    if (national.declared_years) {
      auto& [first, last] = *national.declared_years;
      if (year == last + 1) last = year;
      if (year == first - 1) first = year;
      if (year < first || year > last) {
        return Error::InvalidArgument(where + "与已有的 " + std::to_string(first) + "–" +
                                      std::to_string(last) + " 年不连续");
      }
    }
  }
  return national;
}

Result<WorkCalendar> WorkCalendar::Build(const std::vector<CalendarLayer>& layers) {
  if (layers.empty()) return Error::InvalidArgument("工作日历为空：没有载入任何节假日数据");
  const CalendarLayer& base = layers.front();
  std::optional<std::pair<int, int>> years = base.declared_years;
  if (!years) {
    std::map<int, int> holidays_per_year;
    for (const CalendarEntry& entry : base.entries) {
      if (entry.kind == DayKind::kHoliday) ++holidays_per_year[entry.date.year()];
    }
    std::vector<int> covered;
    for (auto [year, count] : holidays_per_year) {
      if (count >= kMinHolidaysPerCoveredYear) covered.push_back(year);
    }
    if (covered.empty()) {
      return Error::InvalidArgument(base.source + "：没有任何一年的完整放假安排");
    }
    for (std::size_t i = 1; i < covered.size(); ++i) {
      if (covered[i] != covered[i - 1] + 1) {
        return Error::InvalidArgument(base.source + "：缺少 " + std::to_string(covered[i - 1] + 1) +
                                      " 年的放假安排（各年须连续）");
      }
    }
    years = std::pair{covered.front(), covered.back()};
  }

  std::map<std::int32_t, CalendarEntry> effective;
  for (const CalendarLayer& layer : layers) {
    for (const CalendarEntry& entry : layer.entries) {
      effective[entry.date.days_since_epoch()] = entry;
    }
  }

  WorkCalendar calendar;
  calendar.first_year_ = years->first;
  calendar.last_year_ = years->second;
  calendar.first_day_ = FirstOfYear(years->first);
  Date end = FirstOfYear(years->second + 1);
  auto day_count = static_cast<std::size_t>(end.DaysSince(calendar.first_day_));
  calendar.working_before_.resize(day_count + 1);
  for (std::size_t i = 0; i < day_count; ++i) {
    Date day = calendar.first_day_.AddDays(static_cast<std::int32_t>(i));
    auto listed = effective.find(day.days_since_epoch());
    bool working =
        listed == effective.end() ? !day.IsWeekend() : listed->second.kind == DayKind::kWorkday;
    calendar.working_before_[i + 1] = calendar.working_before_[i] + (working ? 1 : 0);
    if (working) calendar.working_days_.push_back(static_cast<std::int32_t>(i));
  }
  for (auto& [day, entry] : effective) calendar.entries_.push_back(std::move(entry));
  return calendar;
}

bool WorkCalendar::Covers(Date date) const {
  return date.year() >= first_year_ && date.year() <= last_year_;
}

Error WorkCalendar::OutsideCoverage(int year) const {
  return Error{ErrorCode::kFailedPrecondition,
               "工作日历未包含 " + std::to_string(year) + " 年（已载入 " +
                   std::to_string(first_year_) + "–" + std::to_string(last_year_) +
                   " 年）：该年的国务院放假安排尚未载入，无法计算工作日",
               {}};
}

Result<std::size_t> WorkCalendar::IndexOf(Date date) const {
  std::int32_t offset = date.DaysSince(first_day_);
  if (offset < 0 || static_cast<std::size_t>(offset) + 1 >= working_before_.size()) {
    return OutsideCoverage(date.year());
  }
  return static_cast<std::size_t>(offset);
}

Result<bool> WorkCalendar::IsWorkingDay(Date date) const {
  Result<std::size_t> index = IndexOf(date);
  if (!index) return index.error();
  return working_before_[*index + 1] != working_before_[*index];
}

Result<Date> WorkCalendar::AddWorkingDays(Date start, int n) const {
  Result<std::size_t> index = IndexOf(start);
  if (!index) return index.error();
  if (n <= 0) return start;
  // Working days in [first_day_, start], plus n, is the ordinal of the day sought.
  std::size_t ordinal =
      static_cast<std::size_t>(working_before_[*index + 1]) + static_cast<std::size_t>(n);
  if (ordinal > working_days_.size()) return OutsideCoverage(last_year_ + 1);
  return first_day_.AddDays(working_days_[ordinal - 1]);
}

Result<int> WorkCalendar::WorkingDaysBetween(Date from, Date to) const {
  Result<std::size_t> from_index = IndexOf(from);
  if (!from_index) return from_index.error();
  Result<std::size_t> to_index = IndexOf(to);
  if (!to_index) return to_index.error();
  return working_before_[*to_index + 1] - working_before_[*from_index + 1];
}

Result<int> WorkCalendar::WorkingDaysInYear(int year) const {
  if (year < first_year_ || year > last_year_) return OutsideCoverage(year);
  Date first = FirstOfYear(year);
  Result<int> after_first = WorkingDaysBetween(first, FirstOfYear(year + 1).AddDays(-1));
  if (!after_first) return after_first.error();
  return *after_first + (*IsWorkingDay(first) ? 1 : 0);
}

const CalendarEntry* WorkCalendar::EntryFor(Date date) const {
  auto found =
      std::lower_bound(entries_.begin(), entries_.end(), date,
                       [](const CalendarEntry& entry, Date value) { return entry.date < value; });
  return found != entries_.end() && found->date == date ? &*found : nullptr;
}

}  // namespace gongkai::core
