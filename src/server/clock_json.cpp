#include "server/clock_json.hpp"

namespace gongkai::server {

nlohmann::ordered_json ClockSegmentsJson(const std::vector<core::ClockSegment>& segments) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const core::ClockSegment& segment : segments) {
    out.push_back({{"kind", std::string(core::ToString(segment.kind))},
                   {"from", segment.from.ToString()},
                   {"to", segment.to.ToString()},
                   {"working_days", segment.working_days},
                   {"basis", std::string(segment.basis)},
                   {"note", segment.note}});
  }
  return out;
}

}  // namespace gongkai::server
