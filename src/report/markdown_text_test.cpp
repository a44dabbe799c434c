// Markdown pipe tables, as PDF converters and RenderMarkdown write them.
#include "report/markdown_text.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/json.hpp"
#include "report/render.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

TEST(MarkdownTextTest, RenderedMarkdownReadsBackToTheSameTables) {
  for (const char* sample : {"samples/seed-2024-jiefang-gxj.txt", "samples/2023_shuyang_fgj.txt",
                             "samples/2023_hongze_qu.txt"}) {
    Result<ReadReportResult> original = testing::LoadDataReport(sample);
    ASSERT_TRUE(original.has_value()) << sample;
    std::string markdown = RenderMarkdown(original->report);
    ASSERT_TRUE(LooksLikeMarkdownTables(markdown));
    Result<ReadReportResult> again = ReadReport(markdown);
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_EQ(again->kind, SourceKind::kMarkdown);
    nlohmann::json a = nlohmann::json::parse(ToJson(original->report));
    nlohmann::json b = nlohmann::json::parse(ToJson(again->report));
    for (const char* key : {"year", "agency", "proactive", "applications", "appeals"}) {
      EXPECT_EQ(a[key], b[key]) << sample << " " << key;
    }
  }
}

TEST(MarkdownTextTest, ConverterTablesBecomeTabSeparatedRows) {
  LayoutText layout = MarkdownToLayout(
      "## 二、主动公开政府信息情况\n"
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
      "|:---|---:|---:|---:|\n"
      "| **规章** | 0 | 0<br> | 3 |\n"
      "| （三）不予公开 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n");
  EXPECT_EQ(layout.text,
            "二、主动公开政府信息情况\n"
            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
            "规章\t0\t0\t3\n"
            "（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1\n");
  EXPECT_EQ(layout.source_line, (std::vector<int>{1, 2, 4, 5}));
}

TEST(MarkdownTextTest, PlainTextWithBarsIsNotMarkdown) {
  EXPECT_FALSE(LooksLikeMarkdownTables("a | b\n| c |\n"));
  EXPECT_FALSE(LooksLikeMarkdownTables("| a | b |\n| c | d |\n"));  // no separator line
}

}  // namespace
}  // namespace gongkai::report
