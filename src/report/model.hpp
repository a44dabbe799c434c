// The annual report on government information disclosure (政府信息公开工作年度报告) as data:
// what a report states, cell by cell, in either national format. A cell may be absent (null),
// which is not zero. Numbers are what the report states, even where they do not reconcile;
// Validate (validate.hpp) says what does not add up.
//
// Plain values: copyable, no hidden state; safe to share read-only between threads.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/decimal.hpp"

namespace gongkai::report {

enum class Format {
  k2021,  // 国办公开办函〔2021〕30号, reports on 2021 and later
  k2019,  // 国办公开办函〔2019〕60号 (试行), reports on 2019 and 2020
};

// Where a value or label was read: 1-based line and cell (tab-separated field) of the source.
// Zero means unknown, e.g. for a report that came from JSON or from the ledger.
struct SourcePos {
  int line = 0;
  int cell = 0;
  bool known() const { return line > 0; }
};

struct Cell {
  std::optional<Decimal> value;  // nullopt: blank or unreadable in the source
  SourcePos source;
};

// A table of cells addressed by two enums. Row and Column must be enums whose values run from 0.
template <typename Row, typename Column, std::size_t kRows, std::size_t kColumns>
class Grid {
 public:
  Cell& at(Row row, Column column) { return cells_[Index(row, column)]; }
  const Cell& at(Row row, Column column) const { return cells_[Index(row, column)]; }
  const std::optional<Decimal>& value(Row row, Column column) const {
    return at(row, column).value;
  }
  void set(Row row, Column column, std::optional<Decimal> value, SourcePos source = {}) {
    at(row, column) = Cell{value, source};
  }
  // True when any cell of `row` holds a value.
  bool RowHasValue(Row row) const {
    for (std::size_t column = 0; column < kColumns; ++column) {
      if (cells_[Index(row, static_cast<Column>(column))].value) return true;
    }
    return false;
  }
  // True when the row was printed: a cell holds a value or was read from a place in the source
  // (a row printed with every cell blank is present, not missing).
  bool RowPrinted(Row row) const {
    for (std::size_t column = 0; column < kColumns; ++column) {
      const Cell& cell = cells_[Index(row, static_cast<Column>(column))];
      if (cell.value || cell.source.known()) return true;
    }
    return false;
  }

 private:
  static std::size_t Index(Row row, Column column) {
    return static_cast<std::size_t>(row) * kColumns + static_cast<std::size_t>(column);
  }
  std::array<Cell, kRows * kColumns> cells_{};
};

// 二、主动公开政府信息情况: the union of both formats' rows and columns; the format spec
// (format.hpp) says which pairs a format has.
enum class ProactiveRow {
  kRules,                    // 规章
  kNormativeDocuments,       // 行政规范性文件 (2019: 规范性文件)
  kLicensing,                // 行政许可
  kOtherManagementServices,  // 其他对外管理服务事项 (2019 only)
  kPenalties,                // 行政处罚
  kCoerciveMeasures,         // 行政强制
  kFees,                     // 行政事业性收费
  kProcurement,              // 政府集中采购 (2019 only)
};
inline constexpr std::size_t kProactiveRowCount = 8;

enum class ProactiveColumn {
  kIssued,          // 本年制发件数
  kRepealed,        // 本年废止件数
  kInForce,         // 现行有效件数
  kDecisions,       // 本年处理决定数量 (2019: 处理决定数量)
  kAmount10kYuan,   // 本年收费金额（单位：万元）
  kNewMade,         // 本年新制作数量 (2019)
  kNewPublished,    // 本年新公开数量 (2019)
  kTotalPublished,  // 对外公开总数量 (2019)
  kLastYearItems,   // 上一年项目数量 (2019)
  kChange,          // 本年增/减 (2019, may be negative)
  kItems,           // 采购项目数量 (2019)
  kAmount,          // 采购总金额 (2019)
};
inline constexpr std::size_t kProactiveColumnCount = 12;

// 三、收到和处理政府信息公开申请情况: rows in the canonical order of the JSON schema, the union of
// both formats (2021 has the three kOther* rows, 2019 the single kOtherHandling).
enum class AppRow {
  kReceived,
  kCarriedOver,
  kDisclosed,
  kPartiallyDisclosed,
  kWithheldStateSecret,
  kWithheldProhibitedByLaw,
  kWithheldSecurityStability,
  kWithheldThirdPartyRights,
  kWithheldInternalAffairs,
  kWithheldProcessInformation,
  kWithheldEnforcementCaseFiles,
  kWithheldAdministrativeQuery,
  kUnavailableNotHeld,
  kUnavailableNeedsCreation,
  kUnavailableUnclearAfterCorrection,
  kNotProcessedPetition,
  kNotProcessedDuplicate,
  kNotProcessedPublication,
  kNotProcessedExcessive,
  kNotProcessedConfirmation,
  kOtherNoCorrection,
  kOtherFeeUnpaid,
  kOtherOther,
  kOtherHandling,
  kTotal,
  kCarriedForward,
};
inline constexpr std::size_t kAppRowCount = 26;

// The seven columns of table 三: the six applicant types (core::ApplicantType, same order), then
// 总计.
enum class AppColumn {
  kNaturalPerson,
  kCommercialEnterprise,
  kResearchInstitution,
  kPublicInterestOrganization,
  kLegalServiceOrganization,
  kOtherOrganization,
  kTotal,
};
inline constexpr std::size_t kAppColumnCount = 7;

// 四、政府信息公开行政复议、行政诉讼情况: three groups of five.
enum class AppealGroup { kReconsideration, kLitigationDirect, kLitigationAfterReconsideration };
inline constexpr std::size_t kAppealGroupCount = 3;
enum class AppealColumn { kUpheld, kCorrected, kOther, kPending, kTotal };
inline constexpr std::size_t kAppealColumnCount = 5;

using ProactiveGrid =
    Grid<ProactiveRow, ProactiveColumn, kProactiveRowCount, kProactiveColumnCount>;
using ApplicationGrid = Grid<AppRow, AppColumn, kAppRowCount, kAppColumnCount>;
using AppealGrid = Grid<AppealGroup, AppealColumn, kAppealGroupCount, kAppealColumnCount>;

// The free-text sections, as printed (headings excluded; paragraphs separated by "\n").
struct Sections {
  std::optional<std::string> overview;  // 一、总体情况
  std::optional<std::string> problems;  // 五、存在的主要问题及改进情况
  std::optional<std::string> other;     // 六、其他需要报告的事项
};

// Which part of the report a key names.
enum class Part { kDocument, kProactive, kApplications, kAppeals };

// A printed label that matched its official wording only approximately (rule GK007).
struct LabelDeviation {
  Part part = Part::kDocument;
  std::string row;     // schema key of the row, or "" for a header or a heading
  std::string column;  // schema key of the column, or ""
  std::string printed;
  std::string official;
  SourcePos source;
};

// Something of the format's structure that the reader did not find as the format prescribes
// (rule GK006): a section out of order, a row with too few cells, a duplicated row.
struct StructureIssue {
  Part part = Part::kDocument;
  std::string row;
  std::string message;  // in Chinese, for the clerk
  SourcePos source;
};

// How a report was read from a printed layout. Empty for reports from JSON or the ledger.
struct ReadNotes {
  bool from_layout = false;                     // true when read from a printed layout
  std::array<SourcePos, 6> section_headings{};  // 一 … 六 where found; unknown = not found
  std::vector<LabelDeviation> label_deviations;
  std::vector<StructureIssue> structure_issues;
  SourcePos title;
};

struct AnnualReport {
  Format format = Format::k2021;
  std::optional<int> year;
  std::optional<std::string> agency;
  std::optional<std::string> title;
  std::optional<Sections> sections;  // nullopt when the source carries no free text at all
  ProactiveGrid proactive;
  std::optional<std::string> procurement_amount_unit;  // 2019: the unit of 采购总金额
  ApplicationGrid applications;
  AppealGrid appeals;
  ReadNotes read;
};

}  // namespace gongkai::report
