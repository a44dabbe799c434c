// Every rule of docs/validation-rules.md, passing and failing, from the data files in
// tests/data/rules (README.md there says what each changes).
#include "report/validate.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "report/format.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

using testing::LoadDataReport;

constexpr const char* kSeed = "seed-2024-jiefang-gxj.txt";
constexpr const char* kSeedOfficialLabels = "seed-2024-jiefang-gxj.rendered.txt";

AnnualReport Load(const std::string& name) {
  Result<ReadReportResult> read = LoadDataReport(name);
  EXPECT_TRUE(read.has_value()) << name << ": " << (read ? "" : read.error().message);
  return read ? read->report : AnnualReport{};
}

std::vector<Finding> FindingsOf(const ValidationResult& result, std::string_view code) {
  std::vector<Finding> found;
  std::copy_if(result.findings.begin(), result.findings.end(), std::back_inserter(found),
               [code](const Finding& finding) { return finding.code == code; });
  return found;
}

TEST(ValidateTest, SeedIsValidWithOneLabelWarning) {
  ValidationResult result = Validate(Load(kSeed));
  EXPECT_TRUE(result.valid());
  ASSERT_EQ(result.findings.size(), 1u);
  const Finding& finding = result.findings[0];
  EXPECT_EQ(finding.code, "GK007");
  EXPECT_EQ(finding.severity, Severity::kWarning);
  EXPECT_EQ(std::get<std::string>(finding.expected), "本年废止件数");
  EXPECT_EQ(std::get<std::string>(finding.actual), "本年度止件数");
  EXPECT_EQ(finding.column, "repealed");
  EXPECT_EQ(finding.source.line, 30);
}

TEST(ValidateTest, SeedWithOfficialLabelsHasNoFinding) {
  // GK001–GK009 pass, GK007 included.
  ValidationResult result = Validate(Load(kSeedOfficialLabels));
  EXPECT_TRUE(result.findings.empty()) << result.findings.front().message;
}

TEST(ValidateTest, GK001ColumnThatDoesNotBalance) {
  ValidationResult result = Validate(Load("rules/GK001-fail-unbalanced.txt"));
  std::vector<Finding> gk001 = FindingsOf(result, "GK001");
  ASSERT_EQ(gk001.size(), 2u);
  EXPECT_FALSE(result.valid());
  EXPECT_EQ(gk001[0].column, "natural_person");
  EXPECT_EQ(gk001[1].column, "total");
  EXPECT_EQ(std::get<Decimal>(gk001[0].expected), Decimal::FromInteger(3));
  EXPECT_EQ(std::get<Decimal>(gk001[0].actual), Decimal::FromInteger(0));
  EXPECT_TRUE(FindingsOf(result, "GK002").empty());  // the row itself adds up
}

TEST(ValidateTest, GK001AndGK002NameTheChangedCell) {
  ValidationResult result = Validate(Load("rules/GK001-fail-one-cell.txt"));
  std::vector<Finding> gk001 = FindingsOf(result, "GK001");
  ASSERT_EQ(gk001.size(), 1u);
  EXPECT_EQ(gk001[0].column, "natural_person");
  const Operand& received = gk001[0].operands[0];
  EXPECT_EQ(received.row, "received");
  EXPECT_EQ(received.source.line, 51);
  std::vector<Finding> gk002 = FindingsOf(result, "GK002");
  ASSERT_EQ(gk002.size(), 1u);
  EXPECT_EQ(gk002[0].row, "received");
  EXPECT_EQ(gk002[0].source.line, 51);
}

TEST(ValidateTest, GK002RowTotalThatIsNotTheSum) {
  ValidationResult result = Validate(Load("rules/GK002-fail-row-total.txt"));
  std::vector<Finding> gk002 = FindingsOf(result, "GK002");
  ASSERT_EQ(gk002.size(), 1u);
  EXPECT_EQ(gk002[0].row, "disclosed");
  EXPECT_EQ(gk002[0].column, "total");
  EXPECT_EQ(gk002[0].source.line, 53);
  EXPECT_EQ(std::get<Decimal>(gk002[0].expected), Decimal::FromInteger(2));
}

TEST(ValidateTest, GK003GrandTotalThatIsNotTheSumOfOutcomes) {
  ValidationResult result = Validate(Load("rules/GK003-fail-outcomes.txt"));
  std::vector<Finding> gk003 = FindingsOf(result, "GK003");
  ASSERT_EQ(gk003.size(), 2u);
  EXPECT_EQ(gk003[0].row, "total");
  EXPECT_EQ(gk003[0].column, "natural_person");
  EXPECT_EQ(gk003[0].source.line, 74);
  EXPECT_TRUE(FindingsOf(result, "GK001").empty());
  EXPECT_TRUE(FindingsOf(result, "GK002").empty());
}

TEST(ValidateTest, GK004AppealTotals) {
  for (const char* file :
       {"rules/GK004-fail-appeal-total.txt", "rules/GK004-fail-total-changed.txt"}) {
    SCOPED_TRACE(file);
    std::vector<Finding> gk004 = FindingsOf(Validate(Load(file)), "GK004");
    ASSERT_EQ(gk004.size(), 1u);
    EXPECT_EQ(gk004[0].part, Part::kAppeals);
    EXPECT_EQ(gk004[0].row, "reconsideration");
    EXPECT_EQ(gk004[0].source.line, 82);
  }
  EXPECT_TRUE(FindingsOf(Validate(Load(kSeed)), "GK004").empty());
}

TEST(ValidateTest, GK005CountsAreWholeAndNotNegative) {
  std::vector<Finding> negative =
      FindingsOf(Validate(Load("rules/GK005-fail-negative-count.txt")), "GK005");
  ASSERT_EQ(negative.size(), 1u);
  EXPECT_EQ(negative[0].row, "licensing");
  EXPECT_EQ(negative[0].source.line, 35);
  std::vector<Finding> fraction =
      FindingsOf(Validate(Load("rules/GK005-fail-fraction.txt")), "GK005");
  ASSERT_EQ(fraction.size(), 1u);
  EXPECT_EQ(fraction[0].column, "issued");
  // A 2019 本年增/减 may be negative and 万元 amounts fractional.
  EXPECT_TRUE(FindingsOf(Validate(Load("report-2019-format.json")), "GK005").empty());
}

TEST(ValidateTest, GK006MissingSectionRowOrCell) {
  std::vector<Finding> section =
      FindingsOf(Validate(Load("rules/GK006-fail-missing-section.txt")), "GK006");
  ASSERT_EQ(section.size(), 1u);
  EXPECT_NE(section[0].message.find("五、存在的主要问题及改进情况"), std::string::npos);

  ValidationResult missing_row = Validate(Load("rules/GK006-fail-missing-row.txt"));
  std::vector<Finding> row = FindingsOf(missing_row, "GK006");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0].row, "withheld_security_stability");
  EXPECT_EQ(missing_row.not_assessable.at("GK003"), 7);  // null cells are never failures
  EXPECT_TRUE(FindingsOf(missing_row, "GK003").empty());

  std::vector<Finding> short_row =
      FindingsOf(Validate(Load("rules/GK006-fail-short-row.txt")), "GK006");
  ASSERT_EQ(short_row.size(), 1u);
  EXPECT_EQ(short_row[0].row, "rules");
  EXPECT_EQ(short_row[0].source.line, 31);
}

TEST(ValidateTest, GK007OfficialLabelNamed) {
  std::vector<Finding> gk007 = FindingsOf(Validate(Load(kSeed)), "GK007");
  ASSERT_EQ(gk007.size(), 1u);
  EXPECT_NE(gk007[0].message.find("本年废止件数"), std::string::npos);
  EXPECT_TRUE(FindingsOf(Validate(Load(kSeedOfficialLabels)), "GK007").empty());
}

TEST(ValidateTest, GK008FormatMustFitTheYear) {
  std::vector<Finding> gk008 =
      FindingsOf(Validate(Load("rules/GK008-fail-format-year.txt")), "GK008");
  ASSERT_EQ(gk008.size(), 1u);
  EXPECT_EQ(gk008[0].severity, Severity::kWarning);
  EXPECT_EQ(std::get<std::string>(gk008[0].expected), "2019");
  EXPECT_TRUE(FindingsOf(Validate(Load(kSeed)), "GK008").empty());
  EXPECT_TRUE(FindingsOf(Validate(Load("report-2019-format.json")), "GK008").empty());
}

TEST(ValidateTest, GK009TextThatContradictsTheTables) {
  ValidationResult result = Validate(Load("rules/GK009-fail-text-contradicts.txt"));
  std::vector<Finding> gk009 = FindingsOf(result, "GK009");
  ASSERT_EQ(gk009.size(), 1u);
  EXPECT_TRUE(result.valid());  // a warning
  EXPECT_EQ(gk009[0].row, "received");
  EXPECT_NE(gk009[0].message.find("未收到"), std::string::npos);
  // The seed says 未收到 and its table says 0: no contradiction.
  EXPECT_TRUE(FindingsOf(Validate(Load(kSeed)), "GK009").empty());
}

TEST(ValidateTest, GK010CarryOverFromLastYear) {
  AnnualReport seed = Load(kSeed);
  AnnualReport consistent = Load("rules/previous-2023-consistent.json");
  EXPECT_TRUE(FindingsOf(Validate(seed, {.previous = &consistent}), "GK010").empty());
  AnnualReport carried = Load("rules/previous-2023-carried-forward.json");
  std::vector<Finding> gk010 = FindingsOf(Validate(seed, {.previous = &carried}), "GK010");
  ASSERT_EQ(gk010.size(), 2u);  // 自然人 and 总计
  EXPECT_EQ(gk010[0].row, "carried_over");
  EXPECT_EQ(std::get<Decimal>(gk010[0].expected), Decimal::FromInteger(2));
  EXPECT_EQ(gk010[0].source.line, 52);
  // Without a previous report the rule is not applied at all.
  EXPECT_TRUE(FindingsOf(Validate(seed), "GK010").empty());
}

TEST(ValidateTest, GK011DocumentsInForceFollowFromLastYear) {
  AnnualReport seed = Load(kSeed);
  AnnualReport consistent = Load("rules/previous-2023-consistent.json");
  EXPECT_TRUE(FindingsOf(Validate(seed, {.previous = &consistent}), "GK011").empty());
  AnnualReport stock = Load("rules/previous-2023-stock.json");
  std::vector<Finding> gk011 = FindingsOf(Validate(seed, {.previous = &stock}), "GK011");
  ASSERT_EQ(gk011.size(), 1u);
  EXPECT_EQ(gk011[0].row, "normative_documents");
  EXPECT_EQ(std::get<Decimal>(gk011[0].expected), Decimal::FromInteger(5));
}

TEST(ValidateTest, NullCellsAreNotAssessable) {
  AnnualReport report = Load(kSeedOfficialLabels);
  report.applications.set(AppRow::kReceived, AppColumn::kNaturalPerson, std::nullopt);
  ValidationResult result = Validate(report);
  EXPECT_TRUE(result.valid());
  EXPECT_EQ(result.not_assessable.at("GK001"), 1);
  EXPECT_EQ(result.not_assessable.at("GK002"), 1);
}

TEST(ValidateTest, TwentyNineteenRowPrintedInA2021ReportIsSummedAndFlagged) {
  // As in the 2023/2024 洪泽区 reports: （六）其他处理 printed as one row instead of three.
  AnnualReport report = Load(kSeedOfficialLabels);
  for (AppRow row : {AppRow::kOtherNoCorrection, AppRow::kOtherFeeUnpaid, AppRow::kOtherOther}) {
    for (AppColumn column : kAllAppColumns) report.applications.set(row, column, std::nullopt);
  }
  for (AppColumn column : kAllAppColumns) {
    report.applications.set(AppRow::kOtherHandling, column, Decimal::FromInteger(0));
  }
  ValidationResult result = Validate(report);
  EXPECT_TRUE(FindingsOf(result, "GK003").empty());
  EXPECT_EQ(result.not_assessable.count("GK003"), 0u);
  EXPECT_EQ(FindingsOf(result, "GK006").size(), 4u);  // three rows missing, one of the other format
}

}  // namespace
}  // namespace gongkai::report
