// Real published reports (tests/data/samples/, see its README.md): each must read to exactly its
// .expected.json tables (blank = null) and check to exactly its .findings.json codes. The list
// grows as the readers learn the layouts (issue 7); a sample not listed is not yet read right.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "report/json.hpp"
#include "report/testing.hpp"
#include "report/validate.hpp"

namespace gongkai::report {
namespace {

using nlohmann::json;

std::set<std::string> CodesOf(const ValidationResult& result, Severity severity) {
  std::set<std::string> codes;
  for (const Finding& finding : result.findings) {
    if (finding.severity == severity) codes.insert(finding.code);
  }
  return codes;
}

std::set<std::string> CodesIn(const json& list) {
  std::set<std::string> codes;
  for (const json& code : list) codes.insert(code.get<std::string>());
  return codes;
}

// `report` has the tables of `sample`.expected.json and the error codes of its .findings.json,
// and its warning codes too when `with_warnings`.
void ExpectSample(const AnnualReport& report, const std::string& sample, bool with_warnings) {
  json expected = json::parse(testing::ReadDataFile(sample + ".expected.json"));
  json actual = json::parse(ToJson(report));
  for (const char* key : {"format", "year", "agency", "proactive", "applications", "appeals"}) {
    EXPECT_EQ(actual[key], expected[key]) << sample << " " << key;
  }
  json findings = json::parse(testing::ReadDataFile(sample + ".findings.json"));
  ValidationResult result = Validate(report);
  EXPECT_EQ(CodesOf(result, Severity::kError), CodesIn(findings["errors"])) << sample;
  if (with_warnings) {
    EXPECT_EQ(CodesOf(result, Severity::kWarning), CodesIn(findings["warnings"])) << sample;
  }
}

class SamplesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SamplesTest, ReadsToTheExpectedTablesAndFindings) {
  const std::string name = "samples/" + GetParam();
  Result<ReadReportResult> read = testing::LoadDataReport(name + ".txt");
  ASSERT_TRUE(read.has_value()) << read.error().message;
  ExpectSample(read->report, name, true);
}

INSTANTIATE_TEST_SUITE_P(Readable, SamplesTest,
                         ::testing::Values("seed-2024-jiefang-gxj",      // tab-separated text
                                           "2023_shuyang_fgj",           // Word-exported HTML page
                                           "2024_huaian_shi_pdflayout",  // pdftotext -layout
                                           "2023_hongze_qu",             // pdftotext -layout
                                           "2024_hongze_qu",             // pdftotext -layout
                                           "2024_huaian_shi",            // reading order
                                           "2023_hongze_qu_pdfraw"),     // reading order
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           for (char& c : name)
                             c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

// Two extractions of one PDF, with layout and in reading order, give the same tables.
TEST(SamplesTest, BothExtractionsOfOneReportGiveTheSameTables) {
  for (auto [layout, reading_order] :
       {std::pair{"samples/2024_huaian_shi_pdflayout.txt", "samples/2024_huaian_shi.txt"},
        std::pair{"samples/2023_hongze_qu.txt", "samples/2023_hongze_qu_pdfraw.txt"}}) {
    Result<ReadReportResult> first = testing::LoadDataReport(layout);
    Result<ReadReportResult> second = testing::LoadDataReport(reading_order);
    ASSERT_TRUE(first.has_value() && second.has_value()) << layout;
    EXPECT_EQ(first->kind, SourceKind::kAlignedText);
    EXPECT_EQ(second->kind, SourceKind::kReadingOrder);
    json a = json::parse(ToJson(first->report));
    json b = json::parse(ToJson(second->report));
    for (const char* key : {"proactive", "applications", "appeals"}) {
      EXPECT_EQ(a[key], b[key]) << layout << " " << key;
    }
  }
}

// A sample saved as DOCX, exported to PDF or rendered as Markdown (tests/data/fixtures/,
// scripts/make-fixtures.sh).
struct Fixture {
  std::string file;
  std::string sample;
  // A fixture rendered from the sample's data prints the official labels: the sample's label
  // warnings (GK007) do not apply, its errors still do.
  bool same_labels = true;
};

class FixturesTest : public ::testing::TestWithParam<Fixture> {};

TEST_P(FixturesTest, ReadsToTheSamplesTablesAndFindings) {
  const Fixture& fixture = GetParam();
  Result<ReadReportResult> read = testing::LoadDataReport("fixtures/" + fixture.file);
  ASSERT_TRUE(read.has_value()) << read.error().message;
  SourceKind kind = fixture.file.ends_with(".pdf")  ? SourceKind::kPdf
                    : fixture.file.ends_with(".md") ? SourceKind::kMarkdown
                                                    : SourceKind::kDocx;
  EXPECT_EQ(read->kind, kind);
  ExpectSample(read->report, "samples/" + fixture.sample, fixture.same_labels);
}

INSTANTIATE_TEST_SUITE_P(
    Converted, FixturesTest,
    ::testing::Values(Fixture{"2023_shuyang_fgj.docx", "2023_shuyang_fgj"},
                      Fixture{"seed-2024-jiefang-gxj.docx", "seed-2024-jiefang-gxj", false},
                      Fixture{"2024_huaian_shi.docx", "2024_huaian_shi", false},
                      Fixture{"seed-2024-jiefang-gxj.pdf", "seed-2024-jiefang-gxj", false},
                      Fixture{"2024_huaian_shi.md", "2024_huaian_shi", false}),
    [](const ::testing::TestParamInfo<Fixture>& param) {
      std::string name = param.param.file;
      for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

TEST(FixturesTest, ADamagedDocxOrPdfIsRefusedWithAReason) {
  std::string docx = testing::ReadDataFile("fixtures/seed-2024-jiefang-gxj.docx");
  Result<ReadReportResult> truncated = ReadReport(docx.substr(0, docx.size() / 2));
  ASSERT_FALSE(truncated.has_value());
  EXPECT_EQ(truncated.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(truncated.error().message.find("DOCX"), std::string::npos);

  std::string pdf = testing::ReadDataFile("fixtures/seed-2024-jiefang-gxj.pdf");
  Result<ReadReportResult> broken = ReadReport(pdf.substr(0, 600));
  ASSERT_FALSE(broken.has_value());
  EXPECT_EQ(broken.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(broken.error().message.find("PDF"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::report
