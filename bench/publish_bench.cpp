// Rendering one annual report in every format (issue 8: all of them in under 100 ms, PDF
// included). The baseline is RenderText, the cheapest renderer, in the same run.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "publish/report_formats.hpp"
#include "report/read.hpp"

namespace {

const gongkai::report::AnnualReport& Seed() {
  static const gongkai::report::AnnualReport kSeed = [] {
    std::ifstream in(std::string(GONGKAI_TEST_DATA_DIR) + "/samples/seed-2024-jiefang-gxj.txt",
                     std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return gongkai::report::ReadReport(content.str())->report;
  }();
  return kSeed;
}

void BM_RenderAs(benchmark::State& state, const char* format) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(gongkai::publish::RenderReportAs(Seed(), format));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_RenderAs, text, "text");
BENCHMARK_CAPTURE(BM_RenderAs, html, "html");
BENCHMARK_CAPTURE(BM_RenderAs, csv, "csv");
BENCHMARK_CAPTURE(BM_RenderAs, docx, "docx");
BENCHMARK_CAPTURE(BM_RenderAs, xlsx, "xlsx");
BENCHMARK_CAPTURE(BM_RenderAs, pdf, "pdf")->Unit(benchmark::kMillisecond);

// What `report render` for html, csv, docx, pdf and xlsx costs together.
void BM_RenderAllFormats(benchmark::State& state) {
  for (auto _ : state) {
    for (const char* format : {"html", "csv", "docx", "pdf", "xlsx"}) {
      benchmark::DoNotOptimize(gongkai::publish::RenderReportAs(Seed(), format));
    }
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RenderAllFormats)->Unit(benchmark::kMillisecond);

}  // namespace
