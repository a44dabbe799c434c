// Who may do what, where: roles granted per organisation and the permissions they carry. The
// separation follows the disclosure office's practice: the officer (工作人员) records, the
// reviewer (审核) and the confidentiality reviewer (保密审查, 条例 Art. 17) review publications,
// the head (负责人) approves extensions (条例 Art. 33 ¶2) and signs off the annual report (Art.
// 49), the supervisor (上级/监督机关, Art. 46) reads the organisations below it, and the
// administrator manages accounts and the calendar but does not see the ledger.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "core/organisation.hpp"

namespace gongkai::core {

using UserId = std::int64_t;

enum class Role {
  kAdministrator,    // 管理员
  kOfficer,          // 工作人员
  kReviewer,         // 审核
  kSecrecyReviewer,  // 保密审查
  kHead,             // 负责人
  kSupervisor,       // 监督（只读，含下级机关）
};
inline constexpr std::array kAllRoles = {Role::kAdministrator,   Role::kOfficer, Role::kReviewer,
                                         Role::kSecrecyReviewer, Role::kHead,    Role::kSupervisor};
std::string_view ToString(Role role);  // "admin", "officer", "reviewer", "secrecy_reviewer", …
std::optional<Role> RoleFromString(std::string_view name);
std::string_view ChineseLabel(Role role);

struct RoleGrant {
  OrgId org = 0;
  Role role = Role::kOfficer;
  friend bool operator==(const RoleGrant&, const RoleGrant&) = default;
};

enum class Permission {
  kViewLedger,  // applications (masked), publications, appeals, statistics, reports
  kRecordCase,  // register applications and record their events
  kApproveExtension,  // 延长答复期限 (条例 Art. 33 ¶2: 经政府信息公开工作机构负责人同意)
  kEditPublication,      // catalogue entries: create, submit, publish, repeal
  kReviewContent,        // 内容审核
  kReviewSecrecy,        // 保密审查 (条例 Art. 17)
  kRecordAppeal,         // reconsiderations and lawsuits
  kEnterStatistics,      // Article 20 yearly figures
  kEditReport,           // the annual report's narrative sections
  kPublishReport,        // sign off and publish the annual report (条例 Art. 49)
  kManageUsers,          // accounts and roles of the organisation and those below it
  kManageOrganisations,  // add organisations below it
  kManageCalendar,       // the work calendar (top-level organisations only)
};
std::string_view ToString(Permission permission);

// The roles that carry `permission` on the organisation they are granted for.
bool RoleCarries(Role role, Permission permission);
// Whether a grant on an organisation also applies to the organisations below it: the
// supervisor's reading and the administrator's management do; recording and reviewing do not.
bool ReachesDescendants(Role role);

// The organisation tree, for scoping grants.
class OrgTree {
 public:
  explicit OrgTree(const std::vector<Organisation>& organisations);
  bool Contains(OrgId org) const;
  bool IsTopLevel(OrgId org) const;
  // True when `org` is `ancestor` or lies below it.
  bool IsWithin(OrgId org, OrgId ancestor) const;

 private:
  std::vector<std::pair<OrgId, std::optional<OrgId>>> parents_;  // sorted by id
  const std::optional<OrgId>* ParentOf(OrgId org) const;
};

// True when `grants` allow `permission` on `org` (kManageCalendar: an administrator of a
// top-level organisation, wherever `org` is).
bool Allows(const std::vector<RoleGrant>& grants, const OrgTree& tree, Permission permission,
            OrgId org);

}  // namespace gongkai::core
