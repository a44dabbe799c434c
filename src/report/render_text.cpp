#include <array>

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/render.hpp"

namespace gongkai::report {
namespace {

// Table 三 prints its labels in three merged columns: the part (三、本年度办理结果), the group
// (（三）不予公开) and the row (1.属于国家秘密).
constexpr std::size_t kAppLabelColumns = 3;

std::string ValueText(const std::optional<Decimal>& value) {
  return value ? value->ToString() : std::string();
}

void AppendParagraphs(std::string& out, const std::optional<std::string>& body) {
  if (!body) return;
  for (std::string_view paragraph : text::SplitLines(*body)) {
    out.append(paragraph).append("\n\n");
  }
}

void AppendHeading(std::string& out, const FormatSpec& spec, int section) {
  out.append(spec.sections[static_cast<std::size_t>(section)].heading).append("\n\n");
}

void AppendProactive(std::string& out, const AnnualReport& report, const FormatSpec& spec) {
  for (const ProactiveTableSpec& table : spec.proactive) {
    out.append(table.heading).append("\n").append(kProactiveItemHeader);
    for (const ProactiveColumnSpec& column : table.columns) {
      out.append("\t").append(column.label);
      if (column.column == ProactiveColumn::kAmount && report.procurement_amount_unit) {
        out.append("（单位：").append(*report.procurement_amount_unit).append("）");
      }
    }
    out.append("\n");
    for (const ProactiveRowSpec& row : table.rows) {
      out.append(row.label);
      for (const ProactiveColumnSpec& column : table.columns) {
        out.append("\t").append(ValueText(report.proactive.value(row.row, column.column)));
      }
      out.append("\n");
    }
  }
  out.append("\n");
}

// The three label cells of a table 三 row: the part and group labels are printed only where
// their merged cell begins.
std::array<std::string_view, kAppLabelColumns> AppLabelCells(const AppRowSpec& row,
                                                             std::string_view& open_group,
                                                             bool& results_open) {
  std::array<std::string_view, kAppLabelColumns> cells{};
  if (row.group_label.empty()) {
    cells[0] = row.label;
    return cells;
  }
  if (!results_open) {
    cells[0] = kAppResultsGroup;
    results_open = true;
  }
  if (row.group_label == kAppResultsGroup) {
    cells[1] = row.label;
    return cells;
  }
  if (row.group_label != open_group) cells[1] = row.group_label;
  open_group = row.group_label;
  cells[2] = row.label;
  return cells;
}

void AppendApplications(std::string& out, const AnnualReport& report, const FormatSpec& spec) {
  out.append(kAppCornerNote).append("\t\t\t").append(kAppApplicantHeader).append("\n");
  out.append("\t\t\t").append(Label(AppColumn::kNaturalPerson)).append("\t");
  out.append(kAppOrganisationHeader).append("\t\t\t\t\t").append(Label(AppColumn::kTotal));
  out.append("\n\t\t\t");
  for (AppColumn column : kAllAppColumns) {
    bool organisation = column != AppColumn::kNaturalPerson && column != AppColumn::kTotal;
    out.append("\t").append(organisation ? Label(column) : "");
  }
  out.append("\n");
  std::string_view open_group;
  bool results_open = false;
  for (AppRow row : kAllAppRows) {
    const AppRowSpec* row_spec = FindAppRow(spec, row);
    if (row_spec == nullptr) continue;
    if (!IsOfficialRow(spec, row) && !report.applications.RowHasValue(row)) continue;
    std::array<std::string_view, kAppLabelColumns> labels =
        AppLabelCells(*row_spec, open_group, results_open);
    out.append(labels[0]).append("\t").append(labels[1]).append("\t").append(labels[2]);
    for (AppColumn column : kAllAppColumns) {
      out.append("\t").append(ValueText(report.applications.value(row, column)));
    }
    out.append("\n");
  }
  out.append("\n");
}

void AppendAppeals(std::string& out, const AnnualReport& report) {
  out.append(kAppealReconsiderationHeader).append("\t\t\t\t\t").append(kAppealLitigationHeader);
  out.append("\n\t\t\t\t\t").append(Label(AppealGroup::kLitigationDirect)).append("\t\t\t\t\t");
  out.append(Label(AppealGroup::kLitigationAfterReconsideration)).append("\n");
  bool first = true;
  for (std::size_t group = 0; group < kAllAppealGroups.size(); ++group) {
    for (AppealColumn column : kAllAppealColumns) {
      out.append(first ? "" : "\t").append(Label(column));
      first = false;
    }
  }
  out.append("\n");
  first = true;
  for (AppealGroup group : kAllAppealGroups) {
    for (AppealColumn column : kAllAppealColumns) {
      out.append(first ? "" : "\t").append(ValueText(report.appeals.value(group, column)));
      first = false;
    }
  }
  out.append("\n\n");
}

}  // namespace

std::string TitleOf(const AnnualReport& report) {
  if (report.title) return *report.title;
  std::string title = report.agency.value_or("");
  if (report.year) title += (title.empty() ? "" : " ") + std::to_string(*report.year) + " 年";
  return title + "政府信息公开工作年度报告";
}

std::string RenderText(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  const Sections sections = report.sections.value_or(Sections{});
  std::string out;
  out.reserve(8192);
  out.append(TitleOf(report)).append("\n\n");
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
  while (out.size() >= 2 && out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace gongkai::report
