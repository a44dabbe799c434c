#include "core/access.hpp"

#include <algorithm>

#include "base/enum_name.hpp"

namespace gongkai::core {

std::string_view ToString(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "admin";
    case Role::kOfficer:
      return "officer";
    case Role::kReviewer:
      return "reviewer";
    case Role::kSecrecyReviewer:
      return "secrecy_reviewer";
    case Role::kHead:
      return "head";
    case Role::kSupervisor:
      return "supervisor";
  }
  return "officer";
}

std::optional<Role> RoleFromString(std::string_view name) { return EnumFromName(kAllRoles, name); }

std::string_view ChineseLabel(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "管理员";
    case Role::kOfficer:
      return "工作人员";
    case Role::kReviewer:
      return "审核人";
    case Role::kSecrecyReviewer:
      return "保密审查人";
    case Role::kHead:
      return "负责人";
    case Role::kSupervisor:
      return "监督人员";
  }
  return "";
}

std::string_view ToString(Permission permission) {
  switch (permission) {
    case Permission::kViewLedger:
      return "view_ledger";
    case Permission::kRecordCase:
      return "record_case";
    case Permission::kApproveExtension:
      return "approve_extension";
    case Permission::kEditPublication:
      return "edit_publication";
    case Permission::kReviewContent:
      return "review_content";
    case Permission::kReviewSecrecy:
      return "review_secrecy";
    case Permission::kRecordAppeal:
      return "record_appeal";
    case Permission::kEnterStatistics:
      return "enter_statistics";
    case Permission::kEditReport:
      return "edit_report";
    case Permission::kPublishReport:
      return "publish_report";
    case Permission::kManageUsers:
      return "manage_users";
    case Permission::kManageOrganisations:
      return "manage_organisations";
    case Permission::kManageCalendar:
      return "manage_calendar";
  }
  return "";
}

bool RoleCarries(Role role, Permission permission) {
  switch (permission) {
    case Permission::kViewLedger:
      return role != Role::kAdministrator;
    case Permission::kRecordCase:
    case Permission::kEditPublication:
    case Permission::kRecordAppeal:
    case Permission::kEnterStatistics:
    case Permission::kEditReport:
      return role == Role::kOfficer;
    case Permission::kApproveExtension:
    case Permission::kPublishReport:
      return role == Role::kHead;
    case Permission::kReviewContent:
      return role == Role::kReviewer;
    case Permission::kReviewSecrecy:
      return role == Role::kSecrecyReviewer;
    case Permission::kManageUsers:
    case Permission::kManageOrganisations:
    case Permission::kManageCalendar:
      return role == Role::kAdministrator;
  }
  return false;
}

bool ReachesDescendants(Role role) {
  return role == Role::kSupervisor || role == Role::kAdministrator;
}

OrgTree::OrgTree(const std::vector<Organisation>& organisations) {
  for (const Organisation& org : organisations) parents_.emplace_back(org.id, org.parent);
  std::sort(parents_.begin(), parents_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

const std::optional<OrgId>* OrgTree::ParentOf(OrgId org) const {
  auto found = std::lower_bound(parents_.begin(), parents_.end(), org,
                                [](const auto& entry, OrgId id) { return entry.first < id; });
  if (found == parents_.end() || found->first != org) return nullptr;
  return &found->second;
}

bool OrgTree::Contains(OrgId org) const { return ParentOf(org) != nullptr; }

bool OrgTree::IsTopLevel(OrgId org) const {
  const std::optional<OrgId>* parent = ParentOf(org);
  return parent != nullptr && !parent->has_value();
}

bool OrgTree::IsWithin(OrgId org, OrgId ancestor) const {
  // Bounded by the number of organisations, so a corrupt cycle cannot loop forever.
  for (std::size_t steps = 0; steps <= parents_.size(); ++steps) {
    if (org == ancestor) return true;
    const std::optional<OrgId>* parent = ParentOf(org);
    if (parent == nullptr || !parent->has_value()) return false;
    org = **parent;
  }
  return false;
}

bool Allows(const std::vector<RoleGrant>& grants, const OrgTree& tree, Permission permission,
            OrgId org) {
  for (const RoleGrant& grant : grants) {
    if (!RoleCarries(grant.role, permission)) continue;
    if (permission == Permission::kManageCalendar) {
      if (tree.IsTopLevel(grant.org)) return true;
      continue;
    }
    if (grant.org == org) return true;
    if (ReachesDescendants(grant.role) && tree.IsWithin(org, grant.org)) return true;
  }
  return false;
}

}  // namespace gongkai::core
