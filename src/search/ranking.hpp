// How search hits are ordered and shown, computed here rather than by either database so that
// SQLite and PostgreSQL give the same results in the same order: the databases only find the
// records that hold every query term.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/tokenizer.hpp"

namespace gongkai::search {

// The relevance of a record holding every term of `query`: for each term, a title occurrence
// counts twice a body occurrence, repeated occurrences count less and less (tf / (tf + 1.2), as
// in BM25), and a short title counts more than a long one (BM25's length normalisation against
// a title of 24 characters). Higher is better; 0 when nothing matches.
double Relevance(const std::vector<Term>& query, std::string_view title, std::string_view body);

// Up to `width` characters of `text` around its first match of `query`, HTML-escaped, each match
// in <mark>…</mark>, with "…" where text was cut. The start of `text` when nothing matches.
std::string SnippetHtml(const std::vector<Term>& query, std::string_view text,
                        std::size_t width = 60);

}  // namespace gongkai::search
