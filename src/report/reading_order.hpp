// PDF text in reading order (`pdftotext` without -layout, or a copy from a PDF viewer): every
// table cell on a line of its own, so a row's values are no longer beside its label. Labels may
// come after their numbers, and a block of rows may come out column by column.
//
// Tables 二: a row label followed by the lines of its values is joined into one row.
// Table 三: its values are taken in table order — the format fixes the rows (25 in the 2021
// format, 23 when the single 2019-style （六）其他处理 row is printed instead of its three) — and
// each run of rows is read row by row or column by column, whichever makes more rows add up
// (total = the six applicant columns); on a tie, row by row. The labels printed in the table are
// kept for the rows they name (typos still raise GK007); a row whose label is not found on a
// line of its own gets the official wording. Table 四: its fifteen values in table order, unless
// that leaves a group's total unequal to its parts while a reading with each group's four parts
// together and the totals in column order adds up in all three groups.
//
// When the number of values in table 三 fits neither row count, the region is left as printed,
// and the layout reader finds what it can (missing rows are GK006).
#pragma once

#include <string_view>

#include "report/layout_reader.hpp"

namespace gongkai::report {

// Whether most numbers of `text` stand on lines of their own: at least 100 such lines, and not
// fewer than three times the lines holding two or more numbers.
bool LooksOneValuePerLine(std::string_view text);

// Never fails. Source lines are those of `text`.
LayoutText ReadingOrderToLayout(std::string_view text);

}  // namespace gongkai::report
