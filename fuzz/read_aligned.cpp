// The space-aligned text reader on any bytes: cells at runs of spaces, wrapped labels joined.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/aligned_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksSpaceAligned(bytes);
  gongkai::fuzz::ExerciseLayout(gongkai::report::AlignedToLayout(bytes));
  return 0;
}
