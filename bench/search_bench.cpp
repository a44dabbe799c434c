// The catalogue search at scale (issue 9): 100,000 catalogue items indexed through the Store on
// SQLite (one transaction, synchronous=FULL; each item also audited), and queries against them
// with their latency distribution (p50, p99 as counters). Baseline: the same 100,000 items'
// terms computed without a database (search::DocumentTerms), in the same run.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/bench_calendar.hpp"
#include "search/tokenizer.hpp"
#include "store/store.hpp"

namespace {

namespace core = gongkai::core;
namespace store = gongkai::store;
using gongkai::Date;

constexpr int kItems = 100'000;

// Catalogue titles in the style of district catalogues, varied by subject, organ, year and number.
core::Publication Item(int i, core::OrgId org) {
  static const std::vector<std::string> kSubjects = {"部门预算",
                                                     "部门决算",
                                                     "政府采购意向公开",
                                                     "行政许可事项办理情况",
                                                     "行政处罚决定信息公开",
                                                     "食品安全监督抽检信息公告",
                                                     "义务教育阶段学校招生入学工作方案",
                                                     "老旧小区改造项目计划",
                                                     "公共租赁住房分配结果公示",
                                                     "空气质量月报",
                                                     "建设项目环境影响评价审批决定公告",
                                                     "城乡居民医保缴费工作的通告",
                                                     "重点排污单位名录",
                                                     "专项资金分配结果",
                                                     "特种设备安全专项检查",
                                                     "政府信息公开工作年度报告",
                                                     "重点工作进展情况",
                                                     "传染病疫情概况",
                                                     "BIM技术应用推广",
                                                     "5G基站建设规划选址公示"};
  static const std::vector<std::string> kOrgans = {
      "财政局",         "教育局",     "住房和城乡建设局", "市场监督管理局",       "生态环境局",
      "卫生健康委员会", "交通运输局", "民政局",           "人力资源和社会保障局", "农业农村局"};
  const int year = 2015 + i % 10;
  core::Publication item;
  item.org = org;
  item.title = "解放区" + kOrgans[static_cast<std::size_t>(i % 10)] + std::to_string(year) + "年" +
               kSubjects[static_cast<std::size_t>((i / 10) % 20)] + "（第" +
               std::to_string(i / 200 + 1) + "期）";
  item.document_number = "解" + std::to_string(i % 10) + "〔" + std::to_string(year) + "〕" +
                         std::to_string(i / 10 % 500 + 1) + "号";
  item.publisher = "解放区" + kOrgans[static_cast<std::size_t>(i % 10)];
  item.category = kSubjects[static_cast<std::size_t>((i / 10) % 20)].substr(0, 6);
  item.written_on = *Date::FromCivil(year, 1 + i % 12, 1 + i % 28);
  return item;
}

std::filesystem::path DatabasePath() {
  return std::filesystem::temp_directory_path() / "gongkai-search-bench.db";
}

// Builds the 100,000-item catalogue once per process; returns the store.
store::Store& Catalogue(double* seconds = nullptr) {
  static double build_seconds = 0;
  static std::unique_ptr<store::Store> opened = [] {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(DatabasePath().string() + suffix);
    }
    auto made =
        store::OpenStore("sqlite:" + DatabasePath().string(), gongkai::bench::NationalCalendar());
    std::unique_ptr<store::Store> catalogue = std::move(*made);
    const core::OrgId org = *catalogue->AddOrganisation(
        {0, "解放区人民政府", std::nullopt, core::OrgKind::kGovernment});
    const auto start = std::chrono::steady_clock::now();
    (void)catalogue->Batch([&]() -> gongkai::Result<void> {
      for (int i = 0; i < kItems; ++i) {
        GONGKAI_RETURN_IF_ERROR(catalogue->AddPublication(Item(i, org)));
      }
      return {};
    });
    build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return catalogue;
  }();
  if (seconds != nullptr) *seconds = build_seconds;
  return *opened;
}

void BM_BaselineTermsOf100kItems(benchmark::State& state) {
  for (auto _ : state) {
    std::size_t terms = 0;
    for (int i = 0; i < kItems; ++i) {
      core::Publication item = Item(i, 1);
      terms += gongkai::search::DocumentTerms(item.title + " " + item.document_number).size();
    }
    benchmark::DoNotOptimize(terms);
  }
}
BENCHMARK(BM_BaselineTermsOf100kItems)->Unit(benchmark::kSecond)->Iterations(1);

// Indexing: 100,000 AddPublication calls (insert, audit entry, index) in one transaction.
void BM_Index100kItems(benchmark::State& state) {
  for (auto _ : state) {
    double seconds = 0;
    Catalogue(&seconds);
    state.SetIterationTime(seconds);
    state.counters["items_per_second"] = kItems / seconds;
  }
}
BENCHMARK(BM_Index100kItems)->Unit(benchmark::kSecond)->UseManualTime()->Iterations(1);

// Queries of the kinds people type, first page of 20, in the workspace (all items).
void BM_SearchLatency(benchmark::State& state) {
  store::Store& catalogue = Catalogue();
  static const std::vector<std::string> kQueries = {
      "预算",           "部门决算",     "政府采购", "行政许可",     "食品安全",   "招生",
      "老旧小区",       "公共租赁住房", "空气质量", "环境影响评价", "医保",       "排污",
      "专项资金",       "特种设备",     "年度报告", "BIM",          "5G基站",     "解3〔2019〕17号",
      "2020年部门预算", "教育局 2018",  "預算",     "航天",         "传染病疫情", "交通运输局"};
  std::vector<double> latencies;
  std::size_t next = 0;
  for (auto _ : state) {
    store::CatalogueSearch search;
    search.text = kQueries[next++ % kQueries.size()];
    search.public_only = false;
    const auto start = std::chrono::steady_clock::now();
    auto found = catalogue.SearchCatalogue(search);
    latencies.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    benchmark::DoNotOptimize(found);
  }
  std::sort(latencies.begin(), latencies.end());
  auto at = [&](double q) {
    return latencies[static_cast<std::size_t>(q * static_cast<double>(latencies.size() - 1))];
  };
  state.counters["p50_ms"] = at(0.50);
  state.counters["p99_ms"] = at(0.99);
  state.counters["max_ms"] = latencies.back();
}
BENCHMARK(BM_SearchLatency)->Iterations(480)->Unit(benchmark::kMillisecond);

}  // namespace
