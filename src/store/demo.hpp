// Deterministic demo data: the seed report's agency 解放区工业和信息化局 with the records that
// reproduce its 2024 report (7 proactive items, no applications, zero fees), under the district
// government 解放区人民政府 with several other departments, one of them (解放区住房和城乡建设局)
// busy: thousands of applications over 2023–2026 spanning every applicant type and outcome row,
// with corrections, consultations, extensions, fees, carry-overs, reconsiderations and lawsuits.
#pragma once

#include "base/result.hpp"
#include "core/work_calendar.hpp"
#include "store/store.hpp"

namespace gongkai::store {

inline constexpr const char* kDemoGovernment = "解放区人民政府";
inline constexpr const char* kDemoSeedAgency = "解放区工业和信息化局";
inline constexpr const char* kDemoBusyAgency = "解放区住房和城乡建设局";

struct DemoCounts {
  int organisations = 0;
  int applications = 0;
  int events = 0;
  int publications = 0;
  int appeals = 0;
};

// kFull: the busy department's thousands of applications; kSmall: a few dozen (fast test setup).
enum class DemoScale { kFull, kSmall };

// Loads the demo into an empty store, in one batch. The same store contents every time (query
// codes included). Fails with kFailedPrecondition when the store already has organisations.
Result<DemoCounts> LoadDemoData(Store& store, const core::WorkCalendar& calendar,
                                DemoScale scale = DemoScale::kFull);

}  // namespace gongkai::store
