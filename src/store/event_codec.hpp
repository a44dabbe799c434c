// Internal to the store: the details of a case event (everything but kind and date) as JSON text
// in application_events.details, and publication events.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "base/result.hpp"
#include "core/case_event.hpp"

namespace gongkai::store::detail {

nlohmann::json EventDetails(const core::CaseEvent& event);
// Fails with kInternal when stored details are corrupt.
Result<core::CaseEvent> DecodeEvent(const std::string& kind, const std::string& date,
                                    const nlohmann::json& details);

// Date helpers shared by the store.
Result<Date> ParseStoredDate(const std::string& text);

}  // namespace gongkai::store::detail
