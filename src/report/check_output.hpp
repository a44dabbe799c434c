// How `gongkai report check` presents its results: the machine form of
// docs/validation-rules.md ("Machine-readable check output") and a Chinese summary for people.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "report/model.hpp"
#include "report/validate.hpp"

namespace gongkai::report {

nlohmann::ordered_json CheckJson(const std::string& file, const AnnualReport& report,
                                 const ValidationResult& result);
nlohmann::ordered_json UnreadableJson(const std::string& file, const std::string& message);

std::string CheckHuman(const std::string& file, const AnnualReport& report,
                       const ValidationResult& result);

}  // namespace gongkai::report
