// Test helpers for the store: fresh databases on both backends.
#pragma once

#include <gtest/gtest.h>
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

// A test on both backends ("sqlite", "postgres") with a fresh, migrated store; PostgreSQL is
// skipped when the test run has no server.
class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && PostgresBaseUrl().empty()) {
      GTEST_SKIP() << "GONGKAI_TEST_PG_URL is not set (make test starts a server)";
    }
    url_ = FreshDatabaseUrl(GetParam());
    ASSERT_FALSE(url_.empty());
    Result<std::unique_ptr<Store>> opened = OpenStore(url_, core::testing::NationalCalendar());
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    store_ = std::move(*opened);
  }
  std::string url_;
  std::unique_ptr<Store> store_;
};

// A raw connection to a test database, for tests that tamper with it behind the store's back.
inline Result<std::unique_ptr<detail::SqlConnection>> OpenRawConnection(const std::string& url) {
  if (url.starts_with("sqlite:")) return detail::OpenSqlite(url.substr(7));
  return detail::OpenPostgres(url);
}

}  // namespace gongkai::store::testing
