// Internal to the layout reader: the recognisers of tables 二, 三 and 四. Each scans the lines
// given to it, fills the report's cells and records deviations; each returns the number of table
// rows it recognised.
#pragma once

#include <span>

#include "report/format.hpp"
#include "report/label_match.hpp"
#include "report/model.hpp"
#include "report/tokens.hpp"

namespace gongkai::report::detail {

int ReadProactiveTables(std::span<const TokenLine> lines, const FormatSpec& spec,
                        AnnualReport& report);
int ReadApplicationTable(std::span<const TokenLine> lines, const FormatSpec& spec,
                         AnnualReport& report);
int ReadAppealTable(std::span<const TokenLine> lines, AnnualReport& report);

// Fits the cells after a row label to `width` values: leading blanks that stand for merged
// label columns are dropped first, then trailing blanks. Fewer cells are padded with blanks.
// Returns the cells and whether they fitted without padding or truncation.
struct FittedCells {
  std::vector<const Token*> cells;  // nullptr: no cell at this position
  bool exact = true;
};
FittedCells FitValueCells(std::span<const Token> after_label, std::size_t width);

// Records a fuzzy label match as a GK007 deviation.
void NoteDeviation(AnnualReport& report, Part part, std::string_view row, std::string_view column,
                   const Token& printed, std::string_view official);

}  // namespace gongkai::report::detail
