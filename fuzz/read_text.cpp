// The printed text layout reader on any bytes (ReadReport would reject invalid UTF-8 first).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/layout_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  gongkai::Result<gongkai::report::AnnualReport> read = gongkai::report::ReadTextLayout(bytes);
  if (read) gongkai::fuzz::Exercise(*read);
  return 0;
}
