// Table 二: sub-tables headed "第二十条第（X）项", a header row starting with 信息内容 that names
// the columns, and one row per item whose first cell is its label.
#include <algorithm>
#include <optional>
#include <string>

#include "report/table_readers.hpp"

namespace gongkai::report::detail {
namespace {

struct ProactiveContext {
  const ProactiveTableSpec* table = nullptr;
  std::vector<const ProactiveColumnSpec*> columns;  // in printed order; nullptr: unknown column
};

std::vector<std::string_view> HeadingLabels(const FormatSpec& spec) {
  std::vector<std::string_view> labels;
  for (const ProactiveTableSpec& table : spec.proactive) labels.push_back(table.heading);
  return labels;
}

// Row labels of every sub-table, with the table each belongs to.
struct RowIndex {
  std::vector<std::string_view> labels;
  std::vector<std::pair<const ProactiveTableSpec*, const ProactiveRowSpec*>> rows;
};

RowIndex IndexRows(const FormatSpec& spec) {
  RowIndex index;
  for (const ProactiveTableSpec& table : spec.proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      index.labels.push_back(row.label);
      index.rows.emplace_back(&table, &row);
    }
  }
  return index;
}

// Built once per format: the readers run on thousands of reports.
struct ProactiveMatchers {
  explicit ProactiveMatchers(const FormatSpec& spec)
      : headings(HeadingLabels(spec)),
        item_header({kProactiveItemHeader}),
        row_index(IndexRows(spec)),
        row_labels(row_index.labels) {
    for (const ProactiveTableSpec& table : spec.proactive) {
      std::vector<std::string_view> labels;
      for (const ProactiveColumnSpec& column : table.columns) labels.push_back(column.label);
      column_labels.emplace_back(labels);
    }
  }
  LabelMatcher headings;
  LabelMatcher item_header;
  RowIndex row_index;
  LabelMatcher row_labels;
  std::vector<LabelMatcher> column_labels;  // per sub-table, in spec order
};

const ProactiveMatchers& MatchersFor(Format format) {
  static const ProactiveMatchers k2021(SpecFor(Format::k2021));
  static const ProactiveMatchers k2019(SpecFor(Format::k2019));
  return format == Format::k2021 ? k2021 : k2019;
}

std::vector<const ProactiveColumnSpec*> OfficialColumns(const ProactiveTableSpec& table) {
  std::vector<const ProactiveColumnSpec*> columns;
  for (const ProactiveColumnSpec& column : table.columns) columns.push_back(&column);
  return columns;
}

// "采购总金额（单位：万元）" -> {"采购总金额", "万元"}; the unit of the 2019 procurement amount
// is data (schema: procurement.amount_unit), printed in the header.
std::optional<std::pair<std::string_view, std::string_view>> SplitUnit(std::string_view header) {
  static constexpr std::string_view kOpen = "（";
  static constexpr std::string_view kClose = "）";
  static constexpr std::string_view kUnitPrefix = "单位：";
  if (!header.ends_with(kClose)) return std::nullopt;
  std::size_t open = header.rfind(kOpen);
  if (open == std::string_view::npos) return std::nullopt;
  std::string_view unit = header.substr(open + kOpen.size());
  unit.remove_suffix(kClose.size());
  if (unit.starts_with(kUnitPrefix)) unit.remove_prefix(kUnitPrefix.size());
  if (unit.empty()) return std::nullopt;
  return std::pair{header.substr(0, open), unit};
}

// A header row: 信息内容 then the column labels, matched against the sub-table's columns.
void ReadHeader(std::span<const Token> cells, const LabelMatcher& matcher,
                ProactiveContext& context, AnnualReport& report) {
  context.columns.clear();
  for (const Token& cell : cells) {
    if (cell.kind == TokenKind::kBlank) continue;
    std::optional<LabelMatch> match = matcher.Match(cell.text);
    if (!match || !match->exact) {
      auto split = SplitUnit(cell.text);
      std::optional<LabelMatch> bare = split ? matcher.Match(split->first) : std::nullopt;
      if (bare && bare->exact &&
          context.table->columns[bare->index].column == ProactiveColumn::kAmount) {
        match = bare;
        report.procurement_amount_unit = std::string(split->second);
      }
    }
    const ProactiveColumnSpec* column = match ? &context.table->columns[match->index] : nullptr;
    if (match && !match->exact) {
      NoteDeviation(report, Part::kProactive, "", column->key, cell, column->label);
    }
    context.columns.push_back(column);
  }
  if (context.columns.empty()) context.columns = OfficialColumns(*context.table);
}

void ReadRow(const TokenLine& line, std::size_t label_index, const ProactiveRowSpec& row,
             const ProactiveContext& context, AnnualReport& report) {
  std::span<const Token> after(line.cells.begin() + static_cast<long>(label_index) + 1,
                               line.cells.end());
  FittedCells fitted = FitValueCells(after, context.columns.size());
  for (std::size_t i = 0; i < context.columns.size(); ++i) {
    const ProactiveColumnSpec* column = context.columns[i];
    const Token* cell = fitted.cells[i];
    if (column == nullptr || cell == nullptr) continue;
    report.proactive.set(row.row, column->column, cell->number, cell->source);
  }
  if (!fitted.exact) {
    report.read.structure_issues.push_back({Part::kProactive, std::string(row.key),
                                            "“" + std::string(row.label) + "”一行应有 " +
                                                std::to_string(context.columns.size()) +
                                                " 个数值单元格",
                                            line.cells[label_index].source});
  }
}

}  // namespace

int ReadProactiveTables(std::span<const TokenLine> lines, const FormatSpec& spec,
                        AnnualReport& report) {
  const ProactiveMatchers& matchers = MatchersFor(spec.format);
  const LabelMatcher& headings = matchers.headings;
  const LabelMatcher& item_header = matchers.item_header;
  const RowIndex& row_index = matchers.row_index;
  const LabelMatcher& row_labels = matchers.row_labels;
  ProactiveContext context;
  int rows_read = 0;
  for (const TokenLine& line : lines) {
    auto first = std::find_if(line.cells.begin(), line.cells.end(),
                              [](const Token& token) { return token.kind != TokenKind::kBlank; });
    if (first == line.cells.end() || first->kind != TokenKind::kText) continue;
    if (std::optional<LabelMatch> heading = headings.Match(first->text)) {
      context.table = &spec.proactive[heading->index];
      context.columns = OfficialColumns(*context.table);
      continue;
    }
    if (context.table != nullptr && item_header.Match(first->text)) {
      auto table_index = static_cast<std::size_t>(context.table - spec.proactive.data());
      ReadHeader(std::span<const Token>(first + 1, line.cells.end()),
                 matchers.column_labels[table_index], context, report);
      continue;
    }
    std::optional<LabelMatch> match = row_labels.Match(first->text);
    if (!match) continue;
    auto [table, row] = row_index.rows[match->index];
    if (context.table != table) {  // a row outside its sub-table: read it in official order
      context.table = table;
      context.columns = OfficialColumns(*table);
    }
    if (!match->exact) NoteDeviation(report, Part::kProactive, row->key, "", *first, row->label);
    ReadRow(line, static_cast<std::size_t>(first - line.cells.begin()), *row, context, report);
    ++rows_read;
  }
  return rows_read;
}

}  // namespace gongkai::report::detail
