// The layout-independent stream a report reader works on: lines of cells, each cell classified
// (blank, number, text) and carrying its source position. Plain text feeds it by splitting lines
// on tabs; later readers (HTML, DOCX, PDF) feed the same stream from table cells and pages.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/decimal.hpp"
#include "report/model.hpp"

namespace gongkai::report {

enum class TokenKind {
  kBlank,   // empty, or a placeholder such as "-" or "/"
  kNumber,  // a number, see Decimal::Parse
  kText,    // anything else: a label or prose
};

struct Token {
  std::string_view text;  // trimmed; points into the source, which must outlive the token
  TokenKind kind = TokenKind::kBlank;
  std::optional<Decimal> number;  // set for kNumber
  SourcePos source;
};

struct TokenLine {
  int line = 0;
  std::vector<Token> cells;

  int CountOf(TokenKind kind) const;
  // The cells that are not blank.
  std::vector<const Token*> NonBlank() const;
};

// Splits `text` into lines and tab-separated cells. `text` must outlive the result.
std::vector<TokenLine> TokenizeText(std::string_view text);

// Classifies one trimmed cell.
Token ClassifyCell(std::string_view cell, SourcePos source);

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Whether the last of `values` is the sum of the others, `integer_of` giving each value as a
// whole number (nullopt when it is not one, which never adds up): how readers test a row's
// total or a group's total when choosing among readings.
template <typename Range, typename IntegerOf>
bool LastIsSumOfOthers(const Range& values, IntegerOf integer_of) {
  long long sum = 0;
  std::optional<long long> last;
  bool first = true;
  for (const auto& value : values) {
    if (!first) {
      if (!last) return false;
      sum += *last;
    }
    last = integer_of(value);
    first = false;
  }
  return !first && last && *last == sum;
}

}  // namespace gongkai::report
