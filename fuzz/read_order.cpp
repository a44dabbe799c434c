// The reading-order reader (one value per line) on any bytes, then the layout reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/reading_order.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksOneValuePerLine(bytes);
  gongkai::fuzz::ExerciseLayout(gongkai::report::ReadingOrderToLayout(bytes));
  return 0;
}
