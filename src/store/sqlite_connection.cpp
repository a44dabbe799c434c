#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "store/sql.hpp"
#include "store/sqlite_search_tokenizer.hpp"

namespace gongkai::store::detail {
namespace {

struct CloseDatabase {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct FinalizeStatement {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

// "$1" -> "?1": SQLite numbers ?NNN parameters the way PostgreSQL numbers $N.
std::string ToSqlitePlaceholders(std::string_view sql) {
  std::string out(sql);
  for (char& c : out) {
    if (c == '$') c = '?';
  }
  return out;
}

// One mutex per database file for the whole process: the process's writers queue on it instead of
// meeting SQLITE_BUSY and sleeping in the busy handler (which made write latency spiky under
// load). Writers of other processes still meet the busy timeout.
std::shared_ptr<std::mutex> WriterMutexFor(const std::string& path) {
  static std::mutex registry_mutex;
  static std::map<std::string, std::weak_ptr<std::mutex>> registry;
  std::error_code error;
  std::string key = std::filesystem::weakly_canonical(path, error).string();
  if (error) key = path;
  std::lock_guard lock(registry_mutex);
  std::shared_ptr<std::mutex> found = registry[key].lock();
  if (!found) {
    found = std::make_shared<std::mutex>();
    registry[key] = found;
  }
  return found;
}

class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::shared_ptr<std::mutex> writer_mutex)
      : db_(db), writer_(std::move(writer_mutex)) {}
  Dialect dialect() const override { return Dialect::kSqlite; }

  Result<void> ExecuteScript(std::string_view sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_.get(), std::string(sql).c_str(), nullptr, nullptr, &message) !=
        SQLITE_OK) {
      std::string text = message != nullptr ? message : "unknown";
      sqlite3_free(message);
      return Failure(text);
    }
    return {};
  }

  Result<void> ForEach(std::string_view sql, const std::vector<SqlValue>& params,
                       const std::function<void(const SqlRowView&)>& row_callback) override {
    Result<sqlite3_stmt*> prepared = Prepare(sql);
    if (!prepared) return prepared.error();
    sqlite3_stmt* statement = *prepared;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    for (std::size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i) + 1;
      const SqlValue& value = params[i];
      if (const auto* number = std::get_if<std::int64_t>(&value)) {
        sqlite3_bind_int64(statement, index, *number);
      } else if (const auto* text = std::get_if<std::string>(&value)) {
        sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()),
                          SQLITE_TRANSIENT);
      } else {
        sqlite3_bind_null(statement, index);
      }
    }
    int columns = sqlite3_column_count(statement);
    SqlRowView row(static_cast<std::size_t>(columns));
    while (true) {
      int step = sqlite3_step(statement);
      if (step == SQLITE_DONE) break;
      if (step != SQLITE_ROW) {
        std::string message = sqlite3_errmsg(db_.get());
        sqlite3_reset(statement);
        return Failure(message);
      }
      for (int column = 0; column < columns; ++column) {
        const unsigned char* text = sqlite3_column_text(statement, column);
        auto index = static_cast<std::size_t>(column);
        if (text == nullptr) {
          row[index].reset();
        } else {
          row[index].emplace(reinterpret_cast<const char*>(text),
                             static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
        }
      }
      row_callback(row);
    }
    sqlite3_reset(statement);
    return {};
  }

  Result<void> Begin() override {
    std::unique_lock lock(*writer_);
    Result<void> begun = ExecuteScript("BEGIN IMMEDIATE");
    if (begun) writing_ = std::move(lock);
    return begun;
  }
  Result<void> Commit() override {
    Result<void> committed = ExecuteScript("COMMIT");
    if (committed && writing_.owns_lock()) writing_.unlock();
    return committed;  // on failure the caller rolls back, which releases the lock
  }
  void Rollback() override {
    sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    if (writing_.owns_lock()) writing_.unlock();
  }

 private:
  Error Failure(const std::string& message) const {
    int code = sqlite3_extended_errcode(db_.get());
    ErrorCode kind = ErrorCode::kUnavailable;
    if ((code & 0xff) == SQLITE_CONSTRAINT) kind = ErrorCode::kConflict;
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
      kind = ErrorCode::kInternal;
    return Error{kind, "数据库错误：" + message, "sqlite code " + std::to_string(code)};
  }

  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto cached = statements_.find(sql);
    if (cached != statements_.end()) return cached->second.get();
    std::string text = ToSqlitePlaceholders(sql);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_.get(), text.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      return Failure(std::string(sqlite3_errmsg(db_.get())) + "（" + text + "）");
    }
    statements_.emplace(std::string(sql), StatementPtr(statement));
    return statement;
  }

  std::unique_ptr<sqlite3, CloseDatabase> db_;
  // Declared after db_: finalized first. std::less<> finds by string_view without a copy.
  std::map<std::string, StatementPtr, std::less<>> statements_;
  std::shared_ptr<std::mutex> writer_;
  std::unique_lock<std::mutex> writing_;  // held from Begin to Commit or Rollback
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path) {
  sqlite3* raw = nullptr;
  // One connection per thread (sql.hpp), so SQLite's own per-call mutex is not needed.
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
  int opened = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  std::unique_ptr<sqlite3, CloseDatabase> guard(raw);
  if (opened != SQLITE_OK) {
    return Error{ErrorCode::kUnavailable,
                 "无法打开 SQLite 数据库 " + path + "：" +
                     (raw != nullptr ? sqlite3_errmsg(raw) : "out of memory"),
                 {}};
  }
  sqlite3_busy_timeout(raw, 10000);
  if (Result<void> registered = RegisterSearchTokenizer(raw); !registered) {
    return registered.error();
  }
  auto connection = std::make_unique<SqliteConnection>(guard.release(), WriterMutexFor(path));
  // WAL for concurrent readers; synchronous=FULL so that an acknowledged commit survives power
  // loss; foreign keys enforced. Reads through a memory map and a 64 MiB page cache (large
  // report selections).
  Result<void> pragmas = connection->ExecuteScript(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
      "PRAGMA mmap_size=268435456; PRAGMA cache_size=-65536;");
  if (!pragmas) return pragmas.error();
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace gongkai::store::detail
