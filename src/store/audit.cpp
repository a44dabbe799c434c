// The audit trail: an append-only, hash-chained log written in the same transaction as the change
// it records.
#include <chrono>
#include <ctime>

#include "base/crypto.hpp"
#include "store/ledger_store.hpp"

namespace gongkai::store::detail {
namespace {

const std::string kGenesisHash(64, '0');

std::string NowUtc() {
  using namespace std::chrono;
  auto now = system_clock::now();
  std::time_t seconds = system_clock::to_time_t(now);
  auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[40];
  std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(millis));
  return text;
}

// The hashed content: every field but the hash itself, in a fixed order.
std::string EntryHash(const AuditEntry& entry) {
  nlohmann::json canonical =
      nlohmann::json::array({entry.seq, entry.at, entry.actor, entry.action, entry.target,
                             entry.before, entry.after, entry.prev_hash});
  return Sha256Hex(canonical.dump());
}

constexpr std::string_view kAuditColumns =
    "seq, at, actor, action, target, before_state, after_state, prev_hash, hash";

AuditEntry DecodeEntry(const SqlRowView& row) {
  auto text = [&](std::size_t i) { return std::string(row[i].value_or("")); };
  AuditEntry entry;
  entry.seq = std::stoll(text(0).empty() ? "0" : text(0));
  entry.at = text(1);
  entry.actor = text(2);
  entry.action = text(3);
  entry.target = text(4);
  entry.before = text(5);
  entry.after = text(6);
  entry.prev_hash = text(7);
  entry.hash = text(8);
  return entry;
}

}  // namespace

Result<void> LedgerStore::Audit(std::string_view action, const std::string& target,
                                const nlohmann::json& before, const nlohmann::json& after) {
  if (!audit_head_) {
    // Writers append one at a time: PostgreSQL takes a transaction-scoped advisory lock (released
    // at commit); SQLite's BEGIN IMMEDIATE already holds the only write lock.
    if (db_->dialect() == Dialect::kPostgres) {
      Result<std::vector<SqlRow>> locked = db_->Query("SELECT pg_advisory_xact_lock(4242)");
      if (!locked) return locked.error();
    }
    Result<std::vector<SqlRow>> last =
        db_->Query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last) return last.error();
    if (last->empty()) {
      audit_head_.emplace(0, kGenesisHash);
    } else {
      audit_head_.emplace(std::stoll(last->front()[0].value_or("0")),
                          last->front()[1].value_or(kGenesisHash));
    }
  }
  AuditEntry entry;
  entry.seq = audit_head_->first + 1;
  entry.at = NowUtc();
  entry.actor = actor_;
  entry.action = std::string(action);
  entry.target = target;
  entry.before = before.dump();
  entry.after = after.dump();
  entry.prev_hash = audit_head_->second;
  entry.hash = EntryHash(entry);
  Result<std::vector<SqlRow>> inserted =
      db_->Query("INSERT INTO audit_log (" + std::string(kAuditColumns) +
                     ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                 {entry.seq, entry.at, entry.actor, entry.action, entry.target, entry.before,
                  entry.after, entry.prev_hash, entry.hash});
  if (!inserted) return inserted.error();
  audit_head_.emplace(entry.seq, entry.hash);
  return {};
}

Result<std::vector<AuditEntry>> LedgerStore::ListAudit(int limit) {
  std::vector<AuditEntry> entries;
  Result<void> listed = db_->ForEach(
      "SELECT " + std::string(kAuditColumns) + " FROM audit_log ORDER BY seq DESC LIMIT $1",
      {std::int64_t{limit}}, [&](const SqlRowView& row) { entries.push_back(DecodeEntry(row)); });
  if (!listed) return listed.error();
  return entries;
}

Result<AuditVerification> LedgerStore::VerifyAudit() {
  AuditVerification result;
  std::string previous = kGenesisHash;
  std::int64_t expected_seq = 1;
  Result<void> walked = db_->ForEach(
      "SELECT " + std::string(kAuditColumns) + " FROM audit_log ORDER BY seq", {},
      [&](const SqlRowView& row) {
        if (!result.problem.empty()) return;
        AuditEntry entry = DecodeEntry(row);
        if (entry.seq != expected_seq) {
          result.problem = "缺少第 " + std::to_string(expected_seq) + " 条记录（已被删除）";
          result.problem_seq = expected_seq;
        } else if (entry.prev_hash != previous) {
          result.problem =
              "第 " + std::to_string(entry.seq) + " 条记录与前一条不衔接（前一条被修改或删除）";
          result.problem_seq = entry.seq;
        } else if (EntryHash(entry) != entry.hash) {
          result.problem = "第 " + std::to_string(entry.seq) + " 条记录的内容被修改";
          result.problem_seq = entry.seq;
        }
        previous = entry.hash;
        ++expected_seq;
        ++result.entries;
      });
  if (!walked) return walked.error();
  result.head_hash = previous;
  return result;
}

}  // namespace gongkai::store::detail
