// What `gongkai report audit` writes into its output directory, from the entries of AuditFiles:
// summary.csv (one row per file, for a spreadsheet), summary.json (every finding, for programs),
// index.html (a self-contained page: totals, findings by rule and by year, a sortable table) and
// one detail page per file under reports/.
#pragma once

#include <string>
#include <vector>

#include "report/audit.hpp"

namespace gongkai::report {

// The detail page of entries[i] is this path, relative to the output directory.
std::string AuditDetailPath(std::size_t index);

// UTF-8 with a byte-order mark (so that Excel shows the Chinese), RFC 4180 quoting.
std::string AuditCsv(const std::vector<AuditEntry>& entries);

// {"totals": {...}, "reports": [CheckJson or UnreadableJson of each file, in order]}.
std::string AuditJson(const std::vector<AuditEntry>& entries);

// No external resources: styles, SVG charts and the sorting script are inline.
std::string AuditIndexHtml(const std::vector<AuditEntry>& entries);

// The page of one file, at AuditDetailPath: its verdict and findings, linking back to index.html.
std::string AuditDetailHtml(const AuditEntry& entry);

}  // namespace gongkai::report
