// One conformance suite, run against every backend: SQLite (a temporary file) and PostgreSQL
// (the server of scripts/with-postgres.sh; skipped when GONGKAI_TEST_PG_URL is unset).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "report/format.hpp"
#include "report/json.hpp"
#include "report/validate.hpp"
#include "store/demo.hpp"
#include "store/testing.hpp"

namespace gongkai::store {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

class StoreConformanceTest : public testing::BackendTest {
 protected:
  core::OrgId AddOrg(const std::string& name) {
    Result<core::OrgId> id =
        store_->AddOrganisation({0, name, std::nullopt, core::OrgKind::kDepartment});
    EXPECT_TRUE(id.has_value()) << id.error().message;
    return id.value_or(0);
  }

  core::CaseRow Register(core::OrgId org, const char* received) {
    core::NewApplication application;
    application.org = org;
    application.applicant = {core::ApplicantType::kCommercialEnterprise, "某公司", "", "", ""};
    application.received = D(received);
    application.request = "某项目的审批文件";
    Result<core::CaseRow> row = store_->RegisterApplication(application);
    EXPECT_TRUE(row.has_value()) << row.error().message;
    return row.value_or(core::CaseRow{});
  }

  static core::CaseEvent Answer(const char* date, core::Outcome outcome) {
    core::CaseEvent event = core::CaseEvent::At(core::CaseEventKind::kAnswered, D(date));
    event.outcome = outcome;
    return event;
  }
};

TEST_P(StoreConformanceTest, OrganisationsFormAHierarchy) {
  core::OrgId government =
      *store_->AddOrganisation({0, "某区人民政府", std::nullopt, core::OrgKind::kGovernment});
  core::OrgId department =
      *store_->AddOrganisation({0, "某区教育局", government, core::OrgKind::kDepartment});
  Result<core::Organisation> found = store_->FindOrganisation("某区教育局");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, department);
  EXPECT_EQ(found->parent, government);
  EXPECT_EQ(store_->FindOrganisation(std::to_string(government))->name, "某区人民政府");
  EXPECT_EQ(store_->FindOrganisation("不存在的局").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_->AddOrganisation({0, "某区教育局", std::nullopt, core::OrgKind::kDepartment})
                .error()
                .code,
            ErrorCode::kConflict);
  Result<core::OrgId> orphan =
      store_->AddOrganisation({0, "孤儿局", 999, core::OrgKind::kDepartment});
  ASSERT_FALSE(orphan.has_value());
  EXPECT_NE(orphan.error().message.find("parent"), std::string::npos);
  EXPECT_EQ(store_->ListOrganisations()->size(), 2u);
}

// A request that throws inside its read snapshot must not leave the snapshot open: the
// connection would never see another process's writes again.
TEST_P(StoreConformanceTest, ReadSnapshotEndsWhenTheWorkThrows) {
  EXPECT_THROW(store_->ReadConsistently([&] {
    ASSERT_TRUE(store_->ListOrganisations().has_value());
    throw std::runtime_error("handler failed");
  }),
               std::runtime_error);
  Result<std::unique_ptr<Store>> other = OpenStore(url_, core::testing::NationalCalendar());
  ASSERT_TRUE(other.has_value());
  ASSERT_TRUE(
      (*other)->AddOrganisation({0, "另一进程新增的局", std::nullopt, core::OrgKind::kDepartment}));
  bool seen = false;
  store_->ReadConsistently(
      [&] { seen = store_->FindOrganisation("另一进程新增的局").has_value(); });
  EXPECT_TRUE(seen);
}

TEST_P(StoreConformanceTest, EventsDeriveTheCaseRow) {
  core::OrgId org = AddOrg("某局");
  core::CaseRow row = Register(org, "2024-09-27");
  EXPECT_EQ(row.state, core::CaseState::kOpen);
  EXPECT_EQ(row.due_on, D("2024-10-30"));  // 条例 Art. 33
  core::CaseEvent extension = core::CaseEvent::At(core::CaseEventKind::kExtended, D("2024-10-28"));
  extension.days = 20;
  extension.approver = "主任";
  Result<core::CaseRow> extended = store_->AppendEvent(row.id, extension);
  ASSERT_TRUE(extended.has_value()) << extended.error().message;
  EXPECT_EQ(extended->due_on, D("2024-11-27"));
  Result<core::CaseRow> answered =
      store_->AppendEvent(row.id, Answer("2024-11-20", core::Outcome::kPartiallyDisclosed));
  ASSERT_TRUE(answered.has_value()) << answered.error().message;
  EXPECT_EQ(answered->state, core::CaseState::kClosed);
  EXPECT_EQ(answered->outcome, core::Outcome::kPartiallyDisclosed);
  Result<ApplicationRecord> record = store_->GetApplication(row.id);
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->events.size(), 3u);
  EXPECT_EQ(record->row.closed_on, D("2024-11-20"));
  EXPECT_EQ(record->events[1].approver, "主任");
  EXPECT_EQ(record->details.applicant.name, "某公司");
  EXPECT_EQ(record->details.query_code.size(), 12u);
}

TEST_P(StoreConformanceTest, RefusedWritesChangeNothing) {
  core::OrgId org = AddOrg("某局");
  core::CaseRow row = Register(org, "2024-09-27");
  // An event dated before receipt.
  Result<core::CaseRow> early =
      store_->AppendEvent(row.id, Answer("2024-09-20", core::Outcome::kDisclosed));
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().code, ErrorCode::kConflict);
  EXPECT_NE(early.error().message.find("早于前一事件"), std::string::npos);
  // An outcome on an application that is no longer open.
  ASSERT_TRUE(
      store_->AppendEvent(row.id, Answer("2024-10-10", core::Outcome::kDisclosed)).has_value());
  Result<core::CaseRow> twice =
      store_->AppendEvent(row.id, Answer("2024-10-11", core::Outcome::kWithheldStateSecret));
  ASSERT_FALSE(twice.has_value());
  EXPECT_NE(twice.error().message.find("办结"), std::string::npos);
  Result<ApplicationRecord> record = store_->GetApplication(row.id);
  EXPECT_EQ(record->events.size(), 2u);
  EXPECT_EQ(record->row.outcome, core::Outcome::kDisclosed);
  // An unknown organisation.
  core::NewApplication stray;
  stray.org = 424242;
  stray.applicant.name = "某人";
  stray.request = "某文件";
  stray.received = D("2024-09-27");
  Result<core::CaseRow> refused = store_->RegisterApplication(stray);
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message.find("org"), std::string::npos);
  EXPECT_EQ(store_->GetApplication(row.id + 1).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(
      store_->AppendEvent(999999, Answer("2024-10-10", core::Outcome::kDisclosed)).error().code,
      ErrorCode::kNotFound);
}

TEST_P(StoreConformanceTest, BatchIsAllOrNothing) {
  core::OrgId org = AddOrg("某局");
  Result<void> batch = store_->Batch([&]() -> Result<void> {
    Register(org, "2024-03-01");
    return Error::InvalidArgument("stop");
  });
  EXPECT_FALSE(batch.has_value());
  Result<report::LedgerYear> ledger = store_->SelectLedgerYear(org, 2024);
  ASSERT_TRUE(ledger.has_value());
  EXPECT_TRUE(ledger->cases.empty());
}

TEST_P(StoreConformanceTest, PublicationsFollowTheirReviewWorkflow) {
  core::OrgId org = AddOrg("某局");
  core::Publication item;
  item.org = org;
  item.title = "关于某事项的通知";
  item.written_on = D("2024-03-01");
  item.document_type = core::DocumentType::kNormativeDocument;
  core::PublicationId id = *store_->AddPublication(item);
  // Publishing before the two reviews is refused (谁审核、谁公开).
  Result<core::Publication> early = store_->RecordPublicationStep(
      id, {core::PublicationStep::kPublish, D("2024-03-02"), "甲", ""});
  EXPECT_EQ(early.error().code, ErrorCode::kConflict);
  for (core::PublicationStep step :
       {core::PublicationStep::kSubmit, core::PublicationStep::kApproveContent,
        core::PublicationStep::kApproveSecrecy, core::PublicationStep::kPublish}) {
    Result<core::Publication> done =
        store_->RecordPublicationStep(id, {step, D("2024-03-05"), "甲", ""});
    ASSERT_TRUE(done.has_value()) << done.error().message;
  }
  Result<report::LedgerYear> ledger = store_->SelectLedgerYear(org, 2024);
  ASSERT_EQ(ledger->publications.size(), 1u);
  EXPECT_EQ(ledger->publications[0].published_on, D("2024-03-05"));
  EXPECT_EQ(ledger->publications[0].Validity(), "有效");
}

TEST_P(StoreConformanceTest, AppealsAndStatistics) {
  core::OrgId org = AddOrg("某局");
  core::Appeal appeal;
  appeal.org = org;
  appeal.filed_on = D("2024-05-01");
  core::AppealId id = *store_->AddAppeal(appeal);
  EXPECT_EQ(store_->DecideAppeal(id, D("2024-04-01"), core::AppealResult::kUpheld).error().code,
            ErrorCode::kInvalidArgument);  // before filing
  ASSERT_TRUE(
      store_->DecideAppeal(id, D("2024-07-01"), core::AppealResult::kCorrected).has_value());
  EXPECT_EQ(store_->DecideAppeal(id, D("2024-08-01"), core::AppealResult::kUpheld).error().code,
            ErrorCode::kConflict);
  appeal.application = 777;
  EXPECT_NE(store_->AddAppeal(appeal).error().message.find("application"), std::string::npos);
  ASSERT_TRUE(
      store_->PutYearlyStatistics({org, 2024, 5, 6, 7, Money::FromYuan(12345)}).has_value());
  ASSERT_TRUE(
      store_->PutYearlyStatistics({org, 2024, 8, 6, 7, Money::FromYuan(12345)}).has_value());
  Result<report::LedgerYear> ledger = store_->SelectLedgerYear(org, 2024);
  ASSERT_TRUE(ledger->statistics.has_value());
  EXPECT_EQ(ledger->statistics->licensing_decisions, 8);
  ASSERT_EQ(ledger->appeals.size(), 1u);
  EXPECT_EQ(ledger->appeals[0].result, core::AppealResult::kCorrected);
  Result<report::GeneratedReport> generated = report::GenerateReport(*ledger);
  ASSERT_TRUE(generated.has_value());
  EXPECT_EQ(generated->report.proactive
                .value(report::ProactiveRow::kFees, report::ProactiveColumn::kAmount10kYuan)
                ->ToString(),
            "1.2345");
}

// The seed report reproduced from the demo ledger; the busy department valid, carried over,
// explained cell by cell.
TEST_P(StoreConformanceTest, DemoLedgerReproducesTheSeedAndExplainsEveryCell) {
  Result<DemoCounts> counts = LoadDemoData(*store_, core::testing::NationalCalendar());
  ASSERT_TRUE(counts.has_value()) << counts.error().message;
  EXPECT_GT(counts->applications, 5000);
  core::Organisation seed = *store_->FindOrganisation(kDemoSeedAgency);
  Result<report::GeneratedReport> seed_report =
      report::GenerateReport(*store_->SelectLedgerYear(seed.id, 2024));
  ASSERT_TRUE(seed_report.has_value());
  nlohmann::json generated = nlohmann::json::parse(report::ToJson(seed_report->report));
  nlohmann::json expected = nlohmann::json::parse(core::testing::ReadFile(
      std::string(GONGKAI_TEST_DATA_DIR) + "/seed-2024-jiefang-gxj.expected.json"));
  for (const char* table : {"proactive", "applications", "appeals"}) {
    EXPECT_EQ(generated[table], expected[table]) << table;
  }

  core::Organisation busy = *store_->FindOrganisation(kDemoBusyAgency);
  std::optional<report::AnnualReport> previous;
  for (int year = 2023; year <= 2025; ++year) {
    SCOPED_TRACE(year);
    Result<report::GeneratedReport> generated_year =
        report::GenerateReport(*store_->SelectLedgerYear(busy.id, year));
    ASSERT_TRUE(generated_year.has_value());
    report::ValidationResult result =
        report::Validate(generated_year->report, {.previous = previous ? &*previous : nullptr});
    EXPECT_TRUE(result.findings.empty())
        << result.findings.front().code << " " << result.findings.front().message;
    // Every counted cell lists exactly as many records as it says.
    for (report::AppRow row : report::kAllAppRows) {
      for (report::AppColumn column : report::kAllAppColumns) {
        const std::optional<Decimal>& value =
            generated_year->report.applications.value(row, column);
        if (!value) continue;
        std::string key = "applications." + std::string(report::Key(row)) + "." +
                          std::string(report::Key(column));
        EXPECT_EQ(static_cast<std::int64_t>(generated_year->records[key].size()),
                  value->IntegerValue())
            << key;
      }
    }
    for (report::AppealGroup group : report::kAllAppealGroups) {
      for (report::AppealColumn column : report::kAllAppealColumns) {
        std::string key =
            "appeals." + std::string(report::Key(group)) + "." + std::string(report::Key(column));
        EXPECT_EQ(static_cast<std::int64_t>(generated_year->records[key].size()),
                  generated_year->report.appeals.value(group, column)->IntegerValue())
            << key;
      }
    }
    EXPECT_GT(generated_year->report.applications
                  .value(report::AppRow::kReceived, report::AppColumn::kTotal)
                  ->IntegerValue(),
              1000);
    previous = generated_year->report;
  }
}

TEST_P(StoreConformanceTest, ExportImportRoundTripGivesIdenticalReports) {
  ASSERT_TRUE(LoadDemoData(*store_, core::testing::NationalCalendar()).has_value());
  std::stringstream exported;
  ASSERT_TRUE(store_->ExportJsonLines(exported).has_value());
  std::string copy_url = testing::FreshDatabaseUrl("sqlite");
  std::unique_ptr<Store> copy = std::move(*OpenStore(copy_url, core::testing::NationalCalendar()));
  Result<ImportCounts> imported = ImportJsonLines(*copy, exported);
  ASSERT_TRUE(imported.has_value()) << imported.error().message;
  const std::vector<core::Organisation> organisations = *store_->ListOrganisations();
  for (const core::Organisation& org : organisations) {
    core::Organisation twin = *copy->FindOrganisation(org.name);
    for (int year = 2023; year <= 2026; ++year) {
      std::string original =
          report::ToJson(report::GenerateReport(*store_->SelectLedgerYear(org.id, year))->report);
      std::string again =
          report::ToJson(report::GenerateReport(*copy->SelectLedgerYear(twin.id, year))->report);
      EXPECT_EQ(original, again) << org.name << " " << year;
    }
  }
  std::stringstream broken("{\"type\": \"organisation\", \"id\": 1}\n");
  Result<ImportCounts> refused = ImportJsonLines(*copy, broken);
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message.find("第1行"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreConformanceTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

// The same ledger on both backends gives byte-identical reports.
TEST(StoreBackendsTest, SqliteAndPostgresGenerateIdenticalReports) {
  if (testing::PostgresBaseUrl().empty()) GTEST_SKIP() << "GONGKAI_TEST_PG_URL is not set";
  std::vector<std::unique_ptr<Store>> stores;
  for (const char* backend : {"sqlite", "postgres"}) {
    Result<std::unique_ptr<Store>> opened =
        OpenStore(testing::FreshDatabaseUrl(backend), core::testing::NationalCalendar());
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    ASSERT_TRUE(LoadDemoData(**opened, core::testing::NationalCalendar()).has_value());
    stores.push_back(std::move(*opened));
  }
  const std::vector<core::Organisation> organisations = *stores[0]->ListOrganisations();
  for (const core::Organisation& org : organisations) {
    for (int year = 2023; year <= 2026; ++year) {
      std::string on_sqlite = report::ToJson(
          report::GenerateReport(*stores[0]->SelectLedgerYear(org.id, year))->report);
      std::string on_postgres = report::ToJson(
          report::GenerateReport(*stores[1]->SelectLedgerYear(org.id, year))->report);
      EXPECT_EQ(on_sqlite, on_postgres) << org.name << " " << year;
    }
  }
}

}  // namespace
}  // namespace gongkai::store
