#include "store/ledger_store.hpp"
#include "store/migrations.hpp"
#include "store/store.hpp"

namespace gongkai::store {

Result<std::unique_ptr<Store>> OpenStore(std::string_view url, const core::WorkCalendar& calendar) {
  static constexpr std::string_view kSqlite = "sqlite:";
  Result<std::unique_ptr<detail::SqlConnection>> connection =
      Error::InvalidArgument("--db：不支持的数据库地址“" + std::string(url) +
                             "”（应为 sqlite:文件路径 或 postgresql://…）");
  if (url.starts_with(kSqlite) && url.size() > kSqlite.size()) {
    connection = detail::OpenSqlite(std::string(url.substr(kSqlite.size())));
  } else if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    connection = detail::OpenPostgres(std::string(url));
  }
  if (!connection) return connection.error();
  if (Result<void> migrated = detail::Migrate(**connection); !migrated) return migrated.error();
  // Records from before the full-text indexes (migrations 4, 5) or their search order (6) are
  // indexed once, here.
  Result<std::vector<detail::SqlRow>> unindexed =
      (*connection)
          ->Query(
              "SELECT CASE WHEN (SELECT COUNT(*) FROM publications) = "
              "(SELECT COUNT(*) FROM publication_search) AND (SELECT COUNT(*) FROM applications) = "
              "(SELECT COUNT(*) FROM application_search) THEN 0 ELSE 1 END");
  if (!unindexed) return unindexed.error();
  auto store = std::make_unique<detail::LedgerStore>(std::move(*connection), calendar);
  if (unindexed->front()[0].value_or("0") != "0") {
    if (Result<std::int64_t> indexed = store->ReindexSearch(); !indexed) return indexed.error();
  }
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace gongkai::store
