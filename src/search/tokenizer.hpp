// Terms for Chinese full-text search. Chinese has no spaces, so a text is cut into overlapping
// character bigrams (预算 in 年度预算执行 is found; a two-character query is one bigram), single
// characters, and ASCII words and numbers; full-width forms are folded to half-width, letters to
// lower case and traditional characters to simplified, so 預算, ＢＩＭ and bim find what 预算 and
// BIM do. Document numbers (文号) such as 解工信〔2024〕3号 are also kept whole, whatever brackets
// they are written with.
//
// A query is cut differently: ICU's word segmentation finds its words, and only bigrams inside a
// word are asked for (政府预算 asks for 政府 and 预算, not 府预), so that a document that says
// 政府的预算 matches as well; a one-character word asks for that character. Both sides of the
// index (SQLite FTS5 and PostgreSQL) use these terms.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::search {

struct Term {
  std::string text;   // the normalised term
  std::size_t begin;  // byte offsets of what it was made from, in the original text
  std::size_t end;
};

// The terms that index `text`: every character and bigram of each run of Chinese characters,
// every run of letters and digits, every document number. Ill-formed UTF-8 is skipped.
std::vector<Term> DocumentTerms(std::string_view text);

// The terms a query asks for, each required: the bigrams inside each word (a one-character word
// as itself), the runs of letters and digits, and a document number whole. Duplicates removed.
std::vector<Term> QueryTerms(std::string_view query);

}  // namespace gongkai::search
