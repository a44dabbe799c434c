#include "store/sqlite_search_tokenizer.hpp"

#include <sqlite3.h>

#include "search/tokenizer.hpp"

namespace gongkai::store::detail {
namespace {

// The tokenizer has no state: any non-null pointer serves as its instance.
int Create(void*, const char**, int, Fts5Tokenizer** tokenizer) {
  static int instance = 0;
  *tokenizer = reinterpret_cast<Fts5Tokenizer*>(&instance);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer*) {}

int Tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int)) {
  const std::string_view input(text, static_cast<std::size_t>(length));
  if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
    // One term of the store's MATCH expression, already normalised.
    return input.empty() ? SQLITE_OK : token(context, 0, text, length, 0, length);
  }
  for (const search::Term& term : search::DocumentTerms(input)) {
    int status = token(context, 0, term.text.data(), static_cast<int>(term.text.size()),
                       static_cast<int>(term.begin), static_cast<int>(term.end));
    if (status != SQLITE_OK) return status;
  }
  return SQLITE_OK;
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
    return nullptr;
  }
  sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(statement);
  sqlite3_finalize(statement);
  return api;
}

}  // namespace

Result<void> RegisterSearchTokenizer(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr) {
    return Error{ErrorCode::kUnavailable, "此 SQLite 没有 FTS5 全文检索模块", {}};
  }
  fts5_tokenizer tokenizer{Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, "gongkai", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    return Error{ErrorCode::kUnavailable, "无法注册全文检索分词器", {}};
  }
  return {};
}

}  // namespace gongkai::store::detail
