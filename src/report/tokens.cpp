#include "report/tokens.hpp"

#include <algorithm>
#include <array>

#include "base/text.hpp"

namespace gongkai::report {
namespace {

// Placeholders that real reports print in place of a value; they carry no number.
constexpr std::array<std::string_view, 6> kBlankMarkers = {"-", "—", "/", "／", "－", "——"};

// Full-width digits and signs folded to ASCII so that "１２" reads as 12.
std::string FoldDigits(std::string_view cell) {
  std::string folded;
  std::u32string code_points = text::DecodeUtf8(cell);
  for (char32_t& c : code_points) {
    if ((c >= U'０' && c <= U'９') || c == U'．' || c == U'－' || c == U'＋') c = c - 0xFEE0;
  }
  return text::EncodeUtf8(code_points);
}

}  // namespace

int TokenLine::CountOf(TokenKind kind) const {
  return static_cast<int>(std::count_if(cells.begin(), cells.end(),
                                        [kind](const Token& token) { return token.kind == kind; }));
}

std::vector<const Token*> TokenLine::NonBlank() const {
  std::vector<const Token*> out;
  for (const Token& token : cells) {
    if (token.kind != TokenKind::kBlank) out.push_back(&token);
  }
  return out;
}

Token ClassifyCell(std::string_view cell, SourcePos source) {
  Token token{text::Trim(cell), TokenKind::kBlank, std::nullopt, source};
  if (token.text.empty()) return token;
  if (std::find(kBlankMarkers.begin(), kBlankMarkers.end(), token.text) != kBlankMarkers.end()) {
    return token;
  }
  token.number = Decimal::Parse(token.text);
  if (!token.number && static_cast<unsigned char>(token.text[0]) >= 0x80) {
    token.number = Decimal::Parse(FoldDigits(token.text));
  }
  token.kind = token.number ? TokenKind::kNumber : TokenKind::kText;
  return token;
}

std::vector<TokenLine> TokenizeText(std::string_view text) {
  std::vector<TokenLine> lines;
  std::vector<std::string_view> raw_lines = text::SplitLines(text);
  lines.reserve(raw_lines.size());
  int line_number = 0;
  for (std::string_view raw : raw_lines) {
    TokenLine line{++line_number, {}};
    int cell_number = 0;
    for (std::string_view cell : text::Split(raw, '\t')) {
      line.cells.push_back(ClassifyCell(cell, SourcePos{line_number, ++cell_number}));
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace gongkai::report
