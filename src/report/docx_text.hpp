// DOCX to the printed layout: the body of a Word document (word/document.xml inside the ZIP)
// becomes one line per paragraph and one line per table row with its cells separated by tabs —
// the input ReadLayout reads (layout_reader.hpp), as HtmlToLayout makes from a web page.
//
// A tab inside a paragraph separates cells, as in the printed text layout; inside a table cell
// it is a space, and so is a line break or a second paragraph. A cell merged over several rows
// (w:vMerge) appears once, where it begins, and one spanning columns (w:gridSpan) once: the way
// a merged label is printed. Deleted text of tracked changes, field codes and the fallback copy
// of text boxes are not text of the report. Headers and footers are left out.
//
// The "line" of a position in a DOCX is the paragraph's number in the body (1-based, counting
// the paragraphs inside table cells too), since document.xml has no lines a clerk could find.
#pragma once

#include <string_view>

#include "base/result.hpp"
#include "report/layout_reader.hpp"

namespace gongkai::report {

// Whether `bytes` begin like a ZIP archive holding a Word document body.
bool LooksLikeDocx(std::string_view bytes);

// Fails with kInvalidArgument when the archive cannot be opened, has no word/document.xml, the
// body is larger than 64 MiB unpacked, or its XML is malformed (the message names the XML line).
Result<LayoutText> DocxToLayout(std::string_view bytes);

}  // namespace gongkai::report
