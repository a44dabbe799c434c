#include "base/date.hpp"

#include <chrono>
#include <cstdio>

namespace gongkai {
namespace {

std::chrono::year_month_day Civil(Date date) {
  return std::chrono::year_month_day(
      std::chrono::sys_days(std::chrono::days(date.days_since_epoch())));
}

bool ParseDigits(std::string_view text, int& out) {
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !text.empty();
}

}  // namespace

std::optional<Date> Date::FromCivil(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::chrono::year_month_day civil{std::chrono::year(year),
                                    std::chrono::month(static_cast<unsigned>(month)),
                                    std::chrono::day(static_cast<unsigned>(day))};
  if (!civil.ok()) return std::nullopt;
  return Date(static_cast<std::int32_t>(std::chrono::sys_days(civil).time_since_epoch().count()));
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0;
  int month = 0;
  int day = 0;
  if (!ParseDigits(text.substr(0, 4), year) || !ParseDigits(text.substr(5, 2), month) ||
      !ParseDigits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  return FromCivil(year, month, day);
}

// Formatted by hand: dates are printed in every list and report, and snprintf showed in
// profiles. Years outside 0–9999 fall back to snprintf.
std::string Date::ToString() const {
  auto civil = Civil(*this);
  int y = static_cast<int>(civil.year());
  int m = static_cast<int>(static_cast<unsigned>(civil.month()));
  int d = static_cast<int>(static_cast<unsigned>(civil.day()));
  if (y < 0 || y > 9999) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    return buffer;
  }
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + y / 1000);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + d / 10);
  out[9] = static_cast<char>('0' + d % 10);
  return out;
}

int Date::year() const { return static_cast<int>(Civil(*this).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(Civil(*this).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(Civil(*this).day())); }

int Date::iso_weekday() const {
  return static_cast<int>(
      std::chrono::weekday(std::chrono::sys_days(std::chrono::days(days_))).iso_encoding());
}

}  // namespace gongkai
