// Any bytes through ReadReport: recognition by content and every reader behind it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "report/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  gongkai::Result<gongkai::report::ReadReportResult> read = gongkai::report::ReadReport(bytes);
  if (read) gongkai::fuzz::Exercise(read->report);
  return 0;
}
