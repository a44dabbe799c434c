#include "store/migrations.hpp"

#include <string>

namespace gongkai::store::detail {
namespace {

// Dates are ISO text (YYYY-MM-DD) in both dialects; money is integer fen.
constexpr std::string_view kLedgerTables = R"sql(
CREATE TABLE organisations (
  id {ID},
  name TEXT NOT NULL UNIQUE,
  parent_id BIGINT REFERENCES organisations(id),
  kind TEXT NOT NULL
);
CREATE TABLE applications (
  id {ID},
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  applicant_type TEXT NOT NULL,
  applicant_name TEXT NOT NULL,
  applicant_id_number TEXT NOT NULL,
  applicant_contact TEXT NOT NULL,
  applicant_address TEXT NOT NULL,
  channel TEXT NOT NULL,
  request TEXT NOT NULL,
  delivery_form TEXT NOT NULL,
  query_code TEXT NOT NULL UNIQUE,
  -- Derived from application_events by the clock, written in the same transaction.
  received_on TEXT NOT NULL,
  state TEXT NOT NULL,
  due_on TEXT,
  closed_on TEXT,
  outcome TEXT,
  fees_paid_fen BIGINT NOT NULL,
  fee_paid_on TEXT,
  event_count INTEGER NOT NULL
);
CREATE INDEX applications_org_received ON applications (org_id, received_on);
CREATE INDEX applications_org_closed ON applications (org_id, closed_on);
CREATE TABLE application_events (
  application_id BIGINT NOT NULL REFERENCES applications(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  details TEXT NOT NULL,
  PRIMARY KEY (application_id, seq)
);
CREATE TABLE publications (
  id {ID},
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  index_number TEXT NOT NULL,
  title TEXT NOT NULL,
  document_number TEXT NOT NULL,
  publisher TEXT NOT NULL,
  written_on TEXT NOT NULL,
  published_on TEXT,
  repealed_on TEXT,
  category TEXT NOT NULL,
  method TEXT NOT NULL,
  document_type TEXT NOT NULL,
  state TEXT NOT NULL
);
CREATE INDEX publications_org ON publications (org_id);
CREATE TABLE publication_events (
  publication_id BIGINT NOT NULL REFERENCES publications(id),
  seq INTEGER NOT NULL,
  step TEXT NOT NULL,
  date TEXT NOT NULL,
  actor TEXT NOT NULL,
  comment TEXT NOT NULL,
  PRIMARY KEY (publication_id, seq)
);
CREATE TABLE appeals (
  id {ID},
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  application_id BIGINT REFERENCES applications(id),
  kind TEXT NOT NULL,
  after_reconsideration INTEGER NOT NULL,
  filed_on TEXT NOT NULL,
  decided_on TEXT,
  result TEXT NOT NULL,
  case_number TEXT NOT NULL
);
CREATE INDEX appeals_org ON appeals (org_id, filed_on);
CREATE TABLE yearly_statistics (
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  licensing_decisions BIGINT NOT NULL,
  penalty_decisions BIGINT NOT NULL,
  coercive_decisions BIGINT NOT NULL,
  administrative_fees_fen BIGINT NOT NULL,
  PRIMARY KEY (org_id, year)
);
)sql";

// The report's selection of one organisation-year reads only these columns: a covering index
// spares a table lookup per case (1,000,000 applications: docs/BENCHMARKS.md).
constexpr std::string_view kReportIndex = R"sql(
CREATE INDEX applications_report ON applications
  (org_id, received_on, closed_on, id, applicant_type, state, due_on, outcome, fees_paid_fen,
   fee_paid_on);
)sql";

// Accounts, sessions, the audit trail, the annual reports' narrative and publication, and the
// calendar years entered by administrators. Times are Unix seconds (sessions, rate limiting) or
// ISO 8601 UTC text (audit).
constexpr std::string_view kAccountTables = R"sql(
CREATE TABLE users (
  id {ID},
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users(id),
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, org_id, role)
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE login_failures (
  login TEXT NOT NULL,
  client TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX login_failures_login ON login_failures (login, at);
CREATE INDEX login_failures_client ON login_failures (client, at);
ALTER TABLE applications ADD COLUMN handler_id BIGINT REFERENCES users(id);
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  before_state TEXT NOT NULL,
  after_state TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE annual_reports (
  org_id BIGINT NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  narrative TEXT NOT NULL,
  state TEXT NOT NULL,
  content TEXT,
  content_hash TEXT,
  published_at TEXT,
  published_by TEXT,
  PRIMARY KEY (org_id, year)
);
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  entries TEXT NOT NULL,
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL
);
)sql";

// The audit log refuses updates and deletes inside the database too (defence in depth; `gongkai
// audit verify` detects what someone with the database's own rights changes anyway).
constexpr std::string_view kSqliteAppendOnly = R"sql(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql";
constexpr std::string_view kPostgresAppendOnly = R"sql(
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
)sql";

// The catalogue's full-text index (store/search_index.cpp): one row per publication, keyed by its
// id. SQLite: an FTS5 table over the title and the other metadata with the "gongkai" tokenizer;
// PostgreSQL: the same terms as a tsvector with a GIN index. Filled from the catalogue when the
// store opens (OpenStore) and kept in step by AddPublication.
constexpr std::string_view kSqliteSearch = R"sql(
CREATE VIRTUAL TABLE publication_search USING fts5(title, body, tokenize = 'gongkai');
)sql";
constexpr std::string_view kPostgresSearch = R"sql(
CREATE TABLE publication_search (
  publication_id BIGINT PRIMARY KEY REFERENCES publications(id),
  terms TSVECTOR NOT NULL
);
CREATE INDEX publication_search_terms ON publication_search USING GIN (terms);
)sql";

// The catalogue index's rows ordered for search (search_index.cpp, SearchKey): on SQLite the
// index is emptied here and rebuilt by OpenStore; PostgreSQL orders by the publications' columns.
constexpr std::string_view kSqliteSearchOrder = "DELETE FROM publication_search;";
constexpr std::string_view kPostgresSearchOrder = "SELECT 1;";

// The register's full-text index: the request text of each application (never the applicant).
constexpr std::string_view kSqliteRegisterSearch = R"sql(
CREATE VIRTUAL TABLE application_search USING fts5(request, tokenize = 'gongkai');
)sql";
constexpr std::string_view kPostgresRegisterSearch = R"sql(
CREATE TABLE application_search (
  application_id BIGINT PRIMARY KEY REFERENCES applications(id),
  terms TSVECTOR NOT NULL
);
CREATE INDEX application_search_terms ON application_search USING GIN (terms);
)sql";

std::string WithIdType(std::string_view sql, std::string_view id_type) {
  std::string out(sql);
  for (std::size_t at = out.find("{ID}"); at != std::string::npos; at = out.find("{ID}", at)) {
    out.replace(at, 4, id_type);
  }
  return out;
}

std::vector<Migration> Build(Dialect dialect, std::vector<std::string>& storage) {
  std::string_view id_type =
      dialect == Dialect::kSqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY";
  storage.reserve(2);  // the migrations view these strings
  storage.push_back(WithIdType(kLedgerTables, id_type));
  storage.push_back(WithIdType(kAccountTables, id_type));
  storage.back() += dialect == Dialect::kSqlite ? kSqliteAppendOnly : kPostgresAppendOnly;
  return {{1, "ledger: organisations, applications, publications, appeals, yearly statistics",
           storage[0]},
          {2, "covering index for the annual report's selection", kReportIndex},
          {3, "accounts, sessions, audit trail, annual reports, calendar years", storage[1]},
          {4, "full-text index of the catalogue",
           dialect == Dialect::kSqlite ? kSqliteSearch : kPostgresSearch},
          {5, "full-text index of the register",
           dialect == Dialect::kSqlite ? kSqliteRegisterSearch : kPostgresRegisterSearch},
          {6, "catalogue index in search order",
           dialect == Dialect::kSqlite ? kSqliteSearchOrder : kPostgresSearchOrder}};
}

}  // namespace

const std::vector<Migration>& MigrationsFor(Dialect dialect) {
  static std::vector<std::string> sqlite_text;
  static std::vector<std::string> postgres_text;
  static const std::vector<Migration> kSqlite = Build(Dialect::kSqlite, sqlite_text);
  static const std::vector<Migration> kPostgres = Build(Dialect::kPostgres, postgres_text);
  return dialect == Dialect::kSqlite ? kSqlite : kPostgres;
}

namespace {

Result<void> MigrateLocked(SqlConnection& connection);

}  // namespace

// PostgreSQL: several `gongkai serve` processes may start together on one database; an advisory
// lock lets one migrate while the others wait. (SQLite's BEGIN IMMEDIATE serialises them.)
Result<void> Migrate(SqlConnection& connection) {
  constexpr std::string_view kLockKey = "746162";  // any constant shared by all processes
  if (connection.dialect() != Dialect::kPostgres) return MigrateLocked(connection);
  if (Result<std::vector<SqlRow>> locked =
          connection.Query("SELECT pg_advisory_lock(" + std::string(kLockKey) + ")");
      !locked) {
    return locked.error();
  }
  Result<void> migrated = MigrateLocked(connection);
  (void)connection.Query("SELECT pg_advisory_unlock(" + std::string(kLockKey) + ")");
  return migrated;
}

namespace {

Result<void> MigrateLocked(SqlConnection& connection) {
  Result<void> table = connection.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "description TEXT NOT NULL)");
  if (!table) return table;
  Result<std::vector<SqlRow>> applied =
      connection.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!applied) return applied.error();
  int current = std::stoi(applied->front()[0].value_or("0"));
  const std::vector<Migration>& migrations = MigrationsFor(connection.dialect());
  if (current > migrations.back().version) {
    return Error{ErrorCode::kFailedPrecondition,
                 "数据库结构版本 " + std::to_string(current) + " 比本程序支持的版本 " +
                     std::to_string(migrations.back().version) + " 新，请升级 gongkai",
                 {}};
  }
  for (const Migration& migration : migrations) {
    if (migration.version <= current) continue;
    Result<int> done = InTransaction<int>(connection, [&]() -> Result<int> {
      if (Result<void> ran = connection.ExecuteScript(migration.sql); !ran) return ran.error();
      Result<std::vector<SqlRow>> recorded =
          connection.Query("INSERT INTO schema_migrations (version, description) VALUES ($1, $2)",
                           {std::int64_t{migration.version}, std::string(migration.description)});
      if (!recorded) return recorded.error();
      return migration.version;
    });
    if (!done) return done.error();
  }
  return {};
}

}  // namespace

}  // namespace gongkai::store::detail
