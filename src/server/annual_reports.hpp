// The annual report of an organisation-year as it stands: the published content once locked,
// otherwise generated from the ledger with the officer's edited narrative. Shared by the staff
// and the public endpoints.
#pragma once

#include <optional>

#include "base/date.hpp"
#include "report/generate.hpp"
#include "report/validate.hpp"
#include "server/http.hpp"
#include "store/records.hpp"

namespace gongkai::store {
class Store;
}

namespace gongkai::server {

struct ReportView {
  report::AnnualReport report;
  std::optional<store::ReportRecord> record;  // the stored narrative / publication, if any
  // Drill-down: the records behind each cell (empty for a published report's locked copy).
  std::map<std::string, std::vector<report::RecordRef>> records;
  bool published() const { return record && record->published; }
};

// Fails with kNotFound for a year not yet finished on `today` (a report covers a whole year,
// 条例 Art. 49) and with kInvalidArgument for a year the generator does not support.
Result<ReportView> CurrentReport(store::Store& store, core::OrgId org, int year, Date today);

// Validation with the previous year's report (published or generated) for GK010/GK011.
report::ValidationResult ValidateWithPrevious(store::Store& store, core::OrgId org,
                                              const ReportView& view, Date today);

// The report in `format` (publish::ReportFormats: json, text, markdown, html, csv, docx, pdf,
// xlsx), binary formats as an attachment named after the title; kInvalidArgument for another.
Result<HttpResponse> RenderReport(const report::AnnualReport& report, const std::string& format);

}  // namespace gongkai::server
