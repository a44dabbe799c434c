// The space-aligned text reader on any bytes: cells at runs of spaces, wrapped labels joined.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/aligned_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksSpaceAligned(bytes);
  gongkai::report::LayoutText layout = gongkai::report::AlignedToLayout(bytes);
  if (layout.source_line.size() !=
      static_cast<std::size_t>(std::count(layout.text.begin(), layout.text.end(), '\n'))) {
    __builtin_trap();  // one source line per line of text
  }
  gongkai::Result<gongkai::report::AnnualReport> read = gongkai::report::ReadMappedLayout(layout);
  if (read) gongkai::fuzz::Exercise(*read);
  return 0;
}
