#include "report/table_readers.hpp"

#include <algorithm>

namespace gongkai::report::detail {

FittedCells FitValueCells(std::span<const Token> after_label, std::size_t width) {
  std::size_t begin = 0;
  std::size_t end = after_label.size();
  while (end - begin > width && after_label[begin].kind == TokenKind::kBlank) ++begin;
  while (end - begin > width && after_label[end - 1].kind == TokenKind::kBlank) --end;
  FittedCells fitted;
  fitted.exact = end - begin == width;
  for (std::size_t i = begin; i < end && fitted.cells.size() < width; ++i) {
    fitted.cells.push_back(&after_label[i]);
  }
  fitted.cells.resize(width, nullptr);
  return fitted;
}

void NoteDeviation(AnnualReport& report, Part part, std::string_view row, std::string_view column,
                   const Token& printed, std::string_view official) {
  report.read.label_deviations.push_back({part, std::string(row), std::string(column),
                                          std::string(printed.text), std::string(official),
                                          printed.source});
}

}  // namespace gongkai::report::detail
