// Who applies: the applicant categories of the annual report's table 三 (columns 自然人 and the
// five kinds of 法人或其他组织), with stable English names used in JSON and the database.
// Source: 国办公开办函〔2021〕30号, table 三 header; unchanged from 〔2019〕60号.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace gongkai::core {

enum class ApplicantType {
  kNaturalPerson,               // 自然人
  kCommercialEnterprise,        // 法人或其他组织: 商业企业
  kResearchInstitution,         // 法人或其他组织: 科研机构
  kPublicInterestOrganization,  // 法人或其他组织: 社会公益组织
  kLegalServiceOrganization,    // 法人或其他组织: 法律服务机构
  kOtherOrganization,           // 法人或其他组织: 其他
};

inline constexpr std::array kAllApplicantTypes = {
    ApplicantType::kNaturalPerson,
    ApplicantType::kCommercialEnterprise,
    ApplicantType::kResearchInstitution,
    ApplicantType::kPublicInterestOrganization,
    ApplicantType::kLegalServiceOrganization,
    ApplicantType::kOtherOrganization,
};

std::string_view ToString(ApplicantType type);  // "natural_person", ...
std::optional<ApplicantType> ApplicantTypeFromString(std::string_view name);
std::string_view ChineseLabel(ApplicantType type);  // "自然人", "商业企业", ...

}  // namespace gongkai::core
