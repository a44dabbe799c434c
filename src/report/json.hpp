// The canonical JSON form of a report (spec/report.schema.json; copied to docs/report.schema.json).
// The key names are a contract other tools depend on.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "report/model.hpp"

namespace gongkai::report {

// Keys in schema order: format, year, agency, title, sections (when the report has free text),
// proactive, applications, appeals. Every row of the report's format is written, absent cells
// as null; a tolerated row of the other format only when it holds a value.
nlohmann::ordered_json ToJsonValue(const AnnualReport& report);

// ToJsonValue as text, indented by one space per level, with a final newline.
std::string ToJson(const AnnualReport& report);

// Reads one report object. Fails with kInvalidArgument when `text` is not JSON ("JSON 第3行第5列：
// …") or breaks the schema; the message names the JSON path, e.g.
// "$.applications.received.natural_person". Unknown keys are rejected rather than dropped.
Result<AnnualReport> FromJson(std::string_view text);
Result<AnnualReport> FromJsonValue(const nlohmann::json& value);

}  // namespace gongkai::report
