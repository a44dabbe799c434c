#include "report/format.hpp"

#include <algorithm>

namespace gongkai::report {
namespace {

using PC = ProactiveColumn;
using PR = ProactiveRow;

constexpr std::array<SectionSpec, 6> kSections = {{
    {"一、总体情况"},
    {"二、主动公开政府信息情况"},
    {"三、收到和处理政府信息公开申请情况"},
    {"四、政府信息公开行政复议、行政诉讼情况"},
    {"五、存在的主要问题及改进情况"},
    {"六、其他需要报告的事项"},
}};

// Table 三 rows common to both formats up to （五）5 (law-and-format.md §3.5, §3.8).
std::vector<AppRowSpec> CommonLeadingRows() {
  constexpr std::string_view kWithheld = "（三）不予公开";
  constexpr std::string_view kUnavailable = "（四）无法提供";
  constexpr std::string_view kNotProcessed = "（五）不予处理";
  return {
      {AppRow::kReceived, "received", "一、本年新收政府信息公开申请数量", "", AppRowRole::kCounter},
      {AppRow::kCarriedOver, "carried_over", "二、上年结转政府信息公开申请数量", "",
       AppRowRole::kCounter},
      {AppRow::kDisclosed, "disclosed", "（一）予以公开", kAppResultsGroup, AppRowRole::kOutcome},
      {AppRow::kPartiallyDisclosed, "partially_disclosed",
       "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", kAppResultsGroup,
       AppRowRole::kOutcome},
      {AppRow::kWithheldStateSecret, "withheld_state_secret", "1.属于国家秘密", kWithheld,
       AppRowRole::kOutcome},
      {AppRow::kWithheldProhibitedByLaw, "withheld_prohibited_by_law", "2.其他法律行政法规禁止公开",
       kWithheld, AppRowRole::kOutcome},
      {AppRow::kWithheldSecurityStability, "withheld_security_stability", "3.危及“三安全一稳定”",
       kWithheld, AppRowRole::kOutcome},
      {AppRow::kWithheldThirdPartyRights, "withheld_third_party_rights", "4.保护第三方合法权益",
       kWithheld, AppRowRole::kOutcome},
      {AppRow::kWithheldInternalAffairs, "withheld_internal_affairs", "5.属于三类内部事务信息",
       kWithheld, AppRowRole::kOutcome},
      {AppRow::kWithheldProcessInformation, "withheld_process_information", "6.属于四类过程性信息",
       kWithheld, AppRowRole::kOutcome},
      {AppRow::kWithheldEnforcementCaseFiles, "withheld_enforcement_case_files",
       "7.属于行政执法案卷", kWithheld, AppRowRole::kOutcome},
      {AppRow::kWithheldAdministrativeQuery, "withheld_administrative_query", "8.属于行政查询事项",
       kWithheld, AppRowRole::kOutcome},
      {AppRow::kUnavailableNotHeld, "unavailable_not_held", "1.本机关不掌握相关政府信息",
       kUnavailable, AppRowRole::kOutcome},
      {AppRow::kUnavailableNeedsCreation, "unavailable_needs_creation",
       "2.没有现成信息需要另行制作", kUnavailable, AppRowRole::kOutcome},
      {AppRow::kUnavailableUnclearAfterCorrection, "unavailable_unclear_after_correction",
       "3.补正后申请内容仍不明确", kUnavailable, AppRowRole::kOutcome},
      {AppRow::kNotProcessedPetition, "not_processed_petition", "1.信访举报投诉类申请",
       kNotProcessed, AppRowRole::kOutcome},
      {AppRow::kNotProcessedDuplicate, "not_processed_duplicate", "2.重复申请", kNotProcessed,
       AppRowRole::kOutcome},
      {AppRow::kNotProcessedPublication, "not_processed_publication", "3.要求提供公开出版物",
       kNotProcessed, AppRowRole::kOutcome},
      {AppRow::kNotProcessedExcessive, "not_processed_excessive", "4.无正当理由大量反复申请",
       kNotProcessed, AppRowRole::kOutcome},
      {AppRow::kNotProcessedConfirmation, "not_processed_confirmation",
       "5.要求行政机关确认或重新出具已获取信息", kNotProcessed, AppRowRole::kOutcome},
  };
}

constexpr std::string_view kOtherGroup = "（六）其他处理";

std::vector<AppRowSpec> OtherRows2021() {
  return {
      {AppRow::kOtherNoCorrection, "other_no_correction",
       "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", kOtherGroup,
       AppRowRole::kOutcome},
      {AppRow::kOtherFeeUnpaid, "other_fee_unpaid",
       "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", kOtherGroup,
       AppRowRole::kOutcome},
      {AppRow::kOtherOther, "other_other", "3.其他", kOtherGroup, AppRowRole::kOutcome},
  };
}

std::vector<AppRowSpec> OtherRows2019() {
  return {{AppRow::kOtherHandling, "other_handling", kOtherGroup, kAppResultsGroup,
           AppRowRole::kOutcome}};
}

std::vector<AppRowSpec> TrailingRows() {
  return {
      {AppRow::kTotal, "total", "（七）总计", kAppResultsGroup, AppRowRole::kTotal},
      {AppRow::kCarriedForward, "carried_forward", "四、结转下年度继续办理", "",
       AppRowRole::kCounter},
  };
}

std::vector<AppRowSpec> Concat(std::vector<AppRowSpec> a, const std::vector<AppRowSpec>& b,
                               const std::vector<AppRowSpec>& c) {
  a.insert(a.end(), b.begin(), b.end());
  a.insert(a.end(), c.begin(), c.end());
  return a;
}

std::vector<AppRow> OutcomesOf(const std::vector<AppRowSpec>& rows) {
  std::vector<AppRow> outcomes;
  for (const AppRowSpec& row : rows) {
    if (row.role == AppRowRole::kOutcome) outcomes.push_back(row.row);
  }
  return outcomes;
}

FormatSpec MakeSpec2021() {
  constexpr ProactiveColumnSpec kDecisions{PC::kDecisions, "decisions", "本年处理决定数量",
                                           ValueKind::kCount};
  FormatSpec spec{Format::k2021, kSections, {}, {}, {}, {}};
  spec.proactive = {
      {"第二十条第（一）项",
       {{PR::kRules, "rules", "规章"},
        {PR::kNormativeDocuments, "normative_documents", "行政规范性文件"}},
       {{PC::kIssued, "issued", "本年制发件数", ValueKind::kCount},
        {PC::kRepealed, "repealed", "本年废止件数", ValueKind::kCount},
        {PC::kInForce, "in_force", "现行有效件数", ValueKind::kCount}}},
      {"第二十条第（五）项", {{PR::kLicensing, "licensing", "行政许可"}}, {kDecisions}},
      {"第二十条第（六）项",
       {{PR::kPenalties, "penalties", "行政处罚"},
        {PR::kCoerciveMeasures, "coercive_measures", "行政强制"}},
       {kDecisions}},
      {"第二十条第（八）项",
       {{PR::kFees, "fees", "行政事业性收费"}},
       {{PC::kAmount10kYuan, "amount_10k_yuan", "本年收费金额（单位：万元）", ValueKind::kAmount}}},
  };
  spec.application_rows = Concat(CommonLeadingRows(), OtherRows2021(), TrailingRows());
  spec.tolerated_rows = OtherRows2019();
  spec.outcome_rows = OutcomesOf(spec.application_rows);
  return spec;
}

FormatSpec MakeSpec2019() {
  const std::vector<ProactiveColumnSpec> kItemColumns = {
      {PC::kLastYearItems, "last_year_items", "上一年项目数量", ValueKind::kCount},
      {PC::kChange, "change", "本年增/减", ValueKind::kSignedCount},
      {PC::kDecisions, "decisions", "处理决定数量", ValueKind::kCount}};
  FormatSpec spec{Format::k2019, kSections, {}, {}, {}, {}};
  spec.proactive = {
      {"第二十条第（一）项",
       {{PR::kRules, "rules", "规章"},
        {PR::kNormativeDocuments, "normative_documents", "规范性文件"}},
       {{PC::kNewMade, "new_made", "本年新制作数量", ValueKind::kCount},
        {PC::kNewPublished, "new_published", "本年新公开数量", ValueKind::kCount},
        {PC::kTotalPublished, "total_published", "对外公开总数量", ValueKind::kCount}}},
      {"第二十条第（五）项",
       {{PR::kLicensing, "licensing", "行政许可"},
        {PR::kOtherManagementServices, "other_management_services", "其他对外管理服务事项"}},
       kItemColumns},
      {"第二十条第（六）项",
       {{PR::kPenalties, "penalties", "行政处罚"},
        {PR::kCoerciveMeasures, "coercive_measures", "行政强制"}},
       kItemColumns},
      {"第二十条第（八）项",
       {{PR::kFees, "fees", "行政事业性收费"}},
       {kItemColumns[0], kItemColumns[1]}},
      {"第二十条第（九）项",
       {{PR::kProcurement, "procurement", "政府集中采购"}},
       {{PC::kItems, "items", "采购项目数量", ValueKind::kCount},
        {PC::kAmount, "amount", "采购总金额", ValueKind::kAmount}}},
  };
  spec.application_rows = Concat(CommonLeadingRows(), OtherRows2019(), TrailingRows());
  spec.tolerated_rows = OtherRows2021();
  spec.outcome_rows = OutcomesOf(spec.application_rows);
  return spec;
}

}  // namespace

std::string_view ToString(Format format) {
  switch (format) {
    case Format::k2021:
      return "2021";
    case Format::k2019:
      return "2019";
  }
  return "2021";
}

std::optional<Format> FormatFromString(std::string_view name) {
  if (name == "2021") return Format::k2021;
  if (name == "2019") return Format::k2019;
  return std::nullopt;
}

std::string_view Instrument(Format format) {
  switch (format) {
    case Format::k2021:
      return "国办公开办函〔2021〕30号";
    case Format::k2019:
      return "国办公开办函〔2019〕60号";
  }
  return "";
}

std::string_view ToString(Part part) {
  switch (part) {
    case Part::kDocument:
      return "document";
    case Part::kProactive:
      return "proactive";
    case Part::kApplications:
      return "applications";
    case Part::kAppeals:
      return "appeals";
  }
  return "document";
}

const FormatSpec& SpecFor(Format format) {
  static const FormatSpec kSpec2021 = MakeSpec2021();
  static const FormatSpec kSpec2019 = MakeSpec2019();
  switch (format) {
    case Format::k2021:
      return kSpec2021;
    case Format::k2019:
      return kSpec2019;
  }
  return kSpec2021;
}

const AppRowSpec* FindAppRow(const FormatSpec& spec, AppRow row) {
  for (const std::vector<AppRowSpec>* rows : {&spec.application_rows, &spec.tolerated_rows}) {
    auto found = std::find_if(rows->begin(), rows->end(),
                              [row](const AppRowSpec& candidate) { return candidate.row == row; });
    if (found != rows->end()) return &*found;
  }
  return nullptr;
}

bool IsOfficialRow(const FormatSpec& spec, AppRow row) {
  return std::any_of(spec.application_rows.begin(), spec.application_rows.end(),
                     [row](const AppRowSpec& candidate) { return candidate.row == row; });
}

std::string_view Key(AppRow row) {
  const AppRowSpec* spec = FindAppRow(SpecFor(Format::k2021), row);
  return spec != nullptr ? spec->key : "";
}

std::string_view Key(AppColumn column) {
  switch (column) {
    case AppColumn::kNaturalPerson:
      return "natural_person";
    case AppColumn::kCommercialEnterprise:
      return "commercial_enterprise";
    case AppColumn::kResearchInstitution:
      return "research_institution";
    case AppColumn::kPublicInterestOrganization:
      return "public_interest_organization";
    case AppColumn::kLegalServiceOrganization:
      return "legal_service_organization";
    case AppColumn::kOtherOrganization:
      return "other_organization";
    case AppColumn::kTotal:
      return "total";
  }
  return "";
}

std::string_view Label(AppColumn column) {
  switch (column) {
    case AppColumn::kNaturalPerson:
      return "自然人";
    case AppColumn::kCommercialEnterprise:
      return "商业企业";
    case AppColumn::kResearchInstitution:
      return "科研机构";
    case AppColumn::kPublicInterestOrganization:
      return "社会公益组织";
    case AppColumn::kLegalServiceOrganization:
      return "法律服务机构";
    case AppColumn::kOtherOrganization:
      return "其他";
    case AppColumn::kTotal:
      return "总计";
  }
  return "";
}

std::string_view Key(AppealGroup group) {
  switch (group) {
    case AppealGroup::kReconsideration:
      return "reconsideration";
    case AppealGroup::kLitigationDirect:
      return "litigation_direct";
    case AppealGroup::kLitigationAfterReconsideration:
      return "litigation_after_reconsideration";
  }
  return "";
}

std::string_view Label(AppealGroup group) {
  switch (group) {
    case AppealGroup::kReconsideration:
      return "行政复议";
    case AppealGroup::kLitigationDirect:
      return "未经复议直接起诉";
    case AppealGroup::kLitigationAfterReconsideration:
      return "复议后起诉";
  }
  return "";
}

std::string_view Key(AppealColumn column) {
  switch (column) {
    case AppealColumn::kUpheld:
      return "upheld";
    case AppealColumn::kCorrected:
      return "corrected";
    case AppealColumn::kOther:
      return "other";
    case AppealColumn::kPending:
      return "pending";
    case AppealColumn::kTotal:
      return "total";
  }
  return "";
}

std::string_view Label(AppealColumn column) {
  switch (column) {
    case AppealColumn::kUpheld:
      return "结果维持";
    case AppealColumn::kCorrected:
      return "结果纠正";
    case AppealColumn::kOther:
      return "其他结果";
    case AppealColumn::kPending:
      return "尚未审结";
    case AppealColumn::kTotal:
      return "总计";
  }
  return "";
}

std::string_view Key(ProactiveRow row) {
  switch (row) {
    case PR::kRules:
      return "rules";
    case PR::kNormativeDocuments:
      return "normative_documents";
    case PR::kLicensing:
      return "licensing";
    case PR::kOtherManagementServices:
      return "other_management_services";
    case PR::kPenalties:
      return "penalties";
    case PR::kCoerciveMeasures:
      return "coercive_measures";
    case PR::kFees:
      return "fees";
    case PR::kProcurement:
      return "procurement";
  }
  return "";
}

std::string_view Key(ProactiveColumn column) {
  switch (column) {
    case PC::kIssued:
      return "issued";
    case PC::kRepealed:
      return "repealed";
    case PC::kInForce:
      return "in_force";
    case PC::kDecisions:
      return "decisions";
    case PC::kAmount10kYuan:
      return "amount_10k_yuan";
    case PC::kNewMade:
      return "new_made";
    case PC::kNewPublished:
      return "new_published";
    case PC::kTotalPublished:
      return "total_published";
    case PC::kLastYearItems:
      return "last_year_items";
    case PC::kChange:
      return "change";
    case PC::kItems:
      return "items";
    case PC::kAmount:
      return "amount";
  }
  return "";
}

}  // namespace gongkai::report
