// Deterministic demo data: the seed report's agency 解放区工业和信息化局 with the records that
// reproduce its 2024 report (7 proactive items, no applications, zero fees), under the district
// government 解放区人民政府 with several other departments, one of them (解放区住房和城乡建设局)
// busy: thousands of applications over 2023–2026 spanning every applicant type and outcome row,
// with corrections, consultations, extensions, fees, carry-overs, reconsiderations and lawsuits.
#pragma once

#include <array>

#include "base/result.hpp"
#include "core/access.hpp"
#include "core/work_calendar.hpp"
#include "store/store.hpp"

namespace gongkai::store {

inline constexpr const char* kDemoGovernment = "解放区人民政府";
inline constexpr const char* kDemoSeedAgency = "解放区工业和信息化局";
inline constexpr const char* kDemoBusyAgency = "解放区住房和城乡建设局";

// Every demo account has this password (README lists the accounts); change them before real use.
inline constexpr const char* kDemoPassword = "gongkai-demo";

struct DemoAccount {
  const char* login;
  const char* display_name;
  core::Role role;
  const char* org;  // by name
};
// An account per role: the seed agency's office (officer, both reviewers, head), an officer of
// the busy department, the district's administrator and supervisor.
inline constexpr std::array<DemoAccount, 7> kDemoAccounts = {{
    {"admin", "系统管理员", core::Role::kAdministrator, kDemoGovernment},
    {"chen", "陈静（区政府督查）", core::Role::kSupervisor, kDemoGovernment},
    {"zhang", "张明", core::Role::kOfficer, kDemoSeedAgency},
    {"li", "李华", core::Role::kReviewer, kDemoSeedAgency},
    {"zhao", "赵敏", core::Role::kSecrecyReviewer, kDemoSeedAgency},
    {"wang", "王强", core::Role::kHead, kDemoSeedAgency},
    {"liu", "刘洋", core::Role::kOfficer, kDemoBusyAgency},
}};

struct DemoCounts {
  int organisations = 0;
  int applications = 0;
  int events = 0;
  int publications = 0;
  int appeals = 0;
  int users = 0;
  int published_reports = 0;
};

// kFull: the busy department's thousands of applications; kSmall: a few dozen (fast test setup).
enum class DemoScale { kFull, kSmall };

// Loads the demo into an empty store, in one batch: the ledger, the accounts above, and the
// published annual reports of every finished year except the seed agency's 2024 (left for the
// workspace to generate, check and publish). The same store contents every time (query
// codes included). Fails with kFailedPrecondition when the store already has organisations.
Result<DemoCounts> LoadDemoData(Store& store, const core::WorkCalendar& calendar,
                                DemoScale scale = DemoScale::kFull);

}  // namespace gongkai::store
