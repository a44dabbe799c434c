// Online backup and restore of an SQLite ledger (SQLite's backup API: consistent while the
// server keeps running). PostgreSQL deployments use pg_dump.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace gongkai::store {

// Copies the database of `url` ("sqlite:PATH") into FILE. Fails with kInvalidArgument for a
// non-SQLite URL.
Result<void> BackupSqlite(std::string_view url, const std::string& file);

// Replaces the database of `url` with the backup FILE, after checking the backup with
// PRAGMA integrity_check. Fails with kInvalidArgument when FILE is not a sound SQLite database.
Result<void> RestoreSqlite(std::string_view url, const std::string& file);

// "ok", or the first problem PRAGMA integrity_check reports.
Result<std::string> IntegrityCheckSqlite(const std::string& path);

}  // namespace gongkai::store
