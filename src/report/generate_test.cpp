#include "report/generate.hpp"

#include <gtest/gtest.h>

#include "report/format.hpp"
#include "report/validate.hpp"

namespace gongkai::report {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

core::CaseRow Case(core::ApplicationId id, core::ApplicantType type, const char* received,
                   std::optional<const char*> closed,
                   core::Outcome outcome = core::Outcome::kDisclosed) {
  core::CaseRow row;
  row.id = id;
  row.applicant_type = type;
  row.received_on = D(received);
  if (closed) {
    row.closed_on = D(*closed);
    row.outcome = outcome;
    row.state = core::CaseState::kClosed;
  }
  return row;
}

LedgerYear Ledger(int year) {
  LedgerYear ledger;
  ledger.organisation = {1, "某局", std::nullopt, core::OrgKind::kDepartment};
  ledger.year = year;
  using T = core::ApplicantType;
  ledger.cases = {
      Case(1, T::kNaturalPerson, "2023-12-20", "2024-01-10"),         // carried over, closed
      Case(2, T::kCommercialEnterprise, "2023-12-28", std::nullopt),  // carried over and forward
      Case(3, T::kNaturalPerson, "2024-03-01", "2024-03-20", core::Outcome::kPartiallyDisclosed),
      Case(4, T::kLegalServiceOrganization, "2024-12-30", "2025-01-06"),  // carried forward
      Case(5, T::kNaturalPerson, "2024-05-01", "2024-05-10", core::Outcome::kOtherNoCorrection),
  };
  core::Publication document;
  document.id = 9;
  document.document_type = core::DocumentType::kNormativeDocument;
  document.published_on = D("2023-04-01");
  document.repealed_on = D("2024-08-01");
  ledger.publications = {document};
  core::Appeal appeal;
  appeal.id = 7;
  appeal.kind = core::AppealKind::kLitigation;
  appeal.after_reconsideration = true;
  appeal.filed_on = D("2023-11-01");
  ledger.appeals = {appeal};  // pending on 31 December 2024
  return ledger;
}

std::int64_t Value(const GeneratedReport& generated, AppRow row, AppColumn column) {
  return generated.report.applications.value(row, column)->IntegerValue();
}

TEST(GenerateReportTest, CountsTheYearFromTheRecords) {
  Result<GeneratedReport> generated = GenerateReport(Ledger(2024));
  ASSERT_TRUE(generated.has_value()) << generated.error().message;
  EXPECT_EQ(Value(*generated, AppRow::kReceived, AppColumn::kTotal), 3);
  EXPECT_EQ(Value(*generated, AppRow::kCarriedOver, AppColumn::kTotal), 2);
  EXPECT_EQ(Value(*generated, AppRow::kCarriedOver, AppColumn::kCommercialEnterprise), 1);
  EXPECT_EQ(Value(*generated, AppRow::kDisclosed, AppColumn::kNaturalPerson), 1);
  // 部分公开 only as 部分公开 (GK012 by construction).
  EXPECT_EQ(Value(*generated, AppRow::kPartiallyDisclosed, AppColumn::kTotal), 1);
  EXPECT_EQ(Value(*generated, AppRow::kOtherNoCorrection, AppColumn::kTotal), 1);
  EXPECT_EQ(Value(*generated, AppRow::kTotal, AppColumn::kTotal), 3);
  EXPECT_EQ(Value(*generated, AppRow::kCarriedForward, AppColumn::kTotal), 2);
  EXPECT_EQ(generated->report.proactive
                .value(ProactiveRow::kNormativeDocuments, ProactiveColumn::kRepealed)
                ->IntegerValue(),
            1);
  EXPECT_EQ(generated->report.appeals
                .value(AppealGroup::kLitigationAfterReconsideration, AppealColumn::kPending)
                ->IntegerValue(),
            1);
  ValidationResult result = Validate(generated->report);
  EXPECT_TRUE(result.findings.empty()) << result.findings.front().message;
}

TEST(GenerateReportTest, CarriedForwardIsNextYearsCarriedOver) {
  GeneratedReport year2024 = *GenerateReport(Ledger(2024));
  GeneratedReport year2025 = *GenerateReport(Ledger(2025));
  ValidationResult result = Validate(year2025.report, {.previous = &year2024.report});
  EXPECT_TRUE(result.findings.empty())
      << result.findings.front().code << result.findings.front().message;
}

TEST(GenerateReportTest, ExplainsEachCell) {
  GeneratedReport generated = *GenerateReport(Ledger(2024));
  std::optional<std::string> key = ResolveCellKey("carried_forward.total");
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(*key, "applications.carried_forward.total");
  std::vector<RecordRef> expected = {{"application", 2}, {"application", 4}};
  EXPECT_EQ(generated.records[*key], expected);
  EXPECT_EQ(ResolveCellKey("applications.received.natural_person"),
            "applications.received.natural_person");
  EXPECT_EQ(ResolveCellKey("rules.issued"), "proactive.rules.issued");
  EXPECT_FALSE(ResolveCellKey("received.nobody").has_value());
  EXPECT_FALSE(ResolveCellKey("nonsense").has_value());
}

TEST(GenerateReportTest, PrefilledTextAgreesWithTheTables) {
  GeneratedReport generated = *GenerateReport(Ledger(2024));
  EXPECT_NE(generated.report.sections->overview->find("新收政府信息公开申请 3 件"),
            std::string::npos);
  LedgerYear quiet = Ledger(2024);
  quiet.cases.clear();
  quiet.appeals.clear();
  GeneratedReport empty = *GenerateReport(quiet);
  EXPECT_NE(empty.report.sections->overview->find("未收到政府信息公开申请"), std::string::npos);
  EXPECT_TRUE(Validate(empty.report).findings.empty());  // GK009: no contradiction
}

TEST(GenerateReportTest, RefusesYearsBeforeThe2021Format) {
  EXPECT_EQ(GenerateReport(Ledger(2020)).error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace gongkai::report
