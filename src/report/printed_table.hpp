// The report's tables as they are printed: rows of cells with their merged spans, the header rows
// that a continued table repeats, and each value cell's schema key. One layout for every output
// (HTML, DOCX, PDF, XLSX), so that all of them print the official format the same way.
//
// Sources: the table layouts of 国办公开办函〔2021〕30号 and 〔2019〕60号 (law-and-format.md
// §3.4–§3.8).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/decimal.hpp"
#include "report/format.hpp"
#include "report/model.hpp"

namespace gongkai::report {

enum class CellRole {
  kHeader,    // a column header (merged header cells included)
  kRowLabel,  // a row label or a merged group label to the left of the values
  kValue,     // a number of the report, or blank
};

struct PrintedCell {
  std::string text;  // the label, or the value as printed ("" when blank)
  CellRole role = CellRole::kHeader;
  int rowspan = 1;
  int colspan = 1;
  std::string key;               // value cells: "applications.received.total"
  std::optional<Decimal> value;  // value cells: the number, nullopt when blank
};

// Rows list only the cells that start in them, in column order, as HTML does. The first
// `header_rows` rows are the header.
struct PrintedTable {
  Part part = Part::kProactive;
  int columns = 0;
  int header_rows = 0;
  std::vector<std::vector<PrintedCell>> rows;
  // Column widths in points for paged output, one per column, summing to about 442 (the 156 mm
  // text line of GB/T 9704); writers scale them to their line.
  std::vector<int> column_widths;
};

// A cell with the grid position it starts at (0-based), as HTML places row- and column-spans.
struct PlacedCell {
  int row = 0;
  int column = 0;
  const PrintedCell* cell = nullptr;
};

// Every cell of `table`, row by row, with its position in the table's grid.
std::vector<PlacedCell> PlaceCells(const PrintedTable& table);

// Table 二 as one table per sub-table (第二十条第（一）项 …), in printed order.
std::vector<PrintedTable> ProactiveTables(const AnnualReport& report);
// Table 三 with its three header rows (the 勾稽 note in the corner) and merged group labels.
PrintedTable ApplicationTable(const AnnualReport& report);
// Table 四 with its grouped headers and the single row of fifteen values.
PrintedTable AppealTable(const AnnualReport& report);

// The rows of table 三 printed for this report: the format's official rows, plus rows of the other
// format that the report states values for.
std::vector<const AppRowSpec*> PrintedAppRows(const AnnualReport& report);

}  // namespace gongkai::report
