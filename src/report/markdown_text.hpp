// Markdown to the printed layout: what PDF and Word converters (and RenderMarkdown) write — pipe
// tables ("| 规章 | 0 | 0 | 3 |", the "| --- |" line under the header dropped) become lines of
// tab-separated cells, "#" heading markers and "**" emphasis are removed, "<br>" inside a cell
// is nothing. A first cell holding a group label and a row label ("（三）不予公开 1.属于国家秘密")
// is split in two, as the printed layout has them.
#pragma once

#include <string_view>

#include "report/layout_reader.hpp"

namespace gongkai::report {

// Whether `text` holds pipe tables: at least five table lines and a separator line.
bool LooksLikeMarkdownTables(std::string_view text);

// Never fails. Source lines are those of `text`.
LayoutText MarkdownToLayout(std::string_view text);

}  // namespace gongkai::report
