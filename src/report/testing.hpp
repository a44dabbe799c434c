// Test helpers for the report module: loading reports from tests/data.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "report/read.hpp"

namespace gongkai::report::testing {

inline std::string DataPath(const std::string& name) {
  return std::string(GONGKAI_TEST_DATA_DIR) + "/" + name;
}

inline std::string ReadDataFile(const std::string& name) {
  std::ifstream in(DataPath(name), std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Reads a report from tests/data; a failure is returned for the test to assert on.
inline Result<ReadReportResult> LoadDataReport(const std::string& name) {
  return ReadReport(ReadDataFile(name));
}

}  // namespace gongkai::report::testing
