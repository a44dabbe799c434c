// Table 四: header lines (行政复议 / 行政诉讼 / 未经复议直接起诉 / 复议后起诉 and the five result
// columns of each group), then one line of fifteen values in the printed group order.
#include <algorithm>

#include "report/table_readers.hpp"

namespace gongkai::report::detail {
namespace {

constexpr std::size_t kWidth = kAppealGroupCount * kAppealColumnCount;

std::vector<std::string_view> HeaderLabels() {
  std::vector<std::string_view> labels = {kAppealReconsiderationHeader, kAppealLitigationHeader};
  for (AppealGroup group : kAllAppealGroups) labels.push_back(Label(group));
  for (AppealColumn column : kAllAppealColumns) labels.push_back(Label(column));
  return labels;
}

bool IsValueLine(const TokenLine& line) {
  return line.CountOf(TokenKind::kNumber) > 0 && line.CountOf(TokenKind::kText) == 0;
}

}  // namespace

int ReadAppealTable(std::span<const TokenLine> lines, AnnualReport& report) {
  static const std::vector<std::string_view> labels = HeaderLabels();
  static const LabelMatcher header(labels);
  const TokenLine* values = nullptr;
  for (const TokenLine& line : lines) {
    if (IsValueLine(line)) {
      if (values == nullptr ||
          line.CountOf(TokenKind::kNumber) > values->CountOf(TokenKind::kNumber)) {
        values = &line;
      }
      continue;
    }
    for (const Token& token : line.cells) {
      if (token.kind != TokenKind::kText) continue;
      std::optional<LabelMatch> match = header.Match(token.text);
      if (match && !match->exact) {
        NoteDeviation(report, Part::kAppeals, "", "", token, labels[match->index]);
      }
    }
  }
  if (values == nullptr) return 0;
  FittedCells fitted = FitValueCells(values->cells, kWidth);
  for (std::size_t i = 0; i < kWidth; ++i) {
    const Token* cell = fitted.cells[i];
    if (cell == nullptr) continue;
    report.appeals.set(kAllAppealGroups[i / kAppealColumnCount],
                       kAllAppealColumns[i % kAppealColumnCount], cell->number, cell->source);
  }
  if (!fitted.exact) {
    report.read.structure_issues.push_back(
        {Part::kAppeals, "", "行政复议、行政诉讼情况表应有 15 个数值单元格",
         values->cells.empty() ? SourcePos{values->line, 0} : values->cells.front().source});
  }
  return 1;
}

}  // namespace gongkai::report::detail
