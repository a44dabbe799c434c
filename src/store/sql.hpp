// Internal to the store: one small SQL interface over SQLite and PostgreSQL. Statements are
// written once with $1, $2 … placeholders; each connection prepares them (PostgreSQL: PQprepare,
// SQLite: sqlite3_prepare_v2 with ?NNN) and caches the prepared statement by its text. Values
// travel as text or integers; NULL as std::monostate.
//
// Not thread-safe: one connection per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.hpp"

namespace gongkai::store::detail {

using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;
using SqlRow = std::vector<std::optional<std::string>>;  // every column as text; NULL as nullopt
// The same, viewing the connection's buffers: valid only during the ForEach callback.
using SqlRowView = std::vector<std::optional<std::string_view>>;

enum class Dialect { kSqlite, kPostgres };

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;

  // Runs a script of several statements without parameters (migrations).
  virtual Result<void> ExecuteScript(std::string_view sql) = 0;
  // Runs one prepared statement; returns its rows (empty for statements without results).
  Result<std::vector<SqlRow>> Query(std::string_view sql, const std::vector<SqlValue>& params = {});
  // Calls `row` for each result row without collecting or copying them (large selects).
  virtual Result<void> ForEach(std::string_view sql, const std::vector<SqlValue>& params,
                               const std::function<void(const SqlRowView&)>& row) = 0;

  // Writer transaction: SQLite BEGIN IMMEDIATE, PostgreSQL BEGIN.
  virtual Result<void> Begin() = 0;
  virtual Result<void> Commit() = 0;
  virtual void Rollback() = 0;
};

// "sqlite:PATH" (WAL, synchronous=FULL, foreign keys on).
Result<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path);
// A libpq connection string or "postgresql://…" URL.
Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& conninfo);

// Copies a row view into owned strings.
inline SqlRow ToRow(const SqlRowView& view) {
  SqlRow row;
  row.reserve(view.size());
  for (const std::optional<std::string_view>& cell : view) {
    row.push_back(cell ? std::optional<std::string>(std::string(*cell)) : std::nullopt);
  }
  return row;
}

inline Result<std::vector<SqlRow>> SqlConnection::Query(std::string_view sql,
                                                        const std::vector<SqlValue>& params) {
  std::vector<SqlRow> rows;
  Result<void> done =
      ForEach(sql, params, [&](const SqlRowView& row) { rows.push_back(ToRow(row)); });
  if (!done) return done.error();
  return rows;
}

// Views an owned row.
inline SqlRowView ViewOf(const SqlRow& row) {
  SqlRowView view;
  view.reserve(row.size());
  for (const std::optional<std::string>& cell : row) {
    view.push_back(cell ? std::optional<std::string_view>(*cell) : std::nullopt);
  }
  return view;
}

// Runs `work` in a transaction; commits when it succeeds, rolls back when it fails.
template <typename T>
Result<T> InTransaction(SqlConnection& connection, const std::function<Result<T>()>& work) {
  if (Result<void> begun = connection.Begin(); !begun) return begun.error();
  Result<T> result = work();
  if (!result) {
    connection.Rollback();
    return result;
  }
  if (Result<void> committed = connection.Commit(); !committed) {
    connection.Rollback();
    return committed.error();
  }
  return result;
}

}  // namespace gongkai::store::detail
