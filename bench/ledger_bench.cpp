// The ledger's throughput (docs/BENCHMARKS.md): generating one agency-year out of 1,000,000
// applications, on SQLite and on PostgreSQL (when GONGKAI_TEST_PG_URL names a server: `make
// bench` starts one), and appending case events through the Store on SQLite with
// synchronous=FULL, in batches and one commit per event.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/bench_calendar.hpp"
#include "core/outcome.hpp"
#include "report/generate.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

namespace {

using gongkai::Date;
namespace core = gongkai::core;
namespace store = gongkai::store;

constexpr int kApplications = 1'000'000;
constexpr int kDaysSpanned = 4 * 365;  // 2022–2025

// A CASE expression giving each row one of the 21 outcomes and one of the six applicant types.
std::string CaseOver(const std::string& index, const std::vector<std::string>& names) {
  std::string sql = "CASE " + index + " % " + std::to_string(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    sql += " WHEN " + std::to_string(i) + " THEN '" + names[i] + "'";
  }
  return sql + " END";
}

std::string BulkInsert(store::detail::Dialect dialect) {
  std::vector<std::string> outcomes;
  for (core::Outcome outcome : core::kAllOutcomes) outcomes.emplace_back(core::ToString(outcome));
  std::vector<std::string> types;
  for (core::ApplicantType type : core::kAllApplicantTypes)
    types.emplace_back(core::ToString(type));
  bool sqlite = dialect == store::detail::Dialect::kSqlite;
  auto day = [&](const std::string& offset) {
    return sqlite ? "date('2022-01-01', '+' || (" + offset + ") || ' days')"
                  : "to_char(date '2022-01-01' + (" + offset + ")::int, 'YYYY-MM-DD')";
  };
  std::string i = sqlite ? "i" : "n.i";
  std::string select = "SELECT 1, " + CaseOver(i, types) +
                       ", 'x', '', '', '', 'online', 'r', '', 'Q' || " + i + ", " +
                       day(i + " % " + std::to_string(kDaysSpanned)) + ", 'closed', NULL, " +
                       day(i + " % " + std::to_string(kDaysSpanned) + " + " + i + " % 40") + ", " +
                       CaseOver("(" + i + " / 7)", outcomes) + ", 0, NULL, 2";
  std::string columns =
      "INSERT INTO applications (org_id, applicant_type, applicant_name, applicant_id_number, "
      "applicant_contact, applicant_address, channel, request, delivery_form, query_code, "
      "received_on, state, due_on, closed_on, outcome, fees_paid_fen, fee_paid_on, event_count) ";
  if (sqlite) {
    return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
           std::to_string(kApplications) + ") " + columns + select + " FROM n";
  }
  return columns + select + " FROM generate_series(1, " + std::to_string(kApplications) +
         ") AS n(i)";
}

// A database of one agency with 1,000,000 applications (made once, reused across runs).
std::unique_ptr<store::Store> MillionStore(const std::string& url) {
  auto opened = store::OpenStore(url, gongkai::bench::NationalCalendar());
  if (!opened) return nullptr;
  auto organisations = (*opened)->ListOrganisations();
  if (organisations && organisations->empty()) {
    (void)(*opened)->AddOrganisation({0, "基准测试局", std::nullopt, core::OrgKind::kDepartment});
    bool sqlite = url.starts_with("sqlite:");
    auto connection =
        sqlite ? store::detail::OpenSqlite(url.substr(7)) : store::detail::OpenPostgres(url);
    if (!connection) return nullptr;
    auto dialect = sqlite ? store::detail::Dialect::kSqlite : store::detail::Dialect::kPostgres;
    if (!(*connection)->ExecuteScript(BulkInsert(dialect))) return nullptr;
    if (!sqlite) (void)(*connection)->ExecuteScript("ANALYZE applications");
  }
  return std::move(*opened);
}

void GenerateAgencyYear(benchmark::State& state, store::Store* ledger) {
  if (ledger == nullptr) {
    state.SkipWithError("no database");
    return;
  }
  std::size_t cases = 0;
  for (auto _ : state) {
    auto year = ledger->SelectLedgerYear(1, 2024);
    auto generated = gongkai::report::GenerateReport(*year);
    cases = year->cases.size();
    benchmark::DoNotOptimize(generated);
  }
  state.counters["cases_in_year"] = static_cast<double>(cases);
}

void BM_GenerateAgencyYear1MSqlite(benchmark::State& state) {
  static std::unique_ptr<store::Store> ledger = MillionStore(
      "sqlite:" + (std::filesystem::temp_directory_path() / "gongkai-bench-1m.db").string());
  GenerateAgencyYear(state, ledger.get());
}
BENCHMARK(BM_GenerateAgencyYear1MSqlite)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_GenerateAgencyYear1MPostgres(benchmark::State& state) {
  const char* url = std::getenv("GONGKAI_TEST_PG_URL");
  if (url == nullptr) {
    state.SkipWithError("GONGKAI_TEST_PG_URL not set");
    return;
  }
  static std::unique_ptr<store::Store> ledger = MillionStore(url);
  GenerateAgencyYear(state, ledger.get());
}
BENCHMARK(BM_GenerateAgencyYear1MPostgres)->Unit(benchmark::kMillisecond)->Iterations(5);

// Appending answers to registered applications, `range(0)` events per transaction.
void BM_AppendEventsSqlite(benchmark::State& state) {
  std::string path = (std::filesystem::temp_directory_path() / "gongkai-bench-append.db").string();
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  auto opened = store::OpenStore("sqlite:" + path, gongkai::bench::NationalCalendar());
  auto& ledger = **opened;
  core::OrgId org =
      *ledger.AddOrganisation({0, "基准测试局", std::nullopt, core::OrgKind::kDepartment});
  const int per_batch = static_cast<int>(state.range(0));
  std::int64_t events = 0;
  for (auto _ : state) {
    auto batch = ledger.Batch([&]() -> gongkai::Result<void> {
      for (int i = 0; i < per_batch; ++i) {
        core::NewApplication application;
        application.org = org;
        application.applicant.name = "申请人";
        application.request = "文件";
        application.received = *Date::Parse("2024-06-03");
        auto row = ledger.RegisterApplication(application);
        if (!row) return row.error();
        core::CaseEvent answer =
            core::CaseEvent::At(core::CaseEventKind::kAnswered, *Date::Parse("2024-06-20"));
        answer.outcome = core::Outcome::kDisclosed;
        auto answered = ledger.AppendEvent(row->id, answer);
        if (!answered) return answered.error();
      }
      return {};
    });
    if (!batch) state.SkipWithError(batch.error().message.c_str());
    events += 2 * per_batch;
  }
  state.SetItemsProcessed(events);
}
// Wall-clock time: the single-commit case waits on fsync, not on the CPU.
BENCHMARK(BM_AppendEventsSqlite)
    ->Arg(1)
    ->Arg(100)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
