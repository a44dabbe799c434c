// The PDF reader on any bytes: poppler's text in physical layout, then the text readers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/pdf_text.hpp"
#include "report/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksLikePdf(bytes);
  gongkai::Result<std::string> text = gongkai::report::PdfToText(bytes);
  if (!text) return 0;
  gongkai::Result<gongkai::report::ReadReportResult> read = gongkai::report::ReadReport(*text);
  if (read) gongkai::fuzz::Exercise(read->report);
  return 0;
}
