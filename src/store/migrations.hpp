// Versioned schema migrations, one list per dialect. A migration is never edited once shipped:
// changes come as a new version. Applied in order inside a transaction each, recorded in
// schema_migrations.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "store/sql.hpp"

namespace gongkai::store::detail {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

const std::vector<Migration>& MigrationsFor(Dialect dialect);

// Applies the migrations the database lacks. Fails with kFailedPrecondition when the database is
// newer than this program.
Result<void> Migrate(SqlConnection& connection);

}  // namespace gongkai::store::detail
