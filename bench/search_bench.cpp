// The catalogue search at scale (issue 9): 100,000 catalogue items indexed through the Store on
// SQLite (one transaction, synchronous=FULL; each item also audited), and queries against them
// with their latency distribution (p50, p99 as counters): in the workspace (all items), and with
// the public search's filters (published items only; one organ; one year). After the timed
// indexing every fifth item goes through review and is published. Baseline: the same 100,000 items'
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
    std::vector<core::OrgId> organs;
    for (int i = 0; i < 10; ++i) {
      organs.push_back(*catalogue->AddOrganisation({0, "解放区第" + std::to_string(i + 1) + "局",
                                                    std::nullopt, core::OrgKind::kDepartment}));
    }
    std::vector<core::PublicationId> ids;
    ids.reserve(kItems);
    const auto start = std::chrono::steady_clock::now();
    (void)catalogue->Batch([&]() -> gongkai::Result<void> {
      for (int i = 0; i < kItems; ++i) {
        GONGKAI_ASSIGN_OR_RETURN(
            ids.emplace_back(),
            catalogue->AddPublication(Item(i, organs[static_cast<std::size_t>(i % 10)])));
      }
      return {};
    });
    build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    (void)catalogue->Batch([&]() -> gongkai::Result<void> {
      for (int i = 0; i < kItems; i += 5) {
        const Date published = Item(i, 0).written_on.AddDays(10);
        for (core::PublicationStep step :
             {core::PublicationStep::kSubmit, core::PublicationStep::kApproveContent,
              core::PublicationStep::kApproveSecrecy, core::PublicationStep::kPublish}) {
          GONGKAI_RETURN_IF_ERROR(catalogue->RecordPublicationStep(
              ids[static_cast<std::size_t>(i)], {step, published, "审核人", ""}));
        }
      }
      return {};
    });
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

// Queries of the kinds people type.
const std::vector<std::string>& Queries() {
  static const std::vector<std::string> kQueries = {
      "预算",           "部门决算",     "政府采购", "行政许可",     "食品安全",   "招生",
      "老旧小区",       "公共租赁住房", "空气质量", "环境影响评价", "医保",       "排污",
      "专项资金",       "特种设备",     "年度报告", "BIM",          "5G基站",     "解3〔2019〕17号",
      "2020年部门预算", "教育局 2018",  "預算",     "航天",         "传染病疫情", "交通运输局"};
  return kQueries;
}

// Runs the iterations' searches (the first page of 20), each made by `next`, and records the
// latency distribution.
template <typename Next>
void MeasureSearches(benchmark::State& state, Next next) {
  store::Store& catalogue = Catalogue();
  std::vector<double> latencies;
  for (auto _ : state) {
    const store::CatalogueSearch search = next(latencies.size());
    const auto start = std::chrono::steady_clock::now();
    auto found = catalogue.SearchCatalogue(search);
    latencies.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    if (!found) state.SkipWithError(found.error().message.c_str());
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

// In the workspace: every item, no filter.
void BM_SearchLatency(benchmark::State& state) {
  MeasureSearches(state, [](std::size_t i) {
    store::CatalogueSearch search;
    search.text = Queries()[i % Queries().size()];
    search.public_only = false;
    return search;
  });
}
BENCHMARK(BM_SearchLatency)->Iterations(480)->Unit(benchmark::kMillisecond);

// With filters, in turn: the public search; the public search of one organ (the catalogue
// page); one organ in the workspace; the public search of one year.
void BM_SearchLatencyFiltered(benchmark::State& state) {
  MeasureSearches(state, [](std::size_t i) {
    store::CatalogueSearch search;
    search.text = Queries()[i % Queries().size()];
    const std::size_t mode = (i / Queries().size()) % 4;
    search.public_only = mode != 2;
    if (mode == 1 || mode == 2) search.org = static_cast<core::OrgId>(1 + i % 10);  // organs 1–10
    if (mode == 3) search.year = 2016 + static_cast<int>(i % 8);
    return search;
  });
}
BENCHMARK(BM_SearchLatencyFiltered)->Iterations(480)->Unit(benchmark::kMillisecond);

}  // namespace
