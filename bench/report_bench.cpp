// Report core throughput: parse and check the seed (docs/BENCHMARKS.md). The baseline is
// nlohmann::json parsing the seed's canonical JSON, a fixed reference measured in the same run.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "report/json.hpp"
#include "report/pdf_text.hpp"
#include "report/read.hpp"
#include "report/render.hpp"
#include "report/validate.hpp"

namespace {

std::string ReadData(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_TEST_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

const std::string& SeedText() {
  static const std::string kText = ReadData("seed-2024-jiefang-gxj.txt");
  return kText;
}

const std::string& SeedJson() {
  static const std::string kJson = ReadData("seed-2024-jiefang-gxj.expected.json");
  return kJson;
}

void BM_BaselineJsonParse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(nlohmann::json::parse(SeedJson()));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineJsonParse);

void BM_ParseSeed(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(gongkai::report::ReadReport(SeedText()));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseSeed);

void BM_CheckSeed(benchmark::State& state) {
  auto read = gongkai::report::ReadReport(SeedText());
  for (auto _ : state) benchmark::DoNotOptimize(gongkai::report::Validate(read->report));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckSeed);

void BM_ParseAndCheckSeed(benchmark::State& state) {
  for (auto _ : state) {
    auto read = gongkai::report::ReadReport(SeedText());
    benchmark::DoNotOptimize(gongkai::report::Validate(read->report));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseAndCheckSeed);

// Real published reports in the other layouts the readers know (tests/data/samples/).
void BM_ParseAndCheckSample(benchmark::State& state, const char* file) {
  const std::string text = ReadData(file);
  for (auto _ : state) {
    auto read = gongkai::report::ReadReport(text);
    if (!read) state.SkipWithError("unreadable");
    benchmark::DoNotOptimize(gongkai::report::Validate(read->report));
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK_CAPTURE(BM_ParseAndCheckSample, html_site_page_111kb, "samples/2023_shuyang_fgj.txt");
BENCHMARK_CAPTURE(BM_ParseAndCheckSample, pdf_layout_hongze, "samples/2024_hongze_qu.txt");
BENCHMARK_CAPTURE(BM_ParseAndCheckSample, pdf_layout_huaian,
                  "samples/2024_huaian_shi_pdflayout.txt");
BENCHMARK_CAPTURE(BM_ParseAndCheckSample, docx_huaian, "fixtures/2024_huaian_shi.docx");
BENCHMARK_CAPTURE(BM_ParseAndCheckSample, pdf_seed, "fixtures/seed-2024-jiefang-gxj.pdf");

// poppler's share of reading a PDF: its text extraction alone.
void BM_PdfTextOnly(benchmark::State& state) {
  const std::string pdf = ReadData("fixtures/seed-2024-jiefang-gxj.pdf");
  for (auto _ : state) benchmark::DoNotOptimize(gongkai::report::PdfToText(pdf));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PdfTextOnly);

void BM_ParseAndCheckCanonicalJson(benchmark::State& state) {
  for (auto _ : state) {
    auto read = gongkai::report::ReadReport(SeedJson());
    benchmark::DoNotOptimize(gongkai::report::Validate(read->report));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseAndCheckCanonicalJson);

void BM_RenderText(benchmark::State& state) {
  auto read = gongkai::report::ReadReport(SeedText());
  for (auto _ : state) benchmark::DoNotOptimize(gongkai::report::RenderText(read->report));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RenderText);

void BM_WriteJson(benchmark::State& state) {
  auto read = gongkai::report::ReadReport(SeedText());
  for (auto _ : state) benchmark::DoNotOptimize(gongkai::report::ToJson(read->report));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WriteJson);

}  // namespace
