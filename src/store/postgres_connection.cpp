#include <libpq-fe.h>

#include <map>

#include "store/sql.hpp"

namespace gongkai::store::detail {
namespace {

struct FinishConnection {
  void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct ClearResult {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(PGconn* connection) : connection_(connection) {}
  Dialect dialect() const override { return Dialect::kPostgres; }

  Result<void> ExecuteScript(std::string_view sql) override {
    ResultPtr result(PQexec(connection_.get(), std::string(sql).c_str()));
    return Check(result.get());
  }

  Result<void> ForEach(std::string_view sql, const std::vector<SqlValue>& params,
                       const std::function<void(const SqlRowView&)>& row_callback) override {
    Result<std::string> name = Prepare(sql, params.size());
    if (!name) return name.error();
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* number = std::get_if<std::int64_t>(&params[i])) {
        texts[i] = std::to_string(*number);
        values[i] = texts[i].c_str();
      } else if (const auto* text = std::get_if<std::string>(&params[i])) {
        values[i] = text->c_str();
      }
    }
    ResultPtr result(PQexecPrepared(connection_.get(), name->c_str(),
                                    static_cast<int>(params.size()), values.data(), nullptr,
                                    nullptr, 0));
    if (Result<void> ok = Check(result.get()); !ok) return ok;
    int rows = PQntuples(result.get());
    int columns = PQnfields(result.get());
    SqlRowView row(static_cast<std::size_t>(columns));
    for (int r = 0; r < rows; ++r) {
      for (int c = 0; c < columns; ++c) {
        auto index = static_cast<std::size_t>(c);
        if (PQgetisnull(result.get(), r, c) != 0) {
          row[index].reset();
        } else {
          row[index].emplace(PQgetvalue(result.get(), r, c),
                             static_cast<std::size_t>(PQgetlength(result.get(), r, c)));
        }
      }
      row_callback(row);
    }
    return {};
  }

  Result<void> Begin() override { return ExecuteScript("BEGIN"); }
  Result<void> Commit() override { return ExecuteScript("COMMIT"); }
  void Rollback() override { ResultPtr ignored(PQexec(connection_.get(), "ROLLBACK")); }

 private:
  Result<void> Check(PGresult* result) const {
    ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return {};
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    std::string sqlstate = state != nullptr ? state : "";
    ErrorCode code = ErrorCode::kUnavailable;
    if (sqlstate.starts_with("23")) code = ErrorCode::kConflict;  // integrity constraint
    if (sqlstate.starts_with("42")) code = ErrorCode::kInternal;  // syntax or access rule
    return Error{code, "数据库错误：" + std::string(PQerrorMessage(connection_.get())),
                 "sqlstate " + sqlstate};
  }

  Result<std::string> Prepare(std::string_view sql, std::size_t parameter_count) {
    auto cached = statements_.find(std::string(sql));
    if (cached != statements_.end()) return cached->second;
    std::string name = "gk" + std::to_string(statements_.size());
    ResultPtr result(PQprepare(connection_.get(), name.c_str(), std::string(sql).c_str(),
                               static_cast<int>(parameter_count), nullptr));
    if (Result<void> ok = Check(result.get()); !ok) return ok.error();
    statements_.emplace(std::string(sql), name);
    return name;
  }

  std::unique_ptr<PGconn, FinishConnection> connection_;
  std::map<std::string, std::string> statements_;  // SQL text -> prepared statement name
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& conninfo) {
  std::unique_ptr<PGconn, FinishConnection> connection(PQconnectdb(conninfo.c_str()));
  if (!connection || PQstatus(connection.get()) != CONNECTION_OK) {
    return Error{ErrorCode::kUnavailable,
                 std::string("无法连接 PostgreSQL：") +
                     (connection ? PQerrorMessage(connection.get()) : "out of memory"),
                 {}};
  }
  auto opened = std::make_unique<PostgresConnection>(connection.release());
  Result<void> quiet = opened->ExecuteScript("SET client_min_messages = warning");
  if (!quiet) return quiet.error();
  return std::unique_ptr<SqlConnection>(std::move(opened));
}

}  // namespace gongkai::store::detail
