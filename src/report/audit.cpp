#include "report/audit.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "base/files.hpp"
#include "base/text.hpp"
#include "report/check_output.hpp"
#include "report/format.hpp"

namespace gongkai::report {
namespace {

using PreviousByAgency = std::map<std::pair<std::u32string, int>, const AnnualReport*>;

// Runs `work(i)` for i in [0, count) on `threads` threads; `work` must be safe to run
// concurrently for different i.
void ParallelFor(std::size_t count, unsigned threads,
                 const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  unsigned extra = std::min<std::size_t>(threads, count) > 1
                       ? static_cast<unsigned>(std::min<std::size_t>(threads, count)) - 1
                       : 0;
  std::vector<std::jthread> pool;
  pool.reserve(extra);
  for (unsigned t = 0; t < extra; ++t) pool.emplace_back(worker);
  worker();
}

// Files larger than this are not annual reports: listed as unreadable, not read.
constexpr std::uintmax_t kMaxReportBytes = std::uintmax_t{64} << 20;

Result<AnnualReport> ReadFile(const std::string& file, SourceKind* kind = nullptr) {
  std::error_code error;
  if (std::filesystem::file_size(file, error) > kMaxReportBytes && !error) {
    return Error::InvalidArgument("文件超过 64 MiB，不像年度报告");
  }
  Result<std::string> bytes = ReadWholeFile(file);
  if (!bytes) return bytes.error();
  Result<ReadReportResult> read = ReadReport(*bytes);
  if (!read) return read.error();
  if (kind != nullptr) *kind = read->kind;
  return std::move(read->report);
}

std::vector<std::string> CodesOf(const ValidationResult& result, Severity severity) {
  std::set<std::string> codes;
  for (const Finding& finding : result.findings) {
    if (finding.severity == severity) codes.insert(finding.code);
  }
  return {codes.begin(), codes.end()};
}

AuditEntry AuditOne(const std::string& file, const PreviousByAgency& previous,
                    const std::map<const AnnualReport*, std::string>& previous_files) {
  AuditEntry entry;
  entry.file = file;
  Result<AnnualReport> report = ReadFile(file, &entry.kind);
  if (!report) {
    entry.reason = report.error().message;
    entry.check_json = UnreadableJson(file, entry.reason).dump();
    return entry;
  }
  entry.readable = true;
  entry.agency = report->agency;
  entry.year = report->year;
  entry.format = report->format;
  ValidateOptions options;
  std::u32string agency = AgencyKey(*report);
  if (!agency.empty() && report->year) {
    auto found = previous.find({agency, *report->year - 1});
    if (found != previous.end()) {
      options.previous = found->second;
      entry.previous_file = previous_files.at(found->second);
    }
  }
  ValidationResult result = Validate(*report, options);
  entry.valid = result.valid();
  entry.error_codes = CodesOf(result, Severity::kError);
  entry.warning_codes = CodesOf(result, Severity::kWarning);
  entry.blank_cells = CountBlankCells(*report);
  entry.check_json = CheckJson(file, *report, result)
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  entry.findings = std::move(result.findings);
  entry.not_assessable = std::move(result.not_assessable);
  return entry;
}

}  // namespace

int CountBlankCells(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  int blank = 0;
  for (const ProactiveTableSpec& table : spec.proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      for (const ProactiveColumnSpec& column : table.columns) {
        blank += report.proactive.value(row.row, column.column) ? 0 : 1;
      }
    }
  }
  for (const AppRowSpec& row : spec.application_rows) {
    // A 2021 report printing the single 2019 row （六） instead of its three: those three are
    // absent, not unreadable; the structure finding (GK006) says so.
    if (!report.applications.RowHasValue(row.row) &&
        std::any_of(spec.tolerated_rows.begin(), spec.tolerated_rows.end(),
                    [&](const AppRowSpec& tolerated) {
                      bool same_group =
                          tolerated.label == row.group_label || tolerated.group_label == row.label;
                      return same_group && report.applications.RowHasValue(tolerated.row);
                    })) {
      continue;
    }
    for (AppColumn column : kAllAppColumns)
      blank += report.applications.value(row.row, column) ? 0 : 1;
  }
  for (AppealGroup group : kAllAppealGroups) {
    for (AppealColumn column : kAllAppealColumns)
      blank += report.appeals.value(group, column) ? 0 : 1;
  }
  return blank;
}

std::u32string AgencyKey(const AnnualReport& report) {
  return report.agency ? text::NormalizeLabel(*report.agency) : std::u32string();
}

std::vector<AuditEntry> AuditFiles(const std::vector<std::string>& files,
                                   const AuditOptions& options) {
  unsigned threads =
      options.threads > 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
  // Last year's reports first: each report of the batch may need any of them.
  std::vector<std::optional<AnnualReport>> previous_reports(options.previous_files.size());
  ParallelFor(previous_reports.size(), threads, [&](std::size_t i) {
    Result<AnnualReport> read = ReadFile(options.previous_files[i]);
    if (!read) return;
    read->sections = {};  // only the tables are compared
    previous_reports[i] = std::move(*read);
  });
  PreviousByAgency previous;
  std::map<const AnnualReport*, std::string> previous_files;
  for (std::size_t i = 0; i < previous_reports.size(); ++i) {
    const std::optional<AnnualReport>& report = previous_reports[i];
    if (!report || !report->year || AgencyKey(*report).empty()) continue;
    // Two files of one agency and year: the first in path order is the one compared.
    if (previous.emplace(std::pair{AgencyKey(*report), *report->year}, &*report).second) {
      previous_files[&*report] = options.previous_files[i];
    }
  }

  std::vector<AuditEntry> entries(files.size());
  std::mutex progress_mutex;
  std::size_t done = 0;
  ParallelFor(files.size(), threads, [&](std::size_t i) {
    entries[i] = AuditOne(files[i], previous, previous_files);
    if (options.progress) {
      std::lock_guard lock(progress_mutex);
      options.progress(++done, files.size());
    }
  });
  return entries;
}

}  // namespace gongkai::report
