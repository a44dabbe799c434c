// What every fuzz target does with a report it could read: check it and render it, as the
// command line and the server would.
#pragma once

#include <algorithm>
#include <cstddef>

#include "report/layout_reader.hpp"
#include "report/render.hpp"
#include "report/validate.hpp"

namespace gongkai::fuzz {

inline void Exercise(const report::AnnualReport& report) {
  report::ValidationResult result = report::Validate(report);
  (void)result.valid();
  (void)report::RenderText(report);
  (void)report::RenderHtml(report);
}

// A layout made from another source: one source line per line of text, then read and exercised.
inline void ExerciseLayout(const report::LayoutText& layout) {
  if (layout.source_line.size() !=
      static_cast<std::size_t>(std::count(layout.text.begin(), layout.text.end(), '\n'))) {
    __builtin_trap();
  }
  Result<report::AnnualReport> read = report::ReadMappedLayout(layout);
  if (read) Exercise(*read);
}

}  // namespace gongkai::fuzz
