// The annual report as a Document: the title, the six sections with their paragraphs and the
// official tables, in the order of the national format.
#pragma once

#include "publish/document.hpp"
#include "report/model.hpp"

namespace gongkai::publish {

// The creation date is 1 January of the year after the report's year (reports are published by
// 31 January, 条例 Art. 49), or 2000-01-01 when the year is unknown: never the clock, so the same
// report gives the same bytes.
Document ReportDocument(const report::AnnualReport& report);

}  // namespace gongkai::publish
