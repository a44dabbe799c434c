// Batch audit: many published reports read and checked in parallel, each independently — one
// file that cannot be read is recorded with its reason and never stops the others. With the
// previous year's reports, each report is paired with its agency's report of the year before
// (same agency name from the title, year − 1) for the cross-year rules GK010–GK011.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/model.hpp"
#include "report/read.hpp"
#include "report/validate.hpp"

namespace gongkai::report {

// What the audit keeps of one file: enough for the summary and the detail page, not the report.
struct AuditEntry {
  std::string file;
  bool readable = false;
  std::string reason;  // why the file could not be read, in Chinese; "" when readable
  std::optional<std::string> agency;
  std::optional<int> year;
  Format format = Format::k2021;
  SourceKind kind = SourceKind::kTextLayout;
  bool valid = false;
  std::vector<std::string> error_codes;    // sorted, each once
  std::vector<std::string> warning_codes;  // sorted, each once
  std::vector<Finding> findings;
  std::map<std::string, int> not_assessable;
  int blank_cells = 0;        // the format's value cells that are blank or unreadable (null)
  std::string previous_file;  // the report paired for GK010–GK011, or ""
  std::string check_json;     // CheckJson (or UnreadableJson) of the file, serialised
};

struct AuditOptions {
  unsigned threads = 0;                     // 0: one per core
  std::vector<std::string> previous_files;  // last year's reports, read first
  // Called after each file with the number done so far and the total; calls are serialised.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// Reads and checks `files` (entries in the same order). Never fails: an unreadable file is an
// entry with readable = false.
std::vector<AuditEntry> AuditFiles(const std::vector<std::string>& files,
                                   const AuditOptions& options = {});

// The format's value cells of `report` that are null (blank in the source or unreadable).
int CountBlankCells(const AnnualReport& report);

// The key that pairs reports of one agency across years: its name without spaces and
// punctuation (text::NormalizeLabel). Empty when the report names no agency.
std::u32string AgencyKey(const AnnualReport& report);

}  // namespace gongkai::report
