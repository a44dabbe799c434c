// The JSON form of a due date's breakdown, shared by the API and `gongkai deadline --json`.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "base/json_writer.hpp"
#include "core/clock.hpp"

namespace gongkai::server {

// [{"kind", "from", "to", "working_days", "basis", "note"}, …]
void WriteClockSegments(JsonWriter& out, const std::vector<core::ClockSegment>& segments);
nlohmann::ordered_json ClockSegmentsJson(const std::vector<core::ClockSegment>& segments);

}  // namespace gongkai::server
