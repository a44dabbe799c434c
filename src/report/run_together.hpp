// Web page text with the table cells run together: a page saved or copied as plain text where a
// row is its label followed by its digits with no separator ("一、本年新收政府信息公开申请数量
// 640020470"). The labels are found by the official wording; the digits between them are split
// into the row's cells by the table's own arithmetic:
//   table 三: a row's total equals its six applicant columns; of several splits that fit, the one
//             that also makes the columns add up (GK001, GK003) across all rows;
//   table 四: each group's total equals its four results;
//   table 二: no arithmetic — only a split that is the only possible one ("000" in three cells).
// A space inside the digits is a boundary between cells. When no split, or more than one, fits,
// the row's cells are left blank (null) and a structure issue (GK006) says why: the reader never
// guesses a number.
#pragma once

#include <string_view>

#include "report/layout_reader.hpp"

namespace gongkai::report {

// Whether `text` has a line of at least 1,000 bytes holding ten or more of table 三's row labels.
bool LooksRunTogether(std::string_view text);

// Never fails. Every output line comes from the source line it was cut from.
LayoutText RunTogetherToLayout(std::string_view text);

}  // namespace gongkai::report
