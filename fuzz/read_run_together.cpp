// The run-together reader (web text, cells without separators) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/run_together.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)gongkai::report::LooksRunTogether(bytes);
  gongkai::fuzz::ExerciseLayout(gongkai::report::RunTogetherToLayout(bytes));
  return 0;
}
