#include "publish/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "base/files.hpp"
#include "base/text.hpp"
#include "report/format.hpp"
#include "report/printed_table.hpp"
#include "report/render.hpp"

namespace gongkai::publish {
namespace {

using report::CellRole;
using report::PlacedCell;
using report::PrintedTable;

constexpr const char* kFont = "Noto Serif CJK SC";
constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kFirstTableRow = 2;
constexpr int kA4 = 9;  // Excel's paper code for A4
// Excel's column width unit (a digit of the default font) is about 5 points wide.
constexpr double kPointsPerWidthUnit = 5.0;

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* header = nullptr;
  lxw_format* label = nullptr;
  lxw_format* value = nullptr;
};

lxw_format* CellFormat(lxw_workbook* workbook, uint8_t align) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_font_name(format, kFont);
  format_set_font_size(format, 10.5);
  format_set_border(format, LXW_BORDER_THIN);
  format_set_text_wrap(format);
  format_set_align(format, align);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

Formats MakeFormats(lxw_workbook* workbook) {
  Formats formats;
  formats.title = workbook_add_format(workbook);
  format_set_font_name(formats.title, kFont);
  format_set_font_size(formats.title, 16);
  format_set_bold(formats.title);
  format_set_align(formats.title, LXW_ALIGN_CENTER);
  formats.header = CellFormat(workbook, LXW_ALIGN_CENTER);
  formats.label = CellFormat(workbook, LXW_ALIGN_LEFT);
  formats.value = CellFormat(workbook, LXW_ALIGN_RIGHT);
  return formats;
}

lxw_format* FormatOf(const Formats& formats, const report::PrintedCell& cell) {
  if (cell.role == CellRole::kValue) return formats.value;
  if (cell.role == CellRole::kRowLabel && cell.rowspan == 1) return formats.label;
  return formats.header;
}

// Spreadsheets do not grow a row for wrapped text on opening; each row gets the height its
// longest single-row cell needs at 10.5 pt (a CJK character as wide as it is tall, others half).
void SetRowHeights(lxw_worksheet* sheet, const PrintedTable& table, lxw_row_t first_row) {
  std::vector<int> lines(table.rows.size(), 1);
  for (const PlacedCell& placed : report::PlaceCells(table)) {
    if (placed.cell->rowspan != 1) continue;
    double width = 0;
    for (int c = placed.column; c < placed.column + placed.cell->colspan; ++c) {
      width += table.column_widths[static_cast<std::size_t>(c)];
    }
    double text_width = 0;
    for (char32_t c : text::DecodeUtf8(placed.cell->text)) text_width += c < 0x2000 ? 5.5 : 10.5;
    const int needed = static_cast<int>(text_width / std::max(width - 6, 10.0)) + 1;
    auto row = static_cast<std::size_t>(placed.row);
    lines[row] = std::max(lines[row], needed);
  }
  for (std::size_t row = 0; row < lines.size(); ++row) {
    worksheet_set_row(sheet, static_cast<lxw_row_t>(first_row + row), 14.0 * lines[row] + 4,
                      nullptr);
  }
}

// Writes `table` from `first_row` on; returns the row after it.
lxw_row_t WriteTable(lxw_worksheet* sheet, const Formats& formats, const PrintedTable& table,
                     lxw_row_t first_row) {
  for (const PlacedCell& placed : report::PlaceCells(table)) {
    const report::PrintedCell& cell = *placed.cell;
    const auto row = static_cast<lxw_row_t>(first_row + static_cast<lxw_row_t>(placed.row));
    const auto column = static_cast<lxw_col_t>(placed.column);
    lxw_format* format = FormatOf(formats, cell);
    if (cell.rowspan > 1 || cell.colspan > 1) {
      worksheet_merge_range(sheet, row, column,
                            static_cast<lxw_row_t>(row + static_cast<lxw_row_t>(cell.rowspan) - 1),
                            static_cast<lxw_col_t>(column + cell.colspan - 1), cell.text.c_str(),
                            format);
    } else if (cell.role == CellRole::kValue && cell.value) {
      worksheet_write_number(sheet, row, column, std::strtod(cell.text.c_str(), nullptr), format);
    } else if (cell.role == CellRole::kValue) {
      worksheet_write_blank(sheet, row, column, format);
    } else {
      worksheet_write_string(sheet, row, column, cell.text.c_str(), format);
    }
  }
  SetRowHeights(sheet, table, first_row);
  return static_cast<lxw_row_t>(first_row + table.rows.size());
}

void SetUpSheet(lxw_worksheet* sheet, const Formats& formats, const std::string& title,
                const PrintedTable& widest) {
  worksheet_set_paper(sheet, kA4);
  worksheet_fit_to_pages(sheet, 1, 0);
  const auto columns = static_cast<lxw_col_t>(widest.columns);
  for (lxw_col_t column = 0; column < columns; ++column) {
    worksheet_set_column(sheet, column, column, widest.column_widths[column] / kPointsPerWidthUnit,
                         nullptr);
  }
  worksheet_merge_range(sheet, kTitleRow, 0, kTitleRow, static_cast<lxw_col_t>(columns - 1),
                        title.c_str(), formats.title);
  worksheet_set_row(sheet, kTitleRow, 28, nullptr);
}

std::time_t CreationTime(const report::AnnualReport& report) {
  std::tm day{};
  day.tm_year = (report.year ? *report.year + 1 : 2000) - 1900;
  day.tm_mday = 1;
  return timegm(&day);
}

}  // namespace

Result<std::string> WriteXlsx(const report::AnnualReport& report) {
  std::string path = (std::filesystem::temp_directory_path() / "gongkai-xlsx-XXXXXX").string();
  int descriptor = mkstemp(path.data());
  if (descriptor < 0) {
    return Error{ErrorCode::kUnavailable, "无法生成 XLSX：不能创建临时文件 " + path, {}};
  }
  close(descriptor);

  const report::FormatSpec& spec = report::SpecFor(report.format);
  const std::string title = report::TitleOf(report);
  lxw_workbook* workbook = workbook_new(path.c_str());
  std::string title_property = title;  // libxlsxwriter takes char*, and copies
  std::string author = "Gongkai";
  lxw_doc_properties properties{};
  properties.title = title_property.data();
  properties.author = author.data();
  properties.created = CreationTime(report);
  workbook_set_properties(workbook, &properties);
  const Formats formats = MakeFormats(workbook);

  const std::vector<PrintedTable> proactive = report::ProactiveTables(report);
  lxw_worksheet* sheet =
      workbook_add_worksheet(workbook, std::string(spec.sections[1].heading).c_str());
  SetUpSheet(sheet, formats, title,
             *std::max_element(proactive.begin(), proactive.end(),
                               [](const PrintedTable& a, const PrintedTable& b) {
                                 return a.columns < b.columns;
                               }));
  lxw_row_t row = kFirstTableRow;
  for (const PrintedTable& table : proactive) row = WriteTable(sheet, formats, table, row) + 1;

  const PrintedTable applications = report::ApplicationTable(report);
  sheet = workbook_add_worksheet(workbook, std::string(spec.sections[2].heading).c_str());
  SetUpSheet(sheet, formats, title, applications);
  WriteTable(sheet, formats, applications, kFirstTableRow);
  worksheet_repeat_rows(sheet, kFirstTableRow,
                        kFirstTableRow + static_cast<lxw_row_t>(applications.header_rows) - 1);

  const PrintedTable appeals = report::AppealTable(report);
  sheet = workbook_add_worksheet(workbook, std::string(spec.sections[3].heading).c_str());
  SetUpSheet(sheet, formats, title, appeals);
  WriteTable(sheet, formats, appeals, kFirstTableRow);

  const lxw_error closed = workbook_close(workbook);
  Result<std::string> bytes =
      closed == LXW_NO_ERROR
          ? ReadWholeFile(path)
          : Result<std::string>(Error{ErrorCode::kUnavailable,
                                      std::string("无法生成 XLSX：") + lxw_strerror(closed),
                                      {}});
  std::filesystem::remove(path);
  return bytes;
}

}  // namespace gongkai::publish
