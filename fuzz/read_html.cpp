// The HTML reader on any bytes: HTML to the layout, then the layout reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/html_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksLikeHtml(bytes);
  gongkai::fuzz::ExerciseLayout(gongkai::report::HtmlToLayout(bytes));
  return 0;
}
