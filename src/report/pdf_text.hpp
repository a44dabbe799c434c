// PDF to text, through poppler: the text of every page in its physical layout (columns kept
// apart by spaces, as `pdftotext -layout` prints them), pages separated by a form feed. That text
// is then read like any other (aligned_text.hpp for tables, the text layout otherwise).
//
// A scanned PDF (pages as images) has no text to read: the result is then empty of tables and
// ReadReport says so. Positions in a PDF name the line of this text, counting from the first page.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace gongkai::report {

// Whether `bytes` begin with the PDF header "%PDF-" (allowed anywhere in the first 1 KiB).
bool LooksLikePdf(std::string_view bytes);

// Fails with kInvalidArgument when poppler cannot open the document (damaged, or encrypted with
// a password needed to open it).
Result<std::string> PdfToText(std::string_view bytes);

}  // namespace gongkai::report
