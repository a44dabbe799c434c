// The annual report as a function of an organisation's records (DESIGN.md §3.8): every number of
// tables 二, 三 and 四 is counted from the ledger, each cell with the records behind it, and the
// free-text sections are prefilled from the same data for the officer to edit.
//
// By construction the result passes GK001–GK006, and GK010 against the previous year generated
// from the same ledger: carried forward = open on 31 December = next year's carried over.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "core/appeal.hpp"
#include "core/application.hpp"
#include "core/organisation.hpp"
#include "core/publication.hpp"
#include "core/yearly_statistics.hpp"
#include "report/model.hpp"

namespace gongkai::report {

// What the store selects for one organisation and year.
struct LedgerYear {
  core::Organisation organisation;
  int year = 0;
  // Every case received by 31 December and not closed before 1 January.
  std::vector<core::CaseRow> cases;
  // Every catalogue item of the organisation (the stock of documents in force needs history).
  std::vector<core::Publication> publications;
  // Every appeal filed by 31 December and not decided before 1 January.
  std::vector<core::Appeal> appeals;
  std::optional<core::YearlyStatistics> statistics;
};

// A record behind a cell.
struct RecordRef {
  std::string_view kind;  // "application", "publication", "appeal", "yearly_statistics" (static)
  std::int64_t id = 0;
  friend bool operator==(const RecordRef&, const RecordRef&) = default;
};

struct GeneratedReport {
  AnnualReport report;
  // "applications.received.natural_person" -> the records counted in that cell.
  std::map<std::string, std::vector<RecordRef>> records;
};

// The first year the generator supports: reports on earlier years used the 2019 format, whose
// item counts (上一年项目数量, 本年增/减) the ledger does not keep.
inline constexpr int kFirstGeneratedYear = 2021;

// Fails with kInvalidArgument for a year before kFirstGeneratedYear.
Result<GeneratedReport> GenerateReport(const LedgerYear& ledger);

// The free-text sections 一, 五 and 六, prefilled with sentences computed from the ledger and the
// report's tables (so that they cannot contradict them: GK009), with prompts where only the
// officer knows what to write.
Sections PrefillSections(const LedgerYear& ledger, const AnnualReport& report);

// The cell key for "ROW.COLUMN" or "TABLE.ROW.COLUMN" (e.g. "received.total"), as used by
// GeneratedReport::records; nullopt when no cell of the report has that name.
std::optional<std::string> ResolveCellKey(const std::string& name);

}  // namespace gongkai::report
