// The documents Gongkai publishes, read back by its own readers: the tables must come back
// identical from DOCX, PDF and HTML, and the same report must give the same bytes.
#include <gtest/gtest.h>
#include <zip.h>

#include <regex>

#include "base/text.hpp"
#include "publish/docx_writer.hpp"
#include "publish/pdf_writer.hpp"
#include "publish/report_document.hpp"
#include "publish/report_formats.hpp"
#include "publish/xlsx_writer.hpp"
#include "report/json.hpp"
#include "report/pdf_text.hpp"
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

// The part `name` of a zip package, read with libzip.
std::string ZipPart(const std::string& package, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(package.data(), package.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  std::string bytes;
  if (archive == nullptr) {
    zip_source_free(source);
    return bytes;
  }
  zip_stat_t stat;
  if (zip_stat(archive, name, 0, &stat) == 0) {
    if (zip_file_t* file = zip_fopen(archive, name, 0)) {
      bytes.resize(stat.size);
      zip_fread(file, bytes.data(), stat.size);
      zip_fclose(file);
    }
  }
  zip_discard(archive);
  return bytes;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++count;
  }
  return count;
}

std::size_t NumberCells(const std::string& sheet) {
  static const std::regex kNumber(R"re(<c r="[A-Z]+[0-9]+"( s="[0-9]+")?><v>[-0-9.E]+</v></c>)re");
  return static_cast<std::size_t>(std::distance(
      std::sregex_iterator(sheet.begin(), sheet.end(), kNumber), std::sregex_iterator()));
}

// One sheet per table (二, 三, 四); values are numbers, never text; headers merged as printed.
TEST(PublishedReport, XlsxHasASheetPerTableWithNumbersAndMergedHeaders) {
  Result<std::string> xlsx = WriteXlsx(Seed());
  ASSERT_TRUE(xlsx.has_value()) << xlsx.error().message;
  const std::string workbook = ZipPart(*xlsx, "xl/workbook.xml");
  EXPECT_NE(workbook.find("二、主动公开政府信息情况"), std::string::npos);
  EXPECT_NE(workbook.find("三、收到和处理政府信息公开申请情况"), std::string::npos);
  EXPECT_NE(workbook.find("四、政府信息公开行政复议、行政诉讼情况"), std::string::npos);
  const std::string applications = ZipPart(*xlsx, "xl/worksheets/sheet2.xml");
  // 25 rows (2021 format) of seven numbers: a cell with a value and no type attribute is a number
  // (text is t="s", a shared string).
  EXPECT_EQ(NumberCells(applications), 25U * 7U);
  // Merged: the title, the corner note, 申请人情况, 自然人, 法人或其他组织, 总计, the group labels
  // 三、本年度办理结果 and （三）–（六）, and the rows whose label spans columns.
  EXPECT_GE(Count(applications, "<mergeCell "), 10U);
  const std::string appeals = ZipPart(*xlsx, "xl/worksheets/sheet3.xml");
  EXPECT_EQ(NumberCells(appeals), 15U);
}

// A table longer than a page breaks between rows and repeats its header rows on every page.
TEST(PublishedReport, ALongTableRepeatsItsHeaderOnEveryPage) {
  report::PrintedTable table;
  table.columns = 2;
  table.header_rows = 1;
  table.column_widths = {300, 142};
  table.rows.push_back({report::PrintedCell{"表头甲", report::CellRole::kHeader, 1, 1, {}, {}},
                        report::PrintedCell{"表头乙", report::CellRole::kHeader, 1, 1, {}, {}}});
  for (int row = 1; row <= 120; ++row) {
    table.rows.push_back(
        {report::PrintedCell{
             "第" + std::to_string(row) + "行", report::CellRole::kRowLabel, 1, 1, {}, {}},
         report::PrintedCell{std::to_string(row), report::CellRole::kValue, 1, 1, "x",
                             Decimal::FromInteger(row)}});
  }
  Document document;
  document.title = "长表";
  document.date = "2025-01-01";
  document.Add(BlockKind::kTitle, "长表");
  document.AddTable(std::move(table));
  Result<std::string> pdf = WritePdf(document);
  ASSERT_TRUE(pdf.has_value());
  Result<std::string> text = report::PdfToText(*pdf);
  ASSERT_TRUE(text.has_value());
  std::vector<std::string_view> pages;
  for (std::string_view page : text::Split(*text, '\f')) {
    if (!text::Trim(page).empty()) pages.push_back(page);
  }
  ASSERT_GE(pages.size(), 3U);
  for (std::string_view page : pages) EXPECT_NE(page.find("表头甲"), std::string_view::npos);
  EXPECT_NE(text->find("第120行"), std::string::npos);
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
