#include "server/clock_json.hpp"

namespace gongkai::server {

void WriteClockSegments(JsonWriter& out, const std::vector<core::ClockSegment>& segments) {
  out.BeginArray();
  for (const core::ClockSegment& segment : segments) {
    out.BeginObject()
        .Key("kind")
        .String(core::ToString(segment.kind))
        .Key("from")
        .String(segment.from.ToString())
        .Key("to")
        .String(segment.to.ToString())
        .Key("working_days")
        .Int(segment.working_days)
        .Key("basis")
        .String(segment.basis)
        .Key("note")
        .String(segment.note)
        .EndObject();
  }
  out.EndArray();
}

nlohmann::ordered_json ClockSegmentsJson(const std::vector<core::ClockSegment>& segments) {
  JsonWriter out;
  WriteClockSegments(out, segments);
  return nlohmann::ordered_json::parse(std::move(out).Take());
}

}  // namespace gongkai::server
