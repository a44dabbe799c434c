#include "store/backup.hpp"

#include <sqlite3.h>

#include <memory>

namespace gongkai::store {
namespace {

struct CloseDatabase {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Database = std::unique_ptr<sqlite3, CloseDatabase>;

Result<std::string> SqlitePath(std::string_view url) {
  static constexpr std::string_view kScheme = "sqlite:";
  if (!url.starts_with(kScheme) || url.size() == kScheme.size()) {
    return Error::InvalidArgument(
        "--db：备份与恢复仅适用于 sqlite:文件路径（PostgreSQL 请使用 pg_dump）");
  }
  return std::string(url.substr(kScheme.size()));
}

Result<Database> Open(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int opened = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Database db(raw);
  if (opened != SQLITE_OK) {
    return Error{
        ErrorCode::kUnavailable,
        path + "：无法打开（" + (raw != nullptr ? sqlite3_errmsg(raw) : "out of memory") + "）",
        {}};
  }
  sqlite3_busy_timeout(raw, 10000);
  return db;
}

// Copies every page of `from` into `to`.
Result<void> Copy(sqlite3* from, sqlite3* to) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (backup == nullptr) return Error{ErrorCode::kUnavailable, sqlite3_errmsg(to), {}};
  int step = sqlite3_backup_step(backup, -1);
  sqlite3_backup_finish(backup);
  if (step != SQLITE_DONE) {
    return Error{ErrorCode::kUnavailable, std::string("备份失败：") + sqlite3_errstr(step), {}};
  }
  return {};
}

}  // namespace

Result<std::string> IntegrityCheckSqlite(const std::string& path) {
  GONGKAI_ASSIGN_OR_RETURN(Database db, Open(path, SQLITE_OPEN_READONLY));
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check", -1, &statement, nullptr) !=
      SQLITE_OK) {
    return Error::InvalidArgument(path + "：不是 SQLite 数据库（" + sqlite3_errmsg(db.get()) +
                                  "）");
  }
  std::string verdict = "ok";
  if (sqlite3_step(statement) == SQLITE_ROW) {
    verdict = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  } else {
    verdict = sqlite3_errmsg(db.get());
  }
  sqlite3_finalize(statement);
  return verdict;
}

Result<void> BackupSqlite(std::string_view url, const std::string& file) {
  GONGKAI_ASSIGN_OR_RETURN(std::string path, SqlitePath(url));
  GONGKAI_ASSIGN_OR_RETURN(Database source, Open(path, SQLITE_OPEN_READONLY));
  GONGKAI_ASSIGN_OR_RETURN(Database target, Open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  return Copy(source.get(), target.get());
}

Result<void> RestoreSqlite(std::string_view url, const std::string& file) {
  GONGKAI_ASSIGN_OR_RETURN(std::string path, SqlitePath(url));
  GONGKAI_ASSIGN_OR_RETURN(std::string verdict, IntegrityCheckSqlite(file));
  if (verdict != "ok") return Error::InvalidArgument(file + "：备份文件已损坏（" + verdict + "）");
  GONGKAI_ASSIGN_OR_RETURN(Database source, Open(file, SQLITE_OPEN_READONLY));
  GONGKAI_ASSIGN_OR_RETURN(Database target, Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  return Copy(source.get(), target.get());
}

}  // namespace gongkai::store
