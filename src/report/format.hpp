// The two national formats of the annual report as data: section headings, the sub-tables of
// 二, the rows of 三 and the groups of 四, each with its stable schema key and its official
// Chinese label. Readers, renderers, JSON and validation all take labels and keys from here.
//
// Sources: 国办公开办函〔2021〕30号 and 〔2019〕60号 (law-and-format.md §3.3–§3.8).
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "report/model.hpp"

namespace gongkai::report {

std::string_view ToString(Format format);  // "2021", "2019"
std::optional<Format> FormatFromString(std::string_view name);
std::string_view Instrument(Format format);  // "国办公开办函〔2021〕30号"

std::string_view ToString(Part part);  // "document", "proactive", "applications", "appeals"

enum class ValueKind {
  kCount,        // a whole number >= 0
  kSignedCount,  // a whole number, may be negative (2019: 本年增/减)
  kAmount,       // a number >= 0, may have a fraction (万元)
};

struct SectionSpec {
  std::string_view heading;  // "一、总体情况"
};

struct ProactiveColumnSpec {
  ProactiveColumn column;
  std::string_view key;
  std::string_view label;
  ValueKind kind;
};

struct ProactiveRowSpec {
  ProactiveRow row;
  std::string_view key;
  std::string_view label;
};

// One sub-table of 二, e.g. 第二十条第（一）项 with its columns and rows.
struct ProactiveTableSpec {
  std::string_view heading;  // "第二十条第（一）项"
  std::vector<ProactiveRowSpec> rows;
  std::vector<ProactiveColumnSpec> columns;
};

enum class AppRowRole { kCounter, kOutcome, kTotal };

struct AppRowSpec {
  AppRow row;
  std::string_view key;
  std::string_view label;        // official label as printed, e.g. "1.属于国家秘密"
  std::string_view group_label;  // the merged label cell to its left, e.g. "（三）不予公开"
  AppRowRole role;
};

struct FormatSpec {
  Format format;
  std::array<SectionSpec, 6> sections;
  std::vector<ProactiveTableSpec> proactive;
  std::vector<AppRowSpec> application_rows;  // the format's rows, in printed order
  // Rows of the other format that real reports print instead (a 2021 report printing the single
  // 2019 row （六）其他处理). Read and kept, but a structure deviation (GK006).
  std::vector<AppRowSpec> tolerated_rows;
  // Outcome rows (三 （一）–（六）) that (七)总计 sums, for GK003.
  std::vector<AppRow> outcome_rows;
};

const FormatSpec& SpecFor(Format format);

// The label of the header that stands above the row labels of every sub-table of 二.
inline constexpr std::string_view kProactiveItemHeader = "信息内容";
// Group labels of table 三 printed in merged cells to the left of the row labels.
inline constexpr std::string_view kAppResultsGroup = "三、本年度办理结果";
inline constexpr std::string_view kAppCornerNote =
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
inline constexpr std::string_view kAppApplicantHeader = "申请人情况";
inline constexpr std::string_view kAppOrganisationHeader = "法人或其他组织";
inline constexpr std::string_view kAppealReconsiderationHeader = "行政复议";
inline constexpr std::string_view kAppealLitigationHeader = "行政诉讼";

// Keys and labels shared by both formats.
std::string_view Key(AppRow row);
std::string_view Key(AppColumn column);
std::string_view Label(AppColumn column);  // "自然人", …, "总计"
std::string_view Key(AppealGroup group);
std::string_view Label(AppealGroup group);  // "行政复议", "未经复议直接起诉", "复议后起诉"
std::string_view Key(AppealColumn column);
std::string_view Label(AppealColumn column);  // "结果维持", …
std::string_view Key(ProactiveRow row);
std::string_view Key(ProactiveColumn column);

inline constexpr std::array kAllAppRows = {
    AppRow::kReceived,
    AppRow::kCarriedOver,
    AppRow::kDisclosed,
    AppRow::kPartiallyDisclosed,
    AppRow::kWithheldStateSecret,
    AppRow::kWithheldProhibitedByLaw,
    AppRow::kWithheldSecurityStability,
    AppRow::kWithheldThirdPartyRights,
    AppRow::kWithheldInternalAffairs,
    AppRow::kWithheldProcessInformation,
    AppRow::kWithheldEnforcementCaseFiles,
    AppRow::kWithheldAdministrativeQuery,
    AppRow::kUnavailableNotHeld,
    AppRow::kUnavailableNeedsCreation,
    AppRow::kUnavailableUnclearAfterCorrection,
    AppRow::kNotProcessedPetition,
    AppRow::kNotProcessedDuplicate,
    AppRow::kNotProcessedPublication,
    AppRow::kNotProcessedExcessive,
    AppRow::kNotProcessedConfirmation,
    AppRow::kOtherNoCorrection,
    AppRow::kOtherFeeUnpaid,
    AppRow::kOtherOther,
    AppRow::kOtherHandling,
    AppRow::kTotal,
    AppRow::kCarriedForward,
};
inline constexpr std::array kAllAppColumns = {
    AppColumn::kNaturalPerson,
    AppColumn::kCommercialEnterprise,
    AppColumn::kResearchInstitution,
    AppColumn::kPublicInterestOrganization,
    AppColumn::kLegalServiceOrganization,
    AppColumn::kOtherOrganization,
    AppColumn::kTotal,
};
inline constexpr std::array kAllAppealGroups = {AppealGroup::kReconsideration,
                                                AppealGroup::kLitigationDirect,
                                                AppealGroup::kLitigationAfterReconsideration};
inline constexpr std::array kAllAppealColumns = {AppealColumn::kUpheld, AppealColumn::kCorrected,
                                                 AppealColumn::kOther, AppealColumn::kPending,
                                                 AppealColumn::kTotal};

// The spec of `row` in `format`, official or tolerated; nullptr when the format has no such row.
const AppRowSpec* FindAppRow(const FormatSpec& spec, AppRow row);
bool IsOfficialRow(const FormatSpec& spec, AppRow row);

}  // namespace gongkai::report
