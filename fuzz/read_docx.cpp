// The DOCX reader on any bytes: unzip, parse word/document.xml, then the layout reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/docx_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksLikeDocx(bytes);
  gongkai::Result<gongkai::report::LayoutText> layout = gongkai::report::DocxToLayout(bytes);
  if (layout) gongkai::fuzz::ExerciseLayout(*layout);
  return 0;
}
