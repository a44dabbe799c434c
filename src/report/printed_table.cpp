#include "report/printed_table.hpp"

#include <algorithm>
#include <string_view>

namespace gongkai::report {
namespace {

// The text line of GB/T 9704 (156 mm) in points, and the label column of table 二.
constexpr int kLinePoints = 442;
constexpr int kProactiveLabelPoints = 130;

PrintedCell Header(std::string_view text, int rowspan = 1, int colspan = 1) {
  return PrintedCell{std::string(text), CellRole::kHeader, rowspan, colspan, {}, {}};
}

PrintedCell RowLabel(std::string_view text, int rowspan = 1, int colspan = 1) {
  return PrintedCell{std::string(text), CellRole::kRowLabel, rowspan, colspan, {}, {}};
}

PrintedCell Value(Part part, std::string_view row, std::string_view column,
                  const std::optional<Decimal>& value) {
  std::string key(ToString(part));
  key.append(".").append(row).append(".").append(column);
  return PrintedCell{
      value ? value->ToString() : std::string(), CellRole::kValue, 1, 1, std::move(key), value};
}

// How many rows from `index` on share the group label of row `index` (`label_of` gives it).
template <typename LabelOf>
int RunLength(const std::vector<const AppRowSpec*>& rows, std::size_t index, LabelOf label_of) {
  int length = 0;
  for (std::size_t i = index; i < rows.size() && label_of(*rows[i]) == label_of(*rows[index]);
       ++i) {
    ++length;
  }
  return length;
}

std::string_view ResultsGroupOf(const AppRowSpec& row) {
  return row.group_label.empty() ? std::string_view() : kAppResultsGroup;
}

std::string_view GroupOf(const AppRowSpec& row) { return row.group_label; }

}  // namespace

std::vector<PlacedCell> PlaceCells(const PrintedTable& table) {
  const auto columns = static_cast<std::size_t>(table.columns);
  std::vector<std::vector<bool>> taken(table.rows.size(), std::vector<bool>(columns, false));
  std::vector<PlacedCell> placed;
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    std::size_t column = 0;
    for (const PrintedCell& cell : table.rows[row]) {
      while (column < columns && taken[row][column]) ++column;
      placed.push_back({static_cast<int>(row), static_cast<int>(column), &cell});
      for (std::size_t r = row;
           r < row + static_cast<std::size_t>(cell.rowspan) && r < taken.size(); ++r) {
        for (std::size_t c = column;
             c < column + static_cast<std::size_t>(cell.colspan) && c < columns; ++c) {
          taken[r][c] = true;
        }
      }
      column += static_cast<std::size_t>(cell.colspan);
    }
  }
  return placed;
}

std::vector<const AppRowSpec*> PrintedAppRows(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  std::vector<const AppRowSpec*> rows;
  rows.reserve(kAllAppRows.size());
  for (AppRow row : kAllAppRows) {
    const AppRowSpec* row_spec = FindAppRow(spec, row);
    if (row_spec == nullptr) continue;
    if (!IsOfficialRow(spec, row) && !report.applications.RowHasValue(row)) continue;
    rows.push_back(row_spec);
  }
  return rows;
}

std::vector<PrintedTable> ProactiveTables(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  std::vector<PrintedTable> tables;
  tables.reserve(spec.proactive.size());
  for (const ProactiveTableSpec& table_spec : spec.proactive) {
    PrintedTable table;
    table.part = Part::kProactive;
    table.columns = static_cast<int>(table_spec.columns.size()) + 1;
    table.header_rows = 2;
    table.rows.push_back({Header(table_spec.heading, 1, table.columns)});
    std::vector<PrintedCell> header{Header(kProactiveItemHeader)};
    for (const ProactiveColumnSpec& column : table_spec.columns) {
      std::string label(column.label);
      if (column.column == ProactiveColumn::kAmount && report.procurement_amount_unit) {
        label += "（单位：" + *report.procurement_amount_unit + "）";
      }
      header.push_back(Header(label));
    }
    table.rows.push_back(std::move(header));
    for (const ProactiveRowSpec& row : table_spec.rows) {
      std::vector<PrintedCell> cells{RowLabel(row.label)};
      for (const ProactiveColumnSpec& column : table_spec.columns) {
        cells.push_back(Value(Part::kProactive, row.key, column.key,
                              report.proactive.value(row.row, column.column)));
      }
      table.rows.push_back(std::move(cells));
    }
    const int values = table.columns - 1;
    table.column_widths.assign(static_cast<std::size_t>(table.columns),
                               (kLinePoints - kProactiveLabelPoints) / std::max(values, 1));
    table.column_widths.front() = kProactiveLabelPoints;
    tables.push_back(std::move(table));
  }
  return tables;
}

PrintedTable ApplicationTable(const AnnualReport& report) {
  const int values = static_cast<int>(kAllAppColumns.size());
  PrintedTable table;
  table.part = Part::kApplications;
  table.columns = 3 + values;
  table.header_rows = 3;
  table.rows.push_back({Header(kAppCornerNote, 3, 3), Header(kAppApplicantHeader, 1, values)});
  table.rows.push_back({Header(Label(AppColumn::kNaturalPerson), 2),
                        Header(kAppOrganisationHeader, 1, values - 2),
                        Header(Label(AppColumn::kTotal), 2)});
  std::vector<PrintedCell> organisations;
  for (AppColumn column : kAllAppColumns) {
    if (column != AppColumn::kNaturalPerson && column != AppColumn::kTotal) {
      organisations.push_back(Header(Label(column)));
    }
  }
  table.rows.push_back(std::move(organisations));

  const std::vector<const AppRowSpec*> rows = PrintedAppRows(report);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const AppRowSpec& row = *rows[i];
    std::vector<PrintedCell> cells;
    if (row.group_label.empty()) {
      cells.push_back(RowLabel(row.label, 1, 3));
    } else {
      if (i == 0 || ResultsGroupOf(*rows[i - 1]) != kAppResultsGroup) {
        cells.push_back(RowLabel(kAppResultsGroup, RunLength(rows, i, ResultsGroupOf)));
      }
      if (row.group_label == kAppResultsGroup) {
        cells.push_back(RowLabel(row.label, 1, 2));
      } else {
        if (i == 0 || rows[i - 1]->group_label != row.group_label) {
          cells.push_back(RowLabel(row.group_label, RunLength(rows, i, GroupOf)));
        }
        cells.push_back(RowLabel(row.label));
      }
    }
    for (AppColumn column : kAllAppColumns) {
      cells.push_back(Value(Part::kApplications, row.key, Key(column),
                            report.applications.value(row.row, column)));
    }
    table.rows.push_back(std::move(cells));
  }
  // In points of a 156 mm text line: the vertical group label, （三）不予公开 on one line in 9 pt,
  // the row labels, seven values of up to five digits.
  table.column_widths = {18, 72, 128, 32, 32, 32, 32, 32, 32, 32};
  return table;
}

PrintedTable AppealTable(const AnnualReport& report) {
  const int columns = static_cast<int>(kAllAppealColumns.size());
  PrintedTable table;
  table.part = Part::kAppeals;
  table.columns = columns * static_cast<int>(kAllAppealGroups.size());
  table.header_rows = 3;
  table.rows.push_back({Header(kAppealReconsiderationHeader, 2, columns),
                        Header(kAppealLitigationHeader, 1, columns * 2)});
  table.rows.push_back({Header(Label(AppealGroup::kLitigationDirect), 1, columns),
                        Header(Label(AppealGroup::kLitigationAfterReconsideration), 1, columns)});
  std::vector<PrintedCell> labels;
  std::vector<PrintedCell> values;
  for (AppealGroup group : kAllAppealGroups) {
    for (AppealColumn column : kAllAppealColumns) {
      labels.push_back(Header(Label(column)));
      values.push_back(
          Value(Part::kAppeals, Key(group), Key(column), report.appeals.value(group, column)));
    }
  }
  table.rows.push_back(std::move(labels));
  table.rows.push_back(std::move(values));
  table.column_widths.assign(static_cast<std::size_t>(table.columns), kLinePoints / table.columns);
  return table;
}

}  // namespace gongkai::report
