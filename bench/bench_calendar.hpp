// The national work calendar (data/cn-workcalendar.csv) for the benchmarks that open a Store.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/work_calendar.hpp"

namespace gongkai::bench {

inline const core::WorkCalendar& NationalCalendar() {
  static const core::WorkCalendar kCalendar = [] {
    std::ifstream in(std::string(GONGKAI_DATA_DIR) + "/cn-workcalendar.csv");
    std::ostringstream content;
    content << in.rdbuf();
    return *core::WorkCalendar::Build({*core::ParseCalendarCsv(content.str(), "calendar")});
  }();
  return kCalendar;
}

}  // namespace gongkai::bench
