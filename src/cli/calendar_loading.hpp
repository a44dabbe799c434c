// Finding and loading the work calendar for the commands that count working days.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "core/work_calendar.hpp"

namespace gongkai::cli {

struct CalendarOptions {
  std::string file;                   // --calendar; empty: the installed national calendar
  std::vector<std::string> overlays;  // --overlay, in order
};

// Adds --calendar and --overlay to a command.
void AddCalendarOptions(CLI::App& command, CalendarOptions& options);

// The national calendar is looked for in $GONGKAI_DATA_DIR, then beside the binary (data/), then
// in ../share/gongkai and ../data relative to it. Fails with kNotFound naming the places tried,
// or with the parse error of a file ("file:line: …").
Result<core::WorkCalendar> LoadCalendar(const CalendarOptions& options);
// The same files as layers (national first), for the server, which adds the years entered by
// administrators.
Result<std::vector<core::CalendarLayer>> LoadCalendarLayers(const CalendarOptions& options);

}  // namespace gongkai::cli
