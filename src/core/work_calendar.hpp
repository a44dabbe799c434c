// The working-day calendar of the People's Republic (法定节假日 and 调休上班日), loaded from data,
// with provincial overlays. A day is a working day iff it is a listed make-up working day, or it is
// Monday–Friday and not a listed holiday (国务院关于职工工作时间的规定 Art. 7; the yearly
// 国务院办公厅 holiday notices; law-and-format.md §4).
//
// The calendar refuses any computation that reaches into a year it does not cover: the notice for
// a year is published only a few weeks before it begins. Counting is O(1) (prefix counts).
// Immutable after Build; safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/result.hpp"

namespace gongkai::core {

enum class DayKind {
  kHoliday,  // a rest day of a statutory holiday period
  kWorkday,  // a weekend day that is a working day (调休上班)
};

struct CalendarEntry {
  Date date;
  DayKind kind = DayKind::kHoliday;
  std::string name;  // 春节, 国庆节, …
};

// One layer of entries: the national notices, or a region's own overlay.
struct CalendarLayer {
  std::string source;  // file name, for messages
  std::vector<CalendarEntry> entries;
  // From a "# covers: 2019-2026" line; otherwise the years are inferred from the entries.
  std::optional<std::pair<int, int>> declared_years;
};

// Parses "date,kind,name" lines (kind: holiday|workday); "#" starts a comment; an optional header
// line "date,kind,name". Fails with kInvalidArgument naming "source:line".
Result<CalendarLayer> ParseCalendarCsv(std::string_view csv, std::string_view source);

// The national layer with whole years replaced by entries an administrator entered (the
// notice for a new year, typically, published in the autumn before it). Each entered year must
// list only dates of that year and at least WorkCalendar::kMinHolidaysPerCoveredYear holidays,
// and must extend the covered years without a gap; fails with kInvalidArgument naming the year.
Result<CalendarLayer> WithEnteredYears(CalendarLayer national,
                                       const std::vector<std::pair<int, CalendarLayer>>& years);

class WorkCalendar {
 public:
  // Layers in order, the national one first; for a date listed in several layers the last layer
  // wins (an overlay can cancel a national make-up day by listing it as a holiday). The years
  // covered are those of the first layer: declared, or every year with at least
  // kMinHolidaysPerCoveredYear holiday entries. Fails with kInvalidArgument when no year is
  // covered or the covered years are not contiguous.
  static Result<WorkCalendar> Build(const std::vector<CalendarLayer>& layers);

  // A year's notice lists every statutory holiday (at least 11 days since 2008) with its
  // adjoining weekends; a year with fewer entries only holds the spill-over of a neighbour's.
  static constexpr int kMinHolidaysPerCoveredYear = 11;

  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }
  bool Covers(Date date) const;

  // Each fails with kFailedPrecondition, naming the year, when a date involved lies outside the
  // covered years.
  Result<bool> IsWorkingDay(Date date) const;
  // The n-th working day after `start` (`start` itself not counted); `start` for n = 0.
  // Requires n >= 0.
  Result<Date> AddWorkingDays(Date start, int n) const;
  // The number of working days in (from, to]; negative, -(days in (to, from]), when to < from.
  Result<int> WorkingDaysBetween(Date from, Date to) const;
  Result<int> WorkingDaysInYear(int year) const;
  // The holiday or make-up day listed for `date`, if any.
  const CalendarEntry* EntryFor(Date date) const;

 private:
  Error OutsideCoverage(int year) const;
  Result<std::size_t> IndexOf(Date date) const;

  int first_year_ = 0;
  int last_year_ = 0;
  Date first_day_;
  std::vector<std::int32_t> working_before_;  // [i]: working days among the first i days
  std::vector<std::int32_t> working_days_;    // day index of the k-th working day
  std::vector<CalendarEntry> entries_;        // effective entries, sorted by date
};

}  // namespace gongkai::core
