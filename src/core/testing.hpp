// Test helpers for the core module: the shipped national calendar.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/work_calendar.hpp"

namespace gongkai::core::testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

inline Result<CalendarLayer> NationalLayer() {
  std::string path = std::string(GONGKAI_DATA_DIR) + "/cn-workcalendar.csv";
  return ParseCalendarCsv(ReadFile(path), path);
}

// The national calendar 2019–2026, built once.
inline const WorkCalendar& NationalCalendar() {
  static const WorkCalendar kCalendar = [] {
    Result<CalendarLayer> layer = NationalLayer();
    return *WorkCalendar::Build({*layer});
  }();
  return kCalendar;
}

}  // namespace gongkai::core::testing
