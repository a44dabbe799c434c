// The HTML reader on any bytes: HTML to the layout, then the layout reader.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/html_text.hpp"
#include "report/layout_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksLikeHtml(bytes);
  gongkai::report::LayoutText layout = gongkai::report::HtmlToLayout(bytes);
  if (layout.source_line.size() !=
      static_cast<std::size_t>(std::count(layout.text.begin(), layout.text.end(), '\n'))) {
    __builtin_trap();  // one source line per line of text
  }
  gongkai::Result<gongkai::report::AnnualReport> read =
      gongkai::report::ReadTextLayout(layout.text);
  if (read) gongkai::fuzz::Exercise(*read);
  return 0;
}
