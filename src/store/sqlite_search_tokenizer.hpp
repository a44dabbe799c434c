// The "gongkai" FTS5 tokenizer (search/tokenizer.hpp) for SQLite connections.
#pragma once

struct sqlite3;

#include "base/result.hpp"

namespace gongkai::store::detail {

// Registers the tokenizer on `db`: a document is cut by search::DocumentTerms with offsets into
// its text (so that FTS5 can find it); a query string is one term that search::QueryTerms made,
// taken as it is (the store builds the MATCH expression from them). kUnavailable when this
// SQLite has no FTS5.
Result<void> RegisterSearchTokenizer(sqlite3* db);

}  // namespace gongkai::store::detail
