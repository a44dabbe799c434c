// Date: a civil date in China Standard Time, as a count of days since 1970-01-01, so that
// adding days and comparing are integer operations. DESIGN.md §5: "today" is always a parameter.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

class Date {
 public:
  constexpr Date() = default;

  // Parses exactly "YYYY-MM-DD" and refuses impossible dates (2023-02-29, 2024-13-01).
  static std::optional<Date> Parse(std::string_view text);
  // Nullopt for an impossible date.
  static std::optional<Date> FromCivil(int year, int month, int day);
  static constexpr Date FromDaysSinceEpoch(std::int32_t days) { return Date(days); }

  std::string ToString() const;  // "YYYY-MM-DD"
  int year() const;
  int month() const;
  int day() const;
  // 1 = Monday … 7 = Sunday (ISO 8601).
  int iso_weekday() const;
  bool IsWeekend() const { return iso_weekday() >= 6; }
  constexpr std::int32_t days_since_epoch() const { return days_; }

  constexpr Date AddDays(std::int32_t days) const { return Date(days_ + days); }
  // Calendar days from `other` to this date (negative when this date is earlier).
  constexpr std::int32_t DaysSince(Date other) const { return days_ - other.days_; }

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=>.
  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

}  // namespace gongkai
