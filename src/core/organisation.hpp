// Organisations (行政机关) in a hierarchy: a district government, its departments, townships.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai::core {

using OrgId = std::int64_t;

enum class OrgKind {
  kGovernment,  // 人民政府
  kDepartment,  // 政府部门
  kTownship,    // 乡镇人民政府、街道办事处
  kOther,
};
inline constexpr std::array kAllOrgKinds = {OrgKind::kGovernment, OrgKind::kDepartment,
                                            OrgKind::kTownship, OrgKind::kOther};
std::string_view ToString(OrgKind kind);  // "government", "department", "township", "other"
std::string_view ChineseLabel(OrgKind kind);  // "人民政府", "部门", "乡镇（街道）", "其他"
std::optional<OrgKind> OrgKindFromString(std::string_view name);

struct Organisation {
  OrgId id = 0;  // assigned by the store
  std::string name;
  std::optional<OrgId> parent;
  OrgKind kind = OrgKind::kDepartment;
};

}  // namespace gongkai::core
