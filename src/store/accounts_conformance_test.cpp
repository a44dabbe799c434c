// Accounts, sessions, the audit trail, annual reports and calendar years on both backends.
#include <gtest/gtest.h>

#include "base/crypto.hpp"
#include "store/testing.hpp"

namespace gongkai::store {
namespace {

Date D(const char* text) { return *Date::Parse(text); }
constexpr PasswordHashCost kTestCost{1, 8 * 1024 * 1024};

class AccountsTest : public testing::BackendTest {
 protected:
  void SetUp() override {
    testing::BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    org_ = *store_->AddOrganisation({0, "某区人民政府", std::nullopt, core::OrgKind::kGovernment});
  }

  core::UserId AddUser(const std::string& login) {
    Result<core::UserId> id =
        store_->AddUser({login, "用户" + login, *HashPassword("password-" + login, kTestCost)});
    EXPECT_TRUE(id) << id.error().message;
    return id.value_or(0);
  }

  core::ApplicationId Register(const std::string& id_number) {
    core::NewApplication application;
    application.org = org_;
    application.applicant = {core::ApplicantType::kNaturalPerson, "张三", id_number, "13812345678",
                             "浙江省杭州市西湖区某路 1 号"};
    application.received = D("2024-03-04");
    application.request = "某项目的审批文件";
    Result<core::CaseRow> row = store_->RegisterApplication(application);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->id : 0;
  }

  core::OrgId org_ = 0;
};

TEST_P(AccountsTest, UsersAndRoles) {
  core::UserId wang = AddUser("wang");
  Result<core::UserId> again =
      store_->AddUser({"wang", "另一个", *HashPassword("xxxxxxxx", kTestCost)});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  Result<core::UserId> bad =
      store_->AddUser({"王 五", "王五", *HashPassword("xxxxxxxx", kTestCost)});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("login"), std::string::npos);
  Result<core::UserId> plain = store_->AddUser({"plain", "明文", "secret-password"});
  ASSERT_FALSE(plain);  // only hashes are stored

  ASSERT_TRUE(store_->SetRoles(wang, {{org_, core::Role::kOfficer}, {org_, core::Role::kHead}}));
  Result<User> user = store_->FindUserByLogin("wang");
  ASSERT_TRUE(user);
  EXPECT_EQ(user->id, wang);
  EXPECT_EQ(user->roles.size(), 2u);
  // Replaced, not added to.
  ASSERT_TRUE(store_->SetRoles(wang, {{org_, core::Role::kReviewer}}));
  EXPECT_EQ(store_->GetUser(wang)->roles,
            (std::vector<core::RoleGrant>{{org_, core::Role::kReviewer}}));
  Result<void> unknown =
      store_->SetRoles(wang, {{org_, core::Role::kOfficer}, {999, core::Role::kOfficer}});
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("roles[1].org"), std::string::npos);
  EXPECT_EQ(store_->GetUser(wang)->roles.size(), 1u);  // unchanged
  EXPECT_EQ(store_->ListUsers()->size(), 1u);
}

TEST_P(AccountsTest, SessionsLiveInTheDatabase) {
  core::UserId wang = AddUser("wang");
  ASSERT_TRUE(store_->CreateSession({"hash-1", wang, "csrf-1", 1000, 2000}));
  Result<std::optional<SignedIn>> found = store_->FindSession("hash-1", 1500);
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->user.login, "wang");
  EXPECT_EQ((*found)->csrf_token, "csrf-1");
  EXPECT_FALSE(*store_->FindSession("hash-1", 2000));  // expired
  EXPECT_FALSE(*store_->FindSession("other", 1500));

  // Another connection (another server process) sees the same session.
  Result<std::unique_ptr<Store>> other = OpenStore(url_, core::testing::NationalCalendar());
  ASSERT_TRUE(other);
  EXPECT_TRUE(*(*other)->FindSession("hash-1", 1500));

  // A new password ends every session of the user.
  ASSERT_TRUE(store_->SetPasswordHash(wang, *HashPassword("new-password", kTestCost)));
  EXPECT_FALSE(*store_->FindSession("hash-1", 1500));
  ASSERT_TRUE(store_->CreateSession({"hash-2", wang, "csrf-2", 1000, 2000}));
  ASSERT_TRUE(store_->DeleteSession("hash-2"));
  EXPECT_FALSE(*store_->FindSession("hash-2", 1500));
}

TEST_P(AccountsTest, LoginFailuresAreCountedInAWindow) {
  for (int at : {100, 200, 300}) ASSERT_TRUE(store_->RecordLoginFailure("wang", "10.0.0.1", at));
  ASSERT_TRUE(store_->RecordLoginFailure("li", "10.0.0.1", 300));
  LoginFailureCounts counts = *store_->CountLoginFailures("wang", "10.0.0.1", 150);
  EXPECT_EQ(counts.by_login, 2);
  EXPECT_EQ(counts.by_client, 3);
  ASSERT_TRUE(store_->ClearLoginFailures("wang"));
  EXPECT_EQ(store_->CountLoginFailures("wang", "10.0.0.2", 0)->by_login, 0);
}

TEST_P(AccountsTest, AuditTrailRecordsEveryChangeWithoutPersonalData) {
  store_->SetActor("user:wang");
  core::ApplicationId id = Register("110101199003071234");
  ASSERT_TRUE(store_->AppendEvent(
      id, core::CaseEvent::At(core::CaseEventKind::kCorrectionRequested, D("2024-03-05"))));
  Result<std::vector<AuditEntry>> entries = store_->ListAudit(10);
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 3u);  // organisation, register, correction
  EXPECT_EQ(entries->front().action, "application.correction_requested");
  EXPECT_EQ(entries->front().actor, "user:wang");
  EXPECT_EQ(entries->front().target, "application:" + std::to_string(id));
  EXPECT_NE(entries->front().before.find("\"state\":\"open\""), std::string::npos);
  EXPECT_NE(entries->front().after.find("awaiting_correction"), std::string::npos);
  for (const AuditEntry& entry : *entries) {
    EXPECT_EQ(entry.after.find("110101199003071234"), std::string::npos);
    EXPECT_EQ(entry.after.find("13812345678"), std::string::npos);
    EXPECT_EQ(entry.after.find("西湖区"), std::string::npos);
  }
  AuditVerification verified = *store_->VerifyAudit();
  EXPECT_EQ(verified.entries, 3);
  EXPECT_TRUE(verified.problem.empty()) << verified.problem;
  EXPECT_EQ(verified.head_hash, entries->front().hash);
  // A refused write leaves no audit entry.
  EXPECT_FALSE(store_->AppendEvent(
      id, core::CaseEvent::At(core::CaseEventKind::kDelivered, D("2024-03-06"))));
  EXPECT_EQ(store_->VerifyAudit()->entries, 3);
}

TEST_P(AccountsTest, AuditVerifyDetectsEditsAndDeletions) {
  for (int i = 0; i < 4; ++i) Register("");
  Result<std::unique_ptr<detail::SqlConnection>> raw = testing::OpenRawConnection(url_);
  ASSERT_TRUE(raw);
  // The database itself refuses edits of the log.
  EXPECT_FALSE((*raw)->Query("UPDATE audit_log SET actor = 'x' WHERE seq = 2"));
  EXPECT_FALSE((*raw)->Query("DELETE FROM audit_log WHERE seq = 2"));
  // Someone with the owner's rights removes the guard and edits an entry …
  if (GetParam() == "sqlite") {
    ASSERT_TRUE((*raw)->ExecuteScript(
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
  } else {
    ASSERT_TRUE((*raw)->ExecuteScript("DROP TRIGGER audit_log_append_only ON audit_log"));
  }
  ASSERT_TRUE((*raw)->Query("UPDATE audit_log SET actor = 'user:nobody' WHERE seq = 3"));
  AuditVerification edited = *store_->VerifyAudit();
  EXPECT_EQ(edited.problem_seq, 3);
  EXPECT_NE(edited.problem.find("被修改"), std::string::npos);
  // … or deletes one.
  ASSERT_TRUE((*raw)->Query("UPDATE audit_log SET actor = 'system' WHERE seq = 3"));
  ASSERT_TRUE(store_->VerifyAudit()->problem.empty());
  ASSERT_TRUE((*raw)->Query("DELETE FROM audit_log WHERE seq = 2"));
  AuditVerification deleted = *store_->VerifyAudit();
  EXPECT_EQ(deleted.problem_seq, 2);
  EXPECT_NE(deleted.problem.find("删除"), std::string::npos);
}

TEST_P(AccountsTest, HandlerMustBeAnOfficerOfTheOrganisation) {
  core::ApplicationId id = Register("");
  core::UserId wang = AddUser("wang");
  EXPECT_FALSE(store_->AssignHandler(id, wang));
  ASSERT_TRUE(store_->SetRoles(wang, {{org_, core::Role::kOfficer}}));
  ASSERT_TRUE(store_->AssignHandler(id, wang));
  EXPECT_EQ(store_->GetApplication(id)->handler, wang);
  ApplicationFilter all;
  all.org = org_;
  Result<std::vector<ApplicationSummary>> listed = store_->ListApplications(all);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().handler, wang);
  ApplicationFilter closed = all;
  closed.state = core::CaseState::kClosed;
  EXPECT_EQ(store_->ListApplications(closed)->size(), 0u);
}

TEST_P(AccountsTest, OpenAndOverdueCasesPerOrganisation) {
  core::ApplicationId id = Register("");  // received 2024-03-04, due 2024-04-01
  Register("");
  ASSERT_TRUE(store_->AppendEvent(id, [] {
    core::CaseEvent answer = core::CaseEvent::At(core::CaseEventKind::kAnswered, D("2024-03-20"));
    answer.outcome = core::Outcome::kDisclosed;
    return answer;
  }()));
  Result<std::vector<Store::OpenCaseCount>> before_due = store_->CountOpenCases(D("2024-04-01"));
  ASSERT_TRUE(before_due);
  ASSERT_EQ(before_due->size(), 1u);
  EXPECT_EQ(before_due->front().open, 1);
  EXPECT_EQ(before_due->front().overdue, 0);  // due today is not overdue
  EXPECT_EQ(store_->CountOpenCases(D("2024-04-02"))->front().overdue, 1);
}

TEST_P(AccountsTest, PublishedReportIsLocked) {
  report::Sections narrative;
  narrative.overview = "本机关坚持……";
  ASSERT_TRUE(store_->SaveNarrative(org_, 2024, narrative));
  EXPECT_EQ(store_->GetReportRecord(org_, 2024)->value().narrative.overview, "本机关坚持……");
  Result<ReportRecord> published =
      store_->PublishReport(org_, 2024, "{\"year\":2024}", "user:zhao");
  ASSERT_TRUE(published) << published.error().message;
  EXPECT_EQ(published->content_hash, Sha256Hex("{\"year\":2024}"));
  EXPECT_EQ(published->narrative.overview, "本机关坚持……");
  Result<void> edit = store_->SaveNarrative(org_, 2024, narrative);
  ASSERT_FALSE(edit);
  EXPECT_EQ(edit.error().code, ErrorCode::kConflict);
  EXPECT_FALSE(store_->PublishReport(org_, 2024, "{}", "user:zhao"));
  EXPECT_EQ(store_->GetReportRecord(org_, 2024)->value().content, "{\"year\":2024}");
}

TEST_P(AccountsTest, CalendarYearsReplaceEachOther) {
  ASSERT_TRUE(store_->PutCalendarYear({2027, "2027-01-01,holiday,元旦\n", "user:admin", ""}));
  ASSERT_TRUE(store_->PutCalendarYear(
      {2027, "2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n", "user:admin", ""}));
  Result<std::vector<CalendarYear>> years = store_->ListCalendarYears();
  ASSERT_TRUE(years);
  ASSERT_EQ(years->size(), 1u);
  EXPECT_NE(years->front().entries.find("2027-01-02"), std::string::npos);
  EXPECT_FALSE(years->front().entered_at.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountsTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace gongkai::store
