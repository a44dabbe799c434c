// What `gongkai report audit` writes into its output directory, from the entries of AuditFiles:
// summary.csv (one row per file, for a spreadsheet), summary.json (every finding, for programs),
// index.html (a self-contained page: totals, findings by rule and by year, a sortable table) and
// detail pages under reports/, each holding the details of up to kAuditEntriesPerPage files (ten
// thousand small files would cost more to create than to compute on many file systems).
#pragma once

#include <string>
#include <vector>

#include "report/audit.hpp"

namespace gongkai::report {

inline constexpr std::size_t kAuditEntriesPerPage = 100;

// The detail pages: reports/1.html holds entries 0–99, reports/2.html the next hundred, ….
std::size_t AuditDetailPageCount(std::size_t entries);
std::string AuditDetailPageName(std::size_t page);  // "reports/1.html" for page 0
// Where entries[i]'s details are, relative to the output directory: "reports/1.html#r1".
std::string AuditDetailLink(std::size_t index);

// UTF-8 with a byte-order mark (so that Excel shows the Chinese), RFC 4180 quoting.
std::string AuditCsv(const std::vector<AuditEntry>& entries);

// {"totals": {...}, "reports": [CheckJson or UnreadableJson of each file, in order]}.
std::string AuditJson(const std::vector<AuditEntry>& entries);

// No external resources: styles, SVG charts and the sorting script are inline.
std::string AuditIndexHtml(const std::vector<AuditEntry>& entries);

// Detail page `page`: for each of its files the verdict and findings; links back to index.html.
std::string AuditDetailHtml(const std::vector<AuditEntry>& entries, std::size_t page);

}  // namespace gongkai::report
