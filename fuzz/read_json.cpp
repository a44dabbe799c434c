// The canonical JSON reader on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  gongkai::Result<gongkai::report::AnnualReport> read = gongkai::report::FromJson(bytes);
  if (read) gongkai::fuzz::Exercise(*read);
  return 0;
}
