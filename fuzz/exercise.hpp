// What every fuzz target does with a report it could read: check it and render it, as the
// command line and the server would.
#pragma once

#include "report/render.hpp"
#include "report/validate.hpp"

namespace gongkai::fuzz {

inline void Exercise(const report::AnnualReport& report) {
  report::ValidationResult result = report::Validate(report);
  (void)result.valid();
  (void)report::RenderText(report);
  (void)report::RenderHtml(report);
}

}  // namespace gongkai::fuzz
