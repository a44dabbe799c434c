// Reading a report from the bytes of a file, recognised by content, not by file name:
// canonical JSON (spec/report.schema.json), an HTML page (html_text.hpp), space-aligned text
// (aligned_text.hpp), the printed text layout, a Word document (docx_text.hpp) or a PDF with a
// text layer (pdf_text.hpp).
#pragma once

#include <string_view>

#include "base/result.hpp"
#include "report/model.hpp"

namespace gongkai::report {

enum class SourceKind {
  kJson,
  kTextLayout,    // tab-separated cells
  kAlignedText,   // columns aligned with spaces (PDF text with layout), aligned_text.hpp
  kReadingOrder,  // one cell per line (PDF text in reading order), reading_order.hpp
  kMarkdown,      // pipe tables, markdown_text.hpp
  kRunTogether,   // web text with a row's cells run together, run_together.hpp
  kHtml,
  kDocx,
  kPdf,  // text of a PDF, read as aligned or tab-separated text
};

struct ReadReportResult {
  AnnualReport report;
  SourceKind kind = SourceKind::kTextLayout;
};

// Fails with kInvalidArgument, with a message a clerk can act on, when the bytes are empty,
// binary, not UTF-8, JSON that breaks the schema, or text in which no report can be found.
Result<ReadReportResult> ReadReport(std::string_view bytes);

}  // namespace gongkai::report
