// The annual report's tables as an Excel workbook (libxlsxwriter): one sheet per table of the
// format (二, 三, 四) under the report's title, merged header cells as in print, values as
// numbers (blank cells empty, never 0), A4 print setup with the header rows repeated.
#pragma once

#include <string>

#include "base/result.hpp"
#include "report/model.hpp"

namespace gongkai::publish {

// The same report gives the same bytes (the creation date is 1 January after the report's year).
// kUnavailable when the temporary file libxlsxwriter writes cannot be created.
Result<std::string> WriteXlsx(const report::AnnualReport& report);

}  // namespace gongkai::publish
