// The Markdown reader (pipe tables) on any bytes, then the layout reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/markdown_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksLikeMarkdownTables(bytes);
  gongkai::fuzz::ExerciseLayout(gongkai::report::MarkdownToLayout(bytes));
  return 0;
}
