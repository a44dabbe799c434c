// The report as HTML in the official layout: table 三's three header rows with the 勾稽 note,
// table 四's grouped headers, merged label cells. Every value cell carries its key
// ("applications.received.total") so that pages can link a cell to the records behind it and
// highlight the cells a finding names.
#include <string_view>
#include <vector>

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/printed_table.hpp"
#include "report/render.hpp"

namespace gongkai::report {
namespace {

using text::AppendHtmlEscaped;

void AppendSpans(std::string& out, const PrintedCell& cell) {
  if (cell.rowspan > 1) out += " rowspan=\"" + std::to_string(cell.rowspan) + "\"";
  if (cell.colspan > 1) out += " colspan=\"" + std::to_string(cell.colspan) + "\"";
}

void AppendCell(std::string& out, const PrintedCell& cell) {
  switch (cell.role) {
    case CellRole::kValue:
      out += cell.value ? "<td class=\"num\"" : "<td class=\"num blank\"";
      out += " data-cell=\"" + cell.key + "\">";
      out += cell.text;
      out += "</td>";
      return;
    case CellRole::kHeader:
      out += "<th";
      AppendSpans(out, cell);
      out += cell.colspan > 1 ? " scope=\"colgroup\">" : " scope=\"col\">";
      break;
    case CellRole::kRowLabel:
      out += "<th";
      AppendSpans(out, cell);
      out += cell.rowspan > 1 ? " scope=\"rowgroup\">" : " scope=\"row\">";
      break;
  }
  AppendHtmlEscaped(out, cell.text);
  out += "</th>";
}

void AppendTable(std::string& out, const PrintedTable& table) {
  out += "<table class=\"gk-table\" data-part=\"";
  out.append(ToString(table.part)).append("\">\n<thead>");
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    if (row == static_cast<std::size_t>(table.header_rows)) out += "</thead>\n<tbody>\n";
    out += "<tr>";
    for (const PrintedCell& cell : table.rows[row]) AppendCell(out, cell);
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

void AppendParagraphs(std::string& out, const std::optional<std::string>& body) {
  if (!body) return;
  for (std::string_view paragraph : text::SplitLines(*body)) {
    if (text::Trim(paragraph).empty()) continue;
    out += "<p>";
    AppendHtmlEscaped(out, paragraph);
    out += "</p>\n";
  }
}

void AppendHeading(std::string& out, const FormatSpec& spec, int section) {
  out += "<h2>";
  AppendHtmlEscaped(out, spec.sections[static_cast<std::size_t>(section)].heading);
  out += "</h2>\n";
}

constexpr std::string_view kPageStyle = R"(
body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; margin: 2em auto;
       max-width: 60em; padding: 0 1em; line-height: 1.6; color: #000; }
h1 { font-size: 1.6em; text-align: center; }
h2 { font-size: 1.15em; font-family: "Noto Sans CJK SC", SimHei, sans-serif; }
p { text-indent: 2em; margin: 0.4em 0; }
table.gk-table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.9em; }
.gk-table th, .gk-table td { border: 1px solid #000; padding: 0.2em 0.4em; }
.gk-table th { font-weight: normal; text-align: center; }
.gk-table th[scope=row] { text-align: left; }
.gk-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
@page { size: A4; margin: 2.5cm 2cm; }
@media print { body { margin: 0; max-width: none; } table.gk-table { page-break-inside: auto; }
               tr { page-break-inside: avoid; } thead { display: table-header-group; } }
)";

}  // namespace

std::string RenderHtmlBody(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  const Sections sections = report.sections.value_or(Sections{});
  std::string out;
  out.reserve(32768);
  out += "<article class=\"gk-report\" data-format=\"";
  out.append(ToString(report.format)).append("\">\n<h1>");
  AppendHtmlEscaped(out, TitleOf(report));
  out += "</h1>\n";
  AppendHeading(out, spec, 0);
  AppendParagraphs(out, sections.overview);
  AppendHeading(out, spec, 1);
  for (const PrintedTable& table : ProactiveTables(report)) AppendTable(out, table);
  AppendHeading(out, spec, 2);
  AppendTable(out, ApplicationTable(report));
  AppendHeading(out, spec, 3);
  AppendTable(out, AppealTable(report));
  AppendHeading(out, spec, 4);
  AppendParagraphs(out, sections.problems);
  AppendHeading(out, spec, 5);
  AppendParagraphs(out, sections.other);
  out += "</article>\n";
  return out;
}

std::string RenderHtml(const AnnualReport& report) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  AppendHtmlEscaped(out, TitleOf(report));
  out += "</title>\n<style>";
  out += kPageStyle;
  out += "</style>\n</head>\n<body>\n";
  out += RenderHtmlBody(report);
  out += "</body>\n</html>\n";
  return out;
}

std::string RenderCsv(const AnnualReport& report) {
  std::string out = "table,row,column,value\n";
  auto add = [&out](const PrintedTable& table) {
    for (const std::vector<PrintedCell>& row : table.rows) {
      for (const PrintedCell& cell : row) {
        if (cell.role != CellRole::kValue) continue;
        std::string key = cell.key;
        for (char& c : key) {
          if (c == '.') c = ',';
        }
        out.append(key).append(",").append(cell.text).append("\n");
      }
    }
  };
  for (const PrintedTable& table : ProactiveTables(report)) add(table);
  add(ApplicationTable(report));
  add(AppealTable(report));
  return out;
}

}  // namespace gongkai::report
