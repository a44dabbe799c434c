// The documents Gongkai publishes, read back by its own readers: the tables must come back
// identical from DOCX, PDF and HTML, and the same report must give the same bytes.
#include <gtest/gtest.h>

#include "publish/docx_writer.hpp"
#include "publish/pdf_writer.hpp"
#include "publish/report_document.hpp"
#include "publish/report_formats.hpp"
#include "publish/xlsx_writer.hpp"
#include "report/json.hpp"
#include "report/testing.hpp"

namespace gongkai::publish {
namespace {

report::AnnualReport Seed() {
  Result<report::ReadReportResult> read =
      report::testing::LoadDataReport("samples/seed-2024-jiefang-gxj.txt");
  EXPECT_TRUE(read.has_value());
  return read.has_value() ? read->report : report::AnnualReport{};
}

// The tables, agency and year of a report as canonical JSON, for comparison.
nlohmann::ordered_json Tables(const report::AnnualReport& report) {
  nlohmann::ordered_json all = report::ToJsonValue(report);
  nlohmann::ordered_json tables;
  for (const char* key : {"format", "year", "agency", "proactive", "applications", "appeals"}) {
    tables[key] = all[key];
  }
  return tables;
}

void ExpectReadsBack(const report::AnnualReport& report, std::string_view format) {
  Result<std::string> bytes = RenderReportAs(report, format);
  ASSERT_TRUE(bytes.has_value()) << bytes.error().message;
  Result<report::ReadReportResult> read = report::ReadReport(*bytes);
  ASSERT_TRUE(read.has_value()) << format << ": " << read.error().message;
  EXPECT_EQ(Tables(read->report), Tables(report)) << format;
  EXPECT_TRUE(read->report.read.label_deviations.empty()) << format;
  EXPECT_TRUE(read->report.read.structure_issues.empty()) << format;
}

TEST(PublishedReport, DocxPdfAndHtmlReadBackToTheSameTables) {
  const report::AnnualReport seed = Seed();
  for (std::string_view format : {"docx", "pdf", "html"}) ExpectReadsBack(seed, format);
}

// Four- and five-digit values, fractions of 万元 and blank cells (null, never 0) survive too.
TEST(PublishedReport, LargeValuesFractionsAndBlankCellsReadBack) {
  report::AnnualReport report = Seed();
  report.applications.set(report::AppRow::kReceived, report::AppColumn::kNaturalPerson,
                          Decimal::FromInteger(12345));
  report.applications.set(report::AppRow::kReceived, report::AppColumn::kTotal,
                          Decimal::FromInteger(12345));
  report.applications.set(report::AppRow::kCarriedOver, report::AppColumn::kResearchInstitution,
                          std::nullopt);
  report.proactive.set(report::ProactiveRow::kFees, report::ProactiveColumn::kAmount10kYuan,
                       Decimal::Parse("493.8289").value());
  report.appeals.set(report::AppealGroup::kLitigationDirect, report::AppealColumn::kPending,
                     Decimal::FromInteger(1234));
  for (std::string_view format : {"docx", "pdf", "html"}) {
    Result<std::string> bytes = RenderReportAs(report, format);
    ASSERT_TRUE(bytes.has_value()) << bytes.error().message;
    Result<report::ReadReportResult> read = report::ReadReport(*bytes);
    ASSERT_TRUE(read.has_value()) << format;
    EXPECT_EQ(Tables(read->report), Tables(report)) << format;
  }
}

TEST(PublishedReport, TheSameReportGivesTheSameBytes) {
  const report::AnnualReport seed = Seed();
  for (const OutputFormat& format : ReportFormats()) {
    Result<std::string> first = RenderReportAs(seed, format.name);
    Result<std::string> second = RenderReportAs(seed, format.name);
    ASSERT_TRUE(first.has_value() && second.has_value()) << format.name;
    EXPECT_EQ(*first, *second) << format.name;
    EXPECT_FALSE(first->empty()) << format.name;
  }
}

TEST(PublishedReport, PdfStartsLikeAPdfAndCarriesTheDocumentDate) {
  Result<std::string> pdf = WritePdf(ReportDocument(Seed()));
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0U);
  // 1 January after the 2024 report (cairo 1.16 writes the date without its "D:" prefix).
  EXPECT_NE(pdf->find("/CreationDate (20250101000000)"), std::string::npos);
}

TEST(PublishedReport, XlsxIsAWorkbook) {
  Result<std::string> xlsx = WriteXlsx(Seed());
  ASSERT_TRUE(xlsx.has_value()) << xlsx.error().message;
  EXPECT_EQ(xlsx->rfind("PK\x03\x04", 0), 0U);
  EXPECT_NE(xlsx->find("xl/worksheets/sheet3.xml"), std::string::npos);  // 二, 三, 四
}

TEST(PublishedReport, UnknownFormatIsRefusedWithTheChoices) {
  Result<std::string> out = RenderReportAs(Seed(), "odt");
  ASSERT_FALSE(out.has_value());
  EXPECT_EQ(out.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(out.error().message.find("docx"), std::string::npos);
}

// Control characters and broken UTF-8 in free text (a report read from anywhere) neither break
// the XML of the DOCX nor the PDF.
TEST(PublishedReport, HostileTextIsPrintedSafely) {
  report::AnnualReport report = Seed();
  report.sections =
      report::Sections{std::string("概述\x01\x0c<&>\"\xff\xfe"), std::nullopt, std::string("其他")};
  for (std::string_view format : {"docx", "pdf"}) {
    Result<std::string> bytes = RenderReportAs(report, format);
    ASSERT_TRUE(bytes.has_value()) << format;
    Result<report::ReadReportResult> read = report::ReadReport(*bytes);
    ASSERT_TRUE(read.has_value()) << format << ": " << read.error().message;
    EXPECT_EQ(Tables(read->report), Tables(report)) << format;
  }
}

}  // namespace
}  // namespace gongkai::publish
