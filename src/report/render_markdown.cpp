#include "base/text.hpp"
#include "report/format.hpp"
#include "report/render.hpp"

namespace gongkai::report {
namespace {

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\";
    out += c;
  }
  return out;
}

std::string ValueText(const std::optional<Decimal>& value) {
  return value ? value->ToString() : std::string();
}

void AppendRow(std::string& out, const std::vector<std::string>& cells) {
  out += "|";
  for (const std::string& cell : cells) out += " " + MarkdownCell(cell) + " |";
  out += "\n";
}

void AppendHeader(std::string& out, const std::vector<std::string>& cells) {
  AppendRow(out, cells);
  out += "|";
  for (std::size_t i = 0; i < cells.size(); ++i) out += i == 0 ? " --- |" : " ---: |";
  out += "\n";
}

void AppendSection(std::string& out, const FormatSpec& spec, int section,
                   const std::optional<std::string>& body) {
  out += "## " + std::string(spec.sections[static_cast<std::size_t>(section)].heading) + "\n\n";
  if (!body) return;
  for (std::string_view paragraph : text::SplitLines(*body)) {
    out.append(paragraph).append("\n\n");
  }
}

void AppendProactive(std::string& out, const AnnualReport& report, const FormatSpec& spec) {
  for (const ProactiveTableSpec& table : spec.proactive) {
    out += "### " + std::string(table.heading) + "\n\n";
    std::vector<std::string> header = {std::string(kProactiveItemHeader)};
    for (const ProactiveColumnSpec& column : table.columns) header.emplace_back(column.label);
    AppendHeader(out, header);
    for (const ProactiveRowSpec& row : table.rows) {
      std::vector<std::string> cells = {std::string(row.label)};
      for (const ProactiveColumnSpec& column : table.columns) {
        cells.push_back(ValueText(report.proactive.value(row.row, column.column)));
      }
      AppendRow(out, cells);
    }
    out += "\n";
  }
}

void AppendApplications(std::string& out, const AnnualReport& report, const FormatSpec& spec) {
  out += std::string(kAppCornerNote) + "\n\n";
  std::vector<std::string> header = {"项目"};
  for (AppColumn column : kAllAppColumns) header.emplace_back(Label(column));
  AppendHeader(out, header);
  for (AppRow row : kAllAppRows) {
    const AppRowSpec* row_spec = FindAppRow(spec, row);
    if (row_spec == nullptr) continue;
    if (!IsOfficialRow(spec, row) && !report.applications.RowHasValue(row)) continue;
    bool in_group = !row_spec->group_label.empty() && row_spec->group_label != kAppResultsGroup;
    std::string label;
    if (in_group) label.append(row_spec->group_label).append(" ");
    label.append(row_spec->label);
    std::vector<std::string> cells = {label};
    for (AppColumn column : kAllAppColumns) {
      cells.push_back(ValueText(report.applications.value(row, column)));
    }
    AppendRow(out, cells);
  }
  out += "\n";
}

void AppendAppeals(std::string& out, const AnnualReport& report) {
  std::vector<std::string> header = {"类别"};
  for (AppealColumn column : kAllAppealColumns) header.emplace_back(Label(column));
  AppendHeader(out, header);
  for (AppealGroup group : kAllAppealGroups) {
    std::string label(Label(group));
    if (group != AppealGroup::kReconsideration) {
      label = std::string(kAppealLitigationHeader).append("（").append(Label(group)).append("）");
    }
    std::vector<std::string> cells = {label};
    for (AppealColumn column : kAllAppealColumns) {
      cells.push_back(ValueText(report.appeals.value(group, column)));
    }
    AppendRow(out, cells);
  }
  out += "\n";
}

}  // namespace

std::string RenderMarkdown(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  const Sections sections = report.sections.value_or(Sections{});
  std::string out = "# " + TitleOf(report) + "\n\n";
  AppendSection(out, spec, 0, sections.overview);
  AppendSection(out, spec, 1, std::nullopt);
  AppendProactive(out, report, spec);
  AppendSection(out, spec, 2, std::nullopt);
  AppendApplications(out, report, spec);
  AppendSection(out, spec, 3, std::nullopt);
  AppendAppeals(out, report);
  AppendSection(out, spec, 4, sections.problems);
  AppendSection(out, spec, 5, sections.other);
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace gongkai::report
