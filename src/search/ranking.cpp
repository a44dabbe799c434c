#include "search/ranking.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/text.hpp"

namespace gongkai::search {
namespace {

constexpr double kSaturation = 1.2;        // BM25 k1
constexpr double kLengthWeight = 0.75;     // BM25 b
constexpr double kTypicalTitleChars = 24;  // a catalogue title's usual length
constexpr double kTitleWeight = 2;

// Sum over the query's terms of the saturated count of each in `terms`.
double SaturatedMatches(const std::unordered_set<std::string>& query,
                        const std::vector<Term>& terms) {
  double score = 0;
  for (const std::string& wanted : query) {
    double count = 0;
    for (const Term& term : terms) count += term.text == wanted ? 1 : 0;
    score += count / (count + kSaturation);
  }
  return score;
}

std::size_t CharCount(std::string_view text) { return text::DecodeUtf8(text).size(); }

}  // namespace

double Relevance(const std::vector<Term>& query, std::string_view title, std::string_view body) {
  std::unordered_set<std::string> wanted;
  for (const Term& term : query) wanted.insert(term.text);
  const double length_norm = (1 - kLengthWeight) + kLengthWeight *
                                                       static_cast<double>(CharCount(title)) /
                                                       kTypicalTitleChars;
  return kTitleWeight * SaturatedMatches(wanted, DocumentTerms(title)) / length_norm +
         SaturatedMatches(wanted, DocumentTerms(body));
}

std::string SnippetHtml(const std::vector<Term>& query, std::string_view text, std::size_t width) {
  std::unordered_set<std::string> wanted;
  for (const Term& term : query) wanted.insert(term.text);
  // The matched byte ranges, merged where they overlap (预算 and 算执 in 预算执行).
  std::vector<std::pair<std::size_t, std::size_t>> marks;
  for (const Term& term : DocumentTerms(text)) {
    if (wanted.count(term.text) == 0) continue;
    if (!marks.empty() && term.begin <= marks.back().second) {
      marks.back().second = std::max(marks.back().second, term.end);
    } else {
      marks.emplace_back(term.begin, term.end);
    }
  }
  // A window of `width` characters starting a little before the first match.
  const std::u32string chars = text::DecodeUtf8(text);
  std::size_t first_byte = marks.empty() ? 0 : marks.front().first;
  std::size_t first_char = text::DecodeUtf8(text.substr(0, first_byte)).size();
  std::size_t start_char = first_char > width / 4 ? first_char - width / 4 : 0;
  std::size_t end_char = std::min(chars.size(), start_char + width);
  const std::size_t start = text::EncodeUtf8(chars.substr(0, start_char)).size();
  const std::size_t end = text::EncodeUtf8(chars.substr(0, end_char)).size();

  std::string out = start > 0 ? "…" : "";
  std::size_t at = start;
  for (auto [begin, finish] : marks) {
    if (finish <= start || begin >= end) continue;
    begin = std::max(begin, start);
    finish = std::min(finish, end);
    text::AppendHtmlEscaped(out, text.substr(at, begin - at));
    out += "<mark>";
    text::AppendHtmlEscaped(out, text.substr(begin, finish - begin));
    out += "</mark>";
    at = finish;
  }
  text::AppendHtmlEscaped(out, text.substr(at, end - at));
  if (end < text.size()) out += "…";
  return out;
}

}  // namespace gongkai::search
