// A Document as a Word file (DOCX, Office Open XML), written as generated XML in a zip: no office
// suite at run time. A4 with the margins of GB/T 9704-2012 (党政机关公文格式) §5.2.1, the title in
// a serif bold (小标宋 style), headings in a sans (黑体 style), body in a serif (仿宋 style) of
// 三号 (16 pt), tables in 五号 (10.5 pt) with merged cells as real Word merges (w:gridSpan,
// w:vMerge) and their header rows repeated on every page, page numbers "— 1 —" in the footer.
// Fonts are the free Noto CJK faces Debian ships (fonts-noto-cjk); Word substitutes its own
// where they are missing.
#pragma once

#include <string>

#include "base/result.hpp"
#include "publish/document.hpp"

namespace gongkai::publish {

// The same document gives the same bytes (fixed zip times, the document's own date).
Result<std::string> WriteDocx(const Document& document);

}  // namespace gongkai::publish
