#include "core/outcome.hpp"

#include "base/enum_name.hpp"

namespace gongkai::core {

std::string_view ToString(Outcome outcome) {
  switch (outcome) {
    case Outcome::kDisclosed:
      return "disclosed";
    case Outcome::kPartiallyDisclosed:
      return "partially_disclosed";
    case Outcome::kWithheldStateSecret:
      return "withheld_state_secret";
    case Outcome::kWithheldProhibitedByLaw:
      return "withheld_prohibited_by_law";
    case Outcome::kWithheldSecurityStability:
      return "withheld_security_stability";
    case Outcome::kWithheldThirdPartyRights:
      return "withheld_third_party_rights";
    case Outcome::kWithheldInternalAffairs:
      return "withheld_internal_affairs";
    case Outcome::kWithheldProcessInformation:
      return "withheld_process_information";
    case Outcome::kWithheldEnforcementCaseFiles:
      return "withheld_enforcement_case_files";
    case Outcome::kWithheldAdministrativeQuery:
      return "withheld_administrative_query";
    case Outcome::kUnavailableNotHeld:
      return "unavailable_not_held";
    case Outcome::kUnavailableNeedsCreation:
      return "unavailable_needs_creation";
    case Outcome::kUnavailableUnclearAfterCorrection:
      return "unavailable_unclear_after_correction";
    case Outcome::kNotProcessedPetition:
      return "not_processed_petition";
    case Outcome::kNotProcessedDuplicate:
      return "not_processed_duplicate";
    case Outcome::kNotProcessedPublication:
      return "not_processed_publication";
    case Outcome::kNotProcessedExcessive:
      return "not_processed_excessive";
    case Outcome::kNotProcessedConfirmation:
      return "not_processed_confirmation";
    case Outcome::kOtherNoCorrection:
      return "other_no_correction";
    case Outcome::kOtherFeeUnpaid:
      return "other_fee_unpaid";
    case Outcome::kOtherOther:
      return "other_other";
  }
  return "disclosed";
}

std::optional<Outcome> OutcomeFromString(std::string_view name) {
  return EnumFromName(kAllOutcomes, name);
}

OutcomeGroup GroupOf(Outcome outcome) {
  switch (outcome) {
    case Outcome::kDisclosed:
      return OutcomeGroup::kDisclosed;
    case Outcome::kPartiallyDisclosed:
      return OutcomeGroup::kPartiallyDisclosed;
    case Outcome::kWithheldStateSecret:
    case Outcome::kWithheldProhibitedByLaw:
    case Outcome::kWithheldSecurityStability:
    case Outcome::kWithheldThirdPartyRights:
    case Outcome::kWithheldInternalAffairs:
    case Outcome::kWithheldProcessInformation:
    case Outcome::kWithheldEnforcementCaseFiles:
    case Outcome::kWithheldAdministrativeQuery:
      return OutcomeGroup::kWithheld;
    case Outcome::kUnavailableNotHeld:
    case Outcome::kUnavailableNeedsCreation:
    case Outcome::kUnavailableUnclearAfterCorrection:
      return OutcomeGroup::kUnavailable;
    case Outcome::kNotProcessedPetition:
    case Outcome::kNotProcessedDuplicate:
    case Outcome::kNotProcessedPublication:
    case Outcome::kNotProcessedExcessive:
    case Outcome::kNotProcessedConfirmation:
      return OutcomeGroup::kNotProcessed;
    case Outcome::kOtherNoCorrection:
    case Outcome::kOtherFeeUnpaid:
    case Outcome::kOtherOther:
      return OutcomeGroup::kOther;
  }
  return OutcomeGroup::kOther;
}

std::string_view LegalBasis(Outcome outcome) {
  switch (outcome) {
    case Outcome::kDisclosed:
      return "条例第三十六条第（一）（二）项";
    case Outcome::kPartiallyDisclosed:
      return "条例第三十七条";
    case Outcome::kWithheldStateSecret:
    case Outcome::kWithheldProhibitedByLaw:
    case Outcome::kWithheldSecurityStability:
      return "条例第十四条";
    case Outcome::kWithheldThirdPartyRights:
      return "条例第十五条、第三十二条";
    case Outcome::kWithheldInternalAffairs:
      return "条例第十六条第一款";
    case Outcome::kWithheldProcessInformation:
    case Outcome::kWithheldEnforcementCaseFiles:
      return "条例第十六条第二款";
    case Outcome::kWithheldAdministrativeQuery:
      return "条例第三十六条第（七）项";
    case Outcome::kUnavailableNotHeld:
      return "条例第三十六条第（四）（五）项";
    case Outcome::kUnavailableNeedsCreation:
      return "条例第三十八条";
    case Outcome::kUnavailableUnclearAfterCorrection:
    case Outcome::kOtherNoCorrection:
      return "条例第三十条";
    case Outcome::kNotProcessedPetition:
      return "条例第三十九条第一款";
    case Outcome::kNotProcessedDuplicate:
      return "条例第三十六条第（六）项";
    case Outcome::kNotProcessedPublication:
      return "条例第三十九条第二款";
    case Outcome::kNotProcessedExcessive:
      return "条例第三十五条";
    case Outcome::kNotProcessedConfirmation:
      return "";  // no specific article found (law-and-format.md §3.9 [U])
    case Outcome::kOtherFeeUnpaid:
      return "国办函〔2020〕109号";
    case Outcome::kOtherOther:
      return "";
  }
  return "";
}

}  // namespace gongkai::core

namespace gongkai::core {

std::string_view ChineseLabel(Outcome outcome) {
  switch (outcome) {
    case Outcome::kDisclosed:
      return "予以公开";
    case Outcome::kPartiallyDisclosed:
      return "部分公开";
    case Outcome::kWithheldStateSecret:
      return "不予公开：属于国家秘密";
    case Outcome::kWithheldProhibitedByLaw:
      return "不予公开：其他法律行政法规禁止公开";
    case Outcome::kWithheldSecurityStability:
      return "不予公开：危及“三安全一稳定”";
    case Outcome::kWithheldThirdPartyRights:
      return "不予公开：保护第三方合法权益";
    case Outcome::kWithheldInternalAffairs:
      return "不予公开：属于三类内部事务信息";
    case Outcome::kWithheldProcessInformation:
      return "不予公开：属于四类过程性信息";
    case Outcome::kWithheldEnforcementCaseFiles:
      return "不予公开：属于行政执法案卷";
    case Outcome::kWithheldAdministrativeQuery:
      return "不予公开：属于行政查询事项";
    case Outcome::kUnavailableNotHeld:
      return "无法提供：本机关不掌握相关政府信息";
    case Outcome::kUnavailableNeedsCreation:
      return "无法提供：没有现成信息需要另行制作";
    case Outcome::kUnavailableUnclearAfterCorrection:
      return "无法提供：补正后申请内容仍不明确";
    case Outcome::kNotProcessedPetition:
      return "不予处理：信访举报投诉类申请";
    case Outcome::kNotProcessedDuplicate:
      return "不予处理：重复申请";
    case Outcome::kNotProcessedPublication:
      return "不予处理：要求提供公开出版物";
    case Outcome::kNotProcessedExcessive:
      return "不予处理：无正当理由大量反复申请";
    case Outcome::kNotProcessedConfirmation:
      return "不予处理：要求行政机关确认或重新出具已获取信息";
    case Outcome::kOtherNoCorrection:
      return "其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
    case Outcome::kOtherFeeUnpaid:
      return "其他处理：申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
    case Outcome::kOtherOther:
      return "其他处理：其他";
  }
  return "";
}

std::string_view ChineseLabel(OutcomeGroup group) {
  switch (group) {
    case OutcomeGroup::kDisclosed:
      return "予以公开";
    case OutcomeGroup::kPartiallyDisclosed:
      return "部分公开";
    case OutcomeGroup::kWithheld:
      return "不予公开";
    case OutcomeGroup::kUnavailable:
      return "无法提供";
    case OutcomeGroup::kNotProcessed:
      return "不予处理";
    case OutcomeGroup::kOther:
      return "其他处理";
  }
  return "";
}

}  // namespace gongkai::core
