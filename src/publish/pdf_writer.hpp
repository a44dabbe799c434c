// A Document typeset as PDF with cairo and pango: A4 with the GB/T 9704-2012 margins, the title
// in Noto Serif CJK bold, headings in Noto Sans CJK, body text in Noto Serif CJK 16 pt with the
// first line indented two characters, page numbers "— 1 —" below the text area (GB/T 9704
// §7.5). The fonts are embedded (subsets). Tables keep their merged cells; a table that fits on
// a page is not split, a longer one breaks between rows and repeats its header rows on every page.
// A blank value cell prints as "—" (our readers, and clerks, read it as not stated).
#pragma once

#include <string>

#include "base/result.hpp"
#include "publish/document.hpp"

namespace gongkai::publish {

// kFailedPrecondition when the Noto CJK fonts are not installed (fonts-noto-cjk): without them
// the Chinese text would print as empty boxes. The same document gives the same bytes: the
// creation date is the document's date, never the clock.
Result<std::string> WritePdf(const Document& document);

}  // namespace gongkai::publish
