#include "core/applicant.hpp"

#include "base/enum_name.hpp"

namespace gongkai::core {

std::string_view ToString(ApplicantType type) {
  switch (type) {
    case ApplicantType::kNaturalPerson:
      return "natural_person";
    case ApplicantType::kCommercialEnterprise:
      return "commercial_enterprise";
    case ApplicantType::kResearchInstitution:
      return "research_institution";
    case ApplicantType::kPublicInterestOrganization:
      return "public_interest_organization";
    case ApplicantType::kLegalServiceOrganization:
      return "legal_service_organization";
    case ApplicantType::kOtherOrganization:
      return "other_organization";
  }
  return "natural_person";
}

std::optional<ApplicantType> ApplicantTypeFromString(std::string_view name) {
  return EnumFromName(kAllApplicantTypes, name);
}

std::string_view ChineseLabel(ApplicantType type) {
  switch (type) {
    case ApplicantType::kNaturalPerson:
      return "自然人";
    case ApplicantType::kCommercialEnterprise:
      return "商业企业";
    case ApplicantType::kResearchInstitution:
      return "科研机构";
    case ApplicantType::kPublicInterestOrganization:
      return "社会公益组织";
    case ApplicantType::kLegalServiceOrganization:
      return "法律服务机构";
    case ApplicantType::kOtherOrganization:
      return "其他";
  }
  return "自然人";
}

}  // namespace gongkai::core
