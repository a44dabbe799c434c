#include "search/tokenizer.hpp"

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace gongkai::search {
namespace {

// One character of the text after folding, with the bytes it came from.
struct Char {
  char32_t c;
  std::size_t begin;
  std::size_t end;
};

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;  // 〇
}

bool IsWordChar(char32_t c) { return !IsHan(c) && u_isalnum(static_cast<UChar32>(c)) != 0; }

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Traditional to simplified for single characters of the CJK blocks: ICU's Hant-Hans
// transliterator applied once to each character, kept where it gives one different character.
const std::unordered_map<char32_t, char32_t>& Simplified() {
  static const std::unordered_map<char32_t, char32_t> kMap = [] {
    std::unordered_map<char32_t, char32_t> map;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> to_simplified(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !to_simplified) return map;
    for (UChar32 c = 0x4E00; c <= 0x9FFF; ++c) {
      icu::UnicodeString text(c);
      to_simplified->transliterate(text);
      if (text.countChar32() == 1 && text.char32At(0) != c) {
        map.emplace(static_cast<char32_t>(c), static_cast<char32_t>(text.char32At(0)));
      }
    }
    return map;
  }();
  return kMap;
}

char32_t Fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
  if (c == 0x3000) return ' ';                  // ideographic space
  if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
  if (c < 0x80) return c;
  if (IsHan(c)) {
    const auto& simplified = Simplified();
    auto found = simplified.find(c);
    return found == simplified.end() ? c : found->second;
  }
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

std::vector<Char> FoldedChars(std::string_view text) {
  std::vector<Char> chars;
  chars.reserve(text.size() / 2);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t at = 0;
  while (at < length) {
    const int32_t begin = at;
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    if (c < 0) continue;  // ill-formed: skipped
    chars.push_back({Fold(static_cast<char32_t>(c)), static_cast<std::size_t>(begin),
                     static_cast<std::size_t>(at)});
  }
  return chars;
}

void AppendUtf8(std::string& out, char32_t c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH, static_cast<UChar32>(c),
            error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

Term MakeTerm(const std::vector<Char>& chars, std::size_t first, std::size_t last) {
  Term term{{}, chars[first].begin, chars[last - 1].end};
  for (std::size_t i = first; i < last; ++i) AppendUtf8(term.text, chars[i].c);
  return term;
}

Term WordTerm(const std::vector<Char>& chars, std::size_t first, std::size_t last) {
  Term term = MakeTerm(chars, first, last);
  if (std::all_of(term.text.begin(), term.text.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    term.text.erase(0, std::min(term.text.find_first_not_of('0'), term.text.size() - 1));
  }
  return term;
}

bool IsOpening(char32_t c) { return c == 0x3014 || c == '[' || c == 0x3010 || c == '('; }
bool IsClosing(char32_t c) { return c == 0x3015 || c == ']' || c == 0x3011 || c == ')'; }

// A document number starting with the Han characters [prefix, bracket): 〔YYYY〕N号 after them.
// Returns the index after 号 and the canonical "…〔YYYY〕N号" without the prefix.
std::optional<std::pair<std::size_t, std::string>> DocumentNumberAfter(
    const std::vector<Char>& chars, std::size_t bracket) {
  std::size_t i = bracket;
  if (i >= chars.size() || !IsOpening(chars[i].c)) return std::nullopt;
  ++i;
  std::string year;
  while (i < chars.size() && IsDigit(chars[i].c) && year.size() < 4)
    year += static_cast<char>(chars[i++].c);
  if (year.size() != 4 || i >= chars.size() || !IsClosing(chars[i].c)) return std::nullopt;
  ++i;
  std::string number;
  while (i < chars.size() && IsDigit(chars[i].c) && number.size() < 6)
    number += static_cast<char>(chars[i++].c);
  if (number.empty() || i >= chars.size() || chars[i].c != U'号') return std::nullopt;
  number.erase(0, std::min(number.find_first_not_of('0'), number.size() - 1));  // 003 = 3
  return std::pair{i + 1, "〔" + year + "〕" + number + "号"};
}

constexpr std::size_t kMaxPrefix = 8;  // 国办公开办函: the longest issuer codes

// The runs of Han characters and of word characters, as [first, last) index pairs.
struct Run {
  std::size_t first;
  std::size_t last;
  bool han;
};

std::vector<Run> Runs(const std::vector<Char>& chars) {
  std::vector<Run> runs;
  std::size_t i = 0;
  while (i < chars.size()) {
    const bool han = IsHan(chars[i].c);
    if (!han && !IsWordChar(chars[i].c)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < chars.size() && (han ? IsHan(chars[j].c) : IsWordChar(chars[j].c))) ++j;
    runs.push_back({i, j, han});
    i = j;
  }
  return runs;
}

// The document-number terms whose issuer code ends at the end of `run`: every suffix of 2 to
// kMaxPrefix characters in a document ("印发解工信〔2024〕3号" gives 解工信〔2024〕3号 and more),
// the whole run (up to kMaxPrefix) in a query.
void AddDocumentNumbers(const std::vector<Char>& chars, const Run& run, bool all_suffixes,
                        std::vector<Term>& terms) {
  auto number = DocumentNumberAfter(chars, run.last);
  if (!number) return;
  const std::size_t length = run.last - run.first;
  const std::size_t longest = std::min(length, kMaxPrefix);
  const std::size_t shortest = all_suffixes ? std::min<std::size_t>(2, longest) : longest;
  for (std::size_t size = shortest; size <= longest; ++size) {
    Term term = MakeTerm(chars, run.last - size, run.last);
    term.text += number->second;
    term.end = chars[number->first - 1].end;
    terms.push_back(std::move(term));
  }
}

// ICU's word boundaries inside a run of Han characters, as indices into `chars`.
std::vector<std::size_t> WordBoundaries(const std::vector<Char>& chars, const Run& run) {
  icu::UnicodeString text;
  for (std::size_t i = run.first; i < run.last; ++i) text.append(static_cast<UChar32>(chars[i].c));
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> created(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    return U_FAILURE(status) ? nullptr : std::move(created);
  }();
  std::vector<std::size_t> boundaries{run.first};
  if (!words) {  // no ICU data: the run is one word
    boundaries.push_back(run.last);
    return boundaries;
  }
  words->setText(text);
  for (int32_t unit = words->next(); unit != icu::BreakIterator::DONE; unit = words->next()) {
    // UTF-16 units to characters of the run.
    boundaries.push_back(run.first + static_cast<std::size_t>(text.countChar32(0, unit)));
  }
  if (boundaries.back() != run.last) boundaries.push_back(run.last);
  return boundaries;
}

}  // namespace

std::vector<Term> DocumentTerms(std::string_view text) {
  const std::vector<Char> chars = FoldedChars(text);
  std::vector<Term> terms;
  terms.reserve(chars.size() * 2);
  for (const Run& run : Runs(chars)) {
    if (!run.han) {
      terms.push_back(WordTerm(chars, run.first, run.last));
      continue;
    }
    for (std::size_t i = run.first; i < run.last; ++i) {
      terms.push_back(MakeTerm(chars, i, i + 1));
      if (i + 1 < run.last) terms.push_back(MakeTerm(chars, i, i + 2));
    }
    AddDocumentNumbers(chars, run, true, terms);
  }
  return terms;
}

std::vector<Term> QueryTerms(std::string_view query) {
  const std::vector<Char> chars = FoldedChars(query);
  std::vector<Term> terms;
  for (const Run& run : Runs(chars)) {
    if (!run.han) {
      terms.push_back(WordTerm(chars, run.first, run.last));
      continue;
    }
    const std::size_t before = terms.size();
    AddDocumentNumbers(chars, run, false, terms);
    if (terms.size() > before) continue;  // 解工信〔2024〕3号 asks for the number alone
    const std::vector<std::size_t> bounds = WordBoundaries(chars, run);
    for (std::size_t w = 0; w + 1 < bounds.size(); ++w) {
      if (bounds[w + 1] - bounds[w] == 1) {
        terms.push_back(MakeTerm(chars, bounds[w], bounds[w + 1]));
        continue;
      }
      for (std::size_t i = bounds[w]; i + 1 < bounds[w + 1]; ++i) {
        terms.push_back(MakeTerm(chars, i, i + 2));
      }
    }
  }
  std::unordered_set<std::string> seen;
  std::vector<Term> unique;
  for (Term& term : terms) {
    if (seen.insert(term.text).second) unique.push_back(std::move(term));
  }
  return unique;
}

}  // namespace gongkai::search
