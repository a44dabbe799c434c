#include "core/organisation.hpp"

#include "base/enum_name.hpp"

namespace gongkai::core {

std::string_view ToString(OrgKind kind) {
  switch (kind) {
    case OrgKind::kGovernment:
      return "government";
    case OrgKind::kDepartment:
      return "department";
    case OrgKind::kTownship:
      return "township";
    case OrgKind::kOther:
      return "other";
  }
  return "other";
}

std::optional<OrgKind> OrgKindFromString(std::string_view name) {
  return EnumFromName(kAllOrgKinds, name);
}

std::string_view ChineseLabel(OrgKind kind) {
  switch (kind) {
    case OrgKind::kGovernment:
      return "人民政府";
    case OrgKind::kDepartment:
      return "部门";
    case OrgKind::kTownship:
      return "乡镇（街道）";
    case OrgKind::kOther:
      return "其他";
  }
  return "";
}

}  // namespace gongkai::core
