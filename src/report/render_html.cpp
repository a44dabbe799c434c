// The report as HTML in the official layout: table 三's three header rows with the 勾稽 note,
// table 四's grouped headers, merged label cells. Every value cell carries its key
// ("applications.received.total") so that pages can link a cell to the records behind it and
// highlight the cells a finding names.
#include <string_view>
#include <vector>

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/render.hpp"

namespace gongkai::report {
namespace {

using text::AppendHtmlEscaped;

void AppendValueCell(std::string& out, Part part, std::string_view row, std::string_view column,
                     const std::optional<Decimal>& value) {
  out += "<td class=\"num";
  if (!value) out += " blank";
  out += "\" data-cell=\"";
  out.append(ToString(part)).append(".").append(row).append(".").append(column).append("\">");
  if (value) out += value->ToString();
  out += "</td>";
}

void AppendHeaderCell(std::string& out, std::string_view label, int rowspan = 1, int colspan = 1) {
  out += "<th";
  if (rowspan > 1) out += " rowspan=\"" + std::to_string(rowspan) + "\"";
  if (colspan > 1) out += " colspan=\"" + std::to_string(colspan) + "\"";
  out += " scope=\"";
  out += colspan > 1 ? "colgroup" : "col";
  out += "\">";
  AppendHtmlEscaped(out, label);
  out += "</th>";
}

void AppendRowLabel(std::string& out, std::string_view label, int rowspan = 1, int colspan = 1) {
  out += "<th";
  if (rowspan > 1) out += " rowspan=\"" + std::to_string(rowspan) + "\"";
  if (colspan > 1) out += " colspan=\"" + std::to_string(colspan) + "\"";
  out += rowspan > 1 ? " scope=\"rowgroup\">" : " scope=\"row\">";
  AppendHtmlEscaped(out, label);
  out += "</th>";
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

void AppendProactive(std::string& out, const AnnualReport& report, const FormatSpec& spec) {
  for (const ProactiveTableSpec& table : spec.proactive) {
    out += "<table class=\"gk-table\" data-part=\"proactive\">\n<thead><tr>";
    AppendHeaderCell(out, table.heading, 1, static_cast<int>(table.columns.size()) + 1);
    out += "</tr>\n<tr>";
    AppendHeaderCell(out, kProactiveItemHeader);
    for (const ProactiveColumnSpec& column : table.columns) {
      std::string label(column.label);
      if (column.column == ProactiveColumn::kAmount && report.procurement_amount_unit) {
        label += "（单位：" + *report.procurement_amount_unit + "）";
      }
      AppendHeaderCell(out, label);
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const ProactiveRowSpec& row : table.rows) {
      out += "<tr>";
      AppendRowLabel(out, row.label);
      for (const ProactiveColumnSpec& column : table.columns) {
        AppendValueCell(out, Part::kProactive, row.key, column.key,
                        report.proactive.value(row.row, column.column));
      }
      out += "</tr>\n";
    }
    out += "</tbody></table>\n";
  }
}

// The rows of table 三 as printed, with the size of each merged label cell.
struct PrintedAppRow {
  const AppRowSpec* spec = nullptr;
  int results_span = 0;  // > 0 on the first row of 三、本年度办理结果: rows it spans
  int group_span = 0;    // > 0 on the first row of a group such as （三）不予公开
};

std::vector<PrintedAppRow> PrintedAppRows(const AnnualReport& report, const FormatSpec& spec) {
  std::vector<PrintedAppRow> rows;
  for (AppRow row : kAllAppRows) {
    const AppRowSpec* row_spec = FindAppRow(spec, row);
    if (row_spec == nullptr) continue;
    if (!IsOfficialRow(spec, row) && !report.applications.RowHasValue(row)) continue;
    rows.push_back({row_spec, 0, 0});
  }
  PrintedAppRow* results = nullptr;
  PrintedAppRow* group = nullptr;
  for (PrintedAppRow& row : rows) {
    std::string_view group_label = row.spec->group_label;
    if (group_label.empty()) {
      results = nullptr;
      group = nullptr;
      continue;
    }
    if (results == nullptr) results = &row;
    ++results->results_span;
    if (group_label == kAppResultsGroup) {
      group = nullptr;
      continue;
    }
    if (group == nullptr || group->spec->group_label != group_label) group = &row;
    ++group->group_span;
  }
  return rows;
}

void AppendApplications(std::string& out, const AnnualReport& report, const FormatSpec& spec) {
  out += "<table class=\"gk-table\" data-part=\"applications\">\n<thead><tr>";
  AppendHeaderCell(out, kAppCornerNote, 3, 3);
  AppendHeaderCell(out, kAppApplicantHeader, 1, static_cast<int>(kAllAppColumns.size()));
  out += "</tr>\n<tr>";
  AppendHeaderCell(out, Label(AppColumn::kNaturalPerson), 2);
  AppendHeaderCell(out, kAppOrganisationHeader, 1, static_cast<int>(kAllAppColumns.size()) - 2);
  AppendHeaderCell(out, Label(AppColumn::kTotal), 2);
  out += "</tr>\n<tr>";
  for (AppColumn column : kAllAppColumns) {
    if (column != AppColumn::kNaturalPerson && column != AppColumn::kTotal) {
      AppendHeaderCell(out, Label(column));
    }
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const PrintedAppRow& row : PrintedAppRows(report, spec)) {
    out += "<tr>";
    std::string_view group_label = row.spec->group_label;
    if (group_label.empty()) {
      AppendRowLabel(out, row.spec->label, 1, 3);
    } else {
      if (row.results_span > 0) AppendRowLabel(out, kAppResultsGroup, row.results_span);
      if (group_label == kAppResultsGroup) {
        AppendRowLabel(out, row.spec->label, 1, 2);
      } else {
        if (row.group_span > 0) AppendRowLabel(out, group_label, row.group_span);
        AppendRowLabel(out, row.spec->label);
      }
    }
    for (AppColumn column : kAllAppColumns) {
      AppendValueCell(out, Part::kApplications, row.spec->key, Key(column),
                      report.applications.value(row.spec->row, column));
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

void AppendAppeals(std::string& out, const AnnualReport& report) {
  int columns = static_cast<int>(kAllAppealColumns.size());
  out += "<table class=\"gk-table\" data-part=\"appeals\">\n<thead><tr>";
  AppendHeaderCell(out, kAppealReconsiderationHeader, 2, columns);
  AppendHeaderCell(out, kAppealLitigationHeader, 1, columns * 2);
  out += "</tr>\n<tr>";
  AppendHeaderCell(out, Label(AppealGroup::kLitigationDirect), 1, columns);
  AppendHeaderCell(out, Label(AppealGroup::kLitigationAfterReconsideration), 1, columns);
  out += "</tr>\n<tr>";
  for (std::size_t group = 0; group < kAllAppealGroups.size(); ++group) {
    for (AppealColumn column : kAllAppealColumns) AppendHeaderCell(out, Label(column));
  }
  out += "</tr></thead>\n<tbody><tr>";
  for (AppealGroup group : kAllAppealGroups) {
    for (AppealColumn column : kAllAppealColumns) {
      AppendValueCell(out, Part::kAppeals, Key(group), Key(column),
                      report.appeals.value(group, column));
    }
  }
  out += "</tr></tbody></table>\n";
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
  AppendProactive(out, report, spec);
  AppendHeading(out, spec, 2);
  AppendApplications(out, report, spec);
  AppendHeading(out, spec, 3);
  AppendAppeals(out, report);
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
  const FormatSpec& spec = SpecFor(report.format);
  std::string out = "table,row,column,value\n";
  auto add = [&out](Part part, std::string_view row, std::string_view column,
                    const std::optional<Decimal>& value) {
    out.append(ToString(part)).append(",").append(row).append(",").append(column).append(",");
    if (value) out += value->ToString();
    out += "\n";
  };
  for (const ProactiveTableSpec& table : spec.proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      for (const ProactiveColumnSpec& column : table.columns) {
        add(Part::kProactive, row.key, column.key, report.proactive.value(row.row, column.column));
      }
    }
  }
  for (const PrintedAppRow& row : PrintedAppRows(report, spec)) {
    for (AppColumn column : kAllAppColumns) {
      add(Part::kApplications, row.spec->key, Key(column),
          report.applications.value(row.spec->row, column));
    }
  }
  for (AppealGroup group : kAllAppealGroups) {
    for (AppealColumn column : kAllAppealColumns) {
      add(Part::kAppeals, Key(group), Key(column), report.appeals.value(group, column));
    }
  }
  return out;
}

}  // namespace gongkai::report
