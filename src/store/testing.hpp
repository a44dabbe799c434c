// Test helpers for the store: fresh databases on both backends.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/testing.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

namespace gongkai::store::testing {

// The PostgreSQL server of the test run (scripts/with-postgres.sh), or "" when there is none.
inline std::string PostgresBaseUrl() {
  const char* url = std::getenv("GONGKAI_TEST_PG_URL");
  return url != nullptr ? url : "";
}

// A URL for a new, empty database: a temporary SQLite file, or a new PostgreSQL database.
inline std::string FreshDatabaseUrl(const std::string& backend) {
  static std::atomic<int> counter{0};
  std::string name = "gk_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  if (backend == "sqlite") {
    std::filesystem::path path = std::filesystem::temp_directory_path() / (name + ".db");
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
    return "sqlite:" + path.string();
  }
  std::string base = PostgresBaseUrl();
  Result<std::unique_ptr<detail::SqlConnection>> admin = detail::OpenPostgres(base);
  if (!admin) return "";
  (void)(*admin)->ExecuteScript("DROP DATABASE IF EXISTS " + name);
  if (!(*admin)->ExecuteScript("CREATE DATABASE " + name)) return "";
  return base.substr(0, base.rfind('/') + 1) + name;
}

// A raw connection to a test database, for tests that tamper with it behind the store's back.
inline Result<std::unique_ptr<detail::SqlConnection>> OpenRawConnection(const std::string& url) {
  if (url.starts_with("sqlite:")) return detail::OpenSqlite(url.substr(7));
  return detail::OpenPostgres(url);
}

}  // namespace gongkai::store::testing
