// Space-aligned text to the printed layout: what `pdftotext -layout` (and many copies from a PDF)
// give — table columns aligned with runs of spaces, no tabs, page footers inside tables, and long
// row labels wrapped over the lines above and below their numbers.
//
// Each line is cut into cells at runs of two or more spaces (or tabs, or ideographic spaces);
// page footers ("-3-", "第 3 页") are dropped. A line of numbers whose label is wrapped is joined
// with the wrapped pieces — the text-only lines just above and below it — when, and only when,
// the joined text is the label of a row of table 三 (either format): exactly, or failing that
// approximately (label_match.hpp). The lines of table 四, whose one row of 15 numbers sits under
// headers, are never joined.
#pragma once

#include <string_view>

#include "report/layout_reader.hpp"

namespace gongkai::report {

// Whether `text` has its table columns aligned with spaces rather than separated by tabs.
bool LooksSpaceAligned(std::string_view text);

LayoutText AlignedToLayout(std::string_view text);

// In space-aligned text a header cell wraps at the cell's width ("商业企" over "业"), and a
// vertical group label is cut into pieces ("（三）" "不予公" "开"): a header or group label that
// is a contiguous part of its official wording is a piece of a wrapped cell, not a
// deviation (GK007). Removes such deviations of cells without a row from report.read.
void ForgiveWrappedHeaders(AnnualReport& report);

}  // namespace gongkai::report
