// Reads a report from a printed layout: the stream of token lines (tokens.hpp) is searched for
// the title, the six section headings and the three tables, whose labels are matched against
// the format's official wording (format.hpp). Every value keeps the line and cell it came from;
// label deviations (GK007) and structure deviations (GK006) are recorded in report.read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "report/model.hpp"
#include "report/tokens.hpp"

namespace gongkai::report {

// Fails with kInvalidArgument when no table row of an annual report can be recognised.
Result<AnnualReport> ReadLayout(const std::vector<TokenLine>& lines);

// ReadLayout over plain text with tab-separated table cells (the layout RenderText writes).
Result<AnnualReport> ReadTextLayout(std::string_view text);

// The layout made from another source (an HTML page, space-aligned PDF text): tab-separated
// lines, and for each line the 1-based line of the source it came from.
struct LayoutText {
  std::string text;
  std::vector<int> source_line;
  // What the conversion found wrong with the structure (e.g. digits no split fits), GK006.
  std::vector<StructureIssue> issues;
};

// One table row of a layout: its cells joined by tabs; "" when every cell is empty.
std::string TabJoinedRow(const std::vector<std::string>& cells);

// ReadLayout over `layout`, with positions naming the source's lines.
Result<AnnualReport> ReadMappedLayout(const LayoutText& layout);

}  // namespace gongkai::report
