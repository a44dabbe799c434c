#include "report/audit_output.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "base/text.hpp"
#include "report/format.hpp"

namespace gongkai::report {
namespace {

using text::AppendHtmlEscaped;

// Short names of the rules (docs/validation-rules.md) for the chart and the detail pages.
constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kRuleNames = {{
    {"GK001", "表三勾稽关系"},
    {"GK002", "表三行合计"},
    {"GK003", "表三办理结果合计"},
    {"GK004", "表四合计"},
    {"GK005", "数值非法"},
    {"GK006", "结构缺失"},
    {"GK007", "标签不规范"},
    {"GK008", "格式与年度不符"},
    {"GK009", "正文与表格矛盾"},
    {"GK010", "跨年结转不符"},
    {"GK011", "跨年存量不符"},
}};

std::string_view RuleName(std::string_view code) {
  for (const auto& [rule, name] : kRuleNames) {
    if (rule == code) return name;
  }
  return "";
}

std::string_view KindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kJson:
      return "JSON";
    case SourceKind::kTextLayout:
      return "文本";
    case SourceKind::kAlignedText:
      return "对齐文本";
    case SourceKind::kReadingOrder:
      return "逐行文本";
    case SourceKind::kMarkdown:
      return "Markdown";
    case SourceKind::kRunTogether:
      return "连写网页文本";
    case SourceKind::kHtml:
      return "网页";
    case SourceKind::kDocx:
      return "Word";
    case SourceKind::kPdf:
      return "PDF";
  }
  return "";
}

std::string_view Verdict(const AuditEntry& entry) {
  if (!entry.readable) return "无法读取";
  return entry.valid ? "有效" : "无效";
}

std::string Joined(const std::vector<std::string>& codes, std::string_view separator) {
  std::string out;
  for (const std::string& code : codes) {
    if (!out.empty()) out += separator;
    out += code;
  }
  return out;
}

void AppendCsvField(std::string& out, std::string_view field) {
  bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

struct Totals {
  std::size_t files = 0;
  std::size_t readable = 0;
  std::size_t valid = 0;
  std::size_t invalid = 0;
  std::size_t unreadable = 0;
  std::map<std::string, std::size_t> reports_by_code;  // how many reports raise each rule
  std::map<int, std::array<std::size_t, 2>> by_year;   // year → {valid, invalid}
};

Totals Count(const std::vector<AuditEntry>& entries) {
  Totals totals;
  totals.files = entries.size();
  for (const AuditEntry& entry : entries) {
    if (!entry.readable) {
      ++totals.unreadable;
      continue;
    }
    ++totals.readable;
    ++(entry.valid ? totals.valid : totals.invalid);
    for (const auto* codes : {&entry.error_codes, &entry.warning_codes}) {
      for (const std::string& code : *codes) ++totals.reports_by_code[code];
    }
    if (entry.year) ++totals.by_year[*entry.year][entry.valid ? 0 : 1];
  }
  return totals;
}

constexpr std::string_view kStyle = R"(<style>
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5em auto;
       max-width: 72em; padding: 0 1em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.totals { display: flex; gap: 1em; flex-wrap: wrap; }
.totals div { border: 1px solid #ccc; border-radius: 4px; padding: 0.5em 1em; min-width: 7em; }
.totals b { display: block; font-size: 1.5em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; cursor: pointer; user-select: none; }
td.num { text-align: right; }
.valid { color: #17692e; } .invalid { color: #b3261e; font-weight: bold; } .unreadable { color: #8a5300; }
.charts { display: flex; gap: 2em; flex-wrap: wrap; }
svg text { font-size: 12px; }
</style>
)";

void AppendPageStart(std::string& out, std::string_view title) {
  out += "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  AppendHtmlEscaped(out, title);
  out += "</title>\n";
  out += kStyle;
  out += "</head>\n<body>\n";
}

// A horizontal bar chart: one bar per label.
void AppendBarChart(std::string& out, std::string_view title,
                    const std::vector<std::pair<std::string, std::array<std::size_t, 2>>>& bars,
                    std::string_view first_legend, std::string_view second_legend) {
  constexpr int kLabelWidth = 170;
  constexpr int kBarArea = 260;
  constexpr int kRowHeight = 22;
  std::size_t largest = 1;
  for (const auto& bar : bars) largest = std::max(largest, bar.second[0] + bar.second[1]);
  int height = static_cast<int>(bars.size()) * kRowHeight + 30;
  out += "<figure><figcaption>";
  AppendHtmlEscaped(out, title);
  out += "</figcaption>\n<svg role=\"img\" width=\"" + std::to_string(kLabelWidth + kBarArea + 60) +
         "\" height=\"" + std::to_string(height) + "\">\n";
  int y = 4;
  for (const auto& [label, counts] : bars) {
    out += "<text x=\"0\" y=\"" + std::to_string(y + 14) + "\">";
    AppendHtmlEscaped(out, label);
    out += "</text>";
    int x = kLabelWidth;
    for (int part = 0; part < 2; ++part) {
      int width = static_cast<int>(counts[part] * kBarArea / largest);
      if (width == 0 && counts[part] > 0) width = 1;
      out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
             std::to_string(width) + "\" height=\"15\" fill=\"" +
             (part == 0 ? "#3b6fb6" : "#d9534f") + "\"></rect>";
      x += width;
    }
    out += "<text x=\"" + std::to_string(x + 4) + "\" y=\"" + std::to_string(y + 14) + "\">" +
           std::to_string(counts[0] + counts[1]) + "</text>\n";
    y += kRowHeight;
  }
  out += "<rect x=\"0\" y=\"" + std::to_string(y + 6) +
         "\" width=\"10\" height=\"10\" fill=\"#3b6fb6\"></rect><text x=\"14\" y=\"" +
         std::to_string(y + 15) + "\">";
  AppendHtmlEscaped(out, first_legend);
  out += "</text>";
  if (!second_legend.empty()) {
    out += "<rect x=\"120\" y=\"" + std::to_string(y + 6) +
           "\" width=\"10\" height=\"10\" fill=\"#d9534f\"></rect><text x=\"134\" y=\"" +
           std::to_string(y + 15) + "\">";
    AppendHtmlEscaped(out, second_legend);
    out += "</text>";
  }
  out += "\n</svg></figure>\n";
}

// Sorts the table by the clicked column; numbers numerically, text by the Chinese collation.
constexpr std::string_view kSortScript = R"(<script>
document.querySelectorAll("table.sortable th").forEach(function (th, column) {
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.dataset.order !== "asc";
    th.dataset.order = ascending ? "asc" : "desc";
    var collator = new Intl.Collator("zh-CN", {numeric: true});
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort || a.cells[column].textContent;
      var y = b.cells[column].dataset.sort || b.cells[column].textContent;
      return ascending ? collator.compare(x, y) : collator.compare(y, x);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
</script>
)";

void AppendDetail(std::string& out, const AuditEntry& entry, std::size_t index) {
  out += "<section id=\"r" + std::to_string(index + 1) + "\">\n<h2>" + std::to_string(index + 1) +
         ". ";
  AppendHtmlEscaped(out, entry.agency.value_or(entry.file));
  if (entry.year) out += " " + std::to_string(*entry.year) + " 年度";
  out += "</h2>\n<table>\n<tr><th>文件</th><td>";
  AppendHtmlEscaped(out, entry.file);
  out += "</td></tr>\n<tr><th>结论</th><td>" + std::string(Verdict(entry)) + "</td></tr>\n";
  if (!entry.readable) {
    out += "<tr><th>原因</th><td>";
    AppendHtmlEscaped(out, entry.reason);
    out += "</td></tr>\n</table>\n</section>\n";
    return;
  }
  out += "<tr><th>格式</th><td>" + std::string(ToString(entry.format)) + " 年格式（";
  AppendHtmlEscaped(out, Instrument(entry.format));
  out += "）</td></tr>\n<tr><th>文件类型</th><td>" + std::string(KindName(entry.kind)) +
         "</td></tr>\n<tr><th>空白或无法读取的单元格</th><td>" + std::to_string(entry.blank_cells) +
         "</td></tr>\n";
  if (!entry.previous_file.empty()) {
    out += "<tr><th>对比的上年报告</th><td>";
    AppendHtmlEscaped(out, entry.previous_file);
    out += "</td></tr>\n";
  }
  out += "</table>\n<h3>发现的问题（" + std::to_string(entry.findings.size()) + "）</h3>\n";
  if (entry.findings.empty()) out += "<p>未发现问题。</p>\n";
  if (!entry.findings.empty()) {
    out += "<table>\n<thead><tr><th>规则</th><th>级别</th><th>说明</th></tr></thead>\n<tbody>\n";
    for (const Finding& finding : entry.findings) {
      out += "<tr><td>" + finding.code + " " + std::string(RuleName(finding.code)) + "</td><td>" +
             (finding.severity == Severity::kError ? "错误" : "警告") + "</td><td>";
      AppendHtmlEscaped(out, finding.message);
      out += "</td></tr>\n";
    }
    out += "</tbody></table>\n";
  }
  if (!entry.not_assessable.empty()) {
    out += "<p>因单元格为空无法评估：";
    bool first = true;
    for (const auto& [code, count] : entry.not_assessable) {
      out += (first ? "" : "，") + code + " " + std::to_string(count) + " 处";
      first = false;
    }
    out += "</p>\n";
  }
  out += "</section>\n";
}

}  // namespace

std::size_t AuditDetailPageCount(std::size_t entries) {
  return (entries + kAuditEntriesPerPage - 1) / kAuditEntriesPerPage;
}

std::string AuditDetailPageName(std::size_t page) {
  return "reports/" + std::to_string(page + 1) + ".html";
}

std::string AuditDetailLink(std::size_t index) {
  return AuditDetailPageName(index / kAuditEntriesPerPage) + "#r" + std::to_string(index + 1);
}

std::string AuditCsv(const std::vector<AuditEntry>& entries) {
  std::string out =
      "\xEF\xBB\xBF文件,机关,年度,格式,文件类型,结论,错误规则,警告规则,空白或无法读取单元格,"
      "对比上年报告,无法读取原因\r\n";
  for (const AuditEntry& entry : entries) {
    AppendCsvField(out, entry.file);
    out += ',';
    AppendCsvField(out, entry.agency.value_or(""));
    out += ',';
    out += entry.year ? std::to_string(*entry.year) : "";
    out += ',';
    out += entry.readable ? std::string(ToString(entry.format)) : "";
    out += ',';
    out += entry.readable ? KindName(entry.kind) : "";
    out += ',';
    out += Verdict(entry);
    out += ',';
    AppendCsvField(out, Joined(entry.error_codes, " "));
    out += ',';
    AppendCsvField(out, Joined(entry.warning_codes, " "));
    out += ',';
    out += entry.readable ? std::to_string(entry.blank_cells) : "";
    out += ',';
    AppendCsvField(out, entry.previous_file);
    out += ',';
    AppendCsvField(out, entry.reason);
    out += "\r\n";
  }
  return out;
}

std::string AuditJson(const std::vector<AuditEntry>& entries) {
  Totals totals = Count(entries);
  std::string out = "{\"totals\":{\"files\":" + std::to_string(totals.files) +
                    ",\"readable\":" + std::to_string(totals.readable) +
                    ",\"valid\":" + std::to_string(totals.valid) +
                    ",\"invalid\":" + std::to_string(totals.invalid) +
                    ",\"unreadable\":" + std::to_string(totals.unreadable) +
                    ",\"reports_by_rule\":{";
  bool first = true;
  for (const auto& [code, count] : totals.reports_by_code) {
    out += (first ? "\"" : ",\"") + code + "\":" + std::to_string(count);
    first = false;
  }
  out += "}},\n\"reports\":[\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out += ",\n";
    out += entries[i].check_json;
  }
  out += "\n]}\n";
  return out;
}

std::string AuditIndexHtml(const std::vector<AuditEntry>& entries) {
  Totals totals = Count(entries);
  std::string out;
  out.reserve(entries.size() * 400 + 8192);
  AppendPageStart(out, "政府信息公开工作年度报告核查结果");
  out += "<h1>政府信息公开工作年度报告核查结果</h1>\n<div class=\"totals\">";
  auto total = [&](std::string_view label, std::size_t value, std::string_view css) {
    out += "<div class=\"" + std::string(css) + "\">";
    AppendHtmlEscaped(out, label);
    out += "<b>" + std::to_string(value) + "</b></div>";
  };
  total("文件", totals.files, "");
  total("有效", totals.valid, "valid");
  total("无效", totals.invalid, "invalid");
  total("无法读取", totals.unreadable, "unreadable");
  out += "</div>\n<h2>发现的问题</h2>\n<div class=\"charts\">\n";
  std::vector<std::pair<std::string, std::array<std::size_t, 2>>> by_rule;
  for (const auto& [code, name] : kRuleNames) {
    auto found = totals.reports_by_code.find(std::string(code));
    std::size_t count = found == totals.reports_by_code.end() ? 0 : found->second;
    by_rule.push_back({std::string(code) + " " + std::string(name), {count, 0}});
  }
  AppendBarChart(out, "各规则涉及的报告数", by_rule, "报告数", "");
  std::vector<std::pair<std::string, std::array<std::size_t, 2>>> by_year;
  for (const auto& [year, counts] : totals.by_year) {
    by_year.push_back({std::to_string(year) + " 年度", counts});
  }
  AppendBarChart(out, "各年度报告", by_year, "有效", "无效");
  out += "</div>\n<h2>报告清单</h2>\n<p>点击表头排序。</p>\n";
  out +=
      "<table class=\"sortable\">\n<thead><tr><th>文件</th><th>机关</th><th>年度</th>"
      "<th>格式</th><th>结论</th><th>错误</th><th>警告</th><th>空白单元格</th></tr></thead>\n"
      "<tbody>\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const AuditEntry& entry = entries[i];
    out += "<tr><td><a href=\"" + AuditDetailLink(i) + "\">";
    AppendHtmlEscaped(out, entry.file);
    out += "</a></td><td>";
    AppendHtmlEscaped(out, entry.agency.value_or(""));
    out += "</td><td class=\"num\">" + (entry.year ? std::to_string(*entry.year) : "") +
           "</td><td>" + (entry.readable ? std::string(ToString(entry.format)) : "") + "</td>";
    std::string_view css = !entry.readable ? "unreadable" : entry.valid ? "valid" : "invalid";
    out += "<td class=\"" + std::string(css) + "\">" + std::string(Verdict(entry)) + "</td><td>" +
           Joined(entry.error_codes, " ") + "</td><td>" + Joined(entry.warning_codes, " ") +
           "</td><td class=\"num\">" + (entry.readable ? std::to_string(entry.blank_cells) : "") +
           "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  out += kSortScript;
  out += "</body>\n</html>\n";
  return out;
}

std::string AuditDetailHtml(const std::vector<AuditEntry>& entries, std::size_t page) {
  std::size_t first = page * kAuditEntriesPerPage;
  std::size_t last = std::min(entries.size(), first + kAuditEntriesPerPage);
  std::string out;
  AppendPageStart(
      out, "核查详情（第 " + std::to_string(first + 1) + "–" + std::to_string(last) + " 份）");
  out += "<p><a href=\"../index.html\">← 返回核查结果</a></p>\n";
  for (std::size_t i = first; i < last; ++i) AppendDetail(out, entries[i], i);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace gongkai::report
