// Group commit: concurrent writers share transactions; a refused write changes nothing and does
// not disturb the others; every acknowledged write is there, and the audit chain holds.
#include "store/group_commit.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/testing.hpp"

namespace gongkai::store {
namespace {

TEST(GroupCommitTest, ConcurrentWritersShareCommitsAndKeepTheirOwnResults) {
  std::string url = testing::FreshDatabaseUrl("sqlite");
  const core::WorkCalendar& calendar = core::testing::NationalCalendar();
  std::unique_ptr<Store> setup = std::move(*OpenStore(url, calendar));
  core::OrgId org = *setup->AddOrganisation({0, "某局", std::nullopt, core::OrgKind::kDepartment});
  auto committer = std::make_shared<GroupCommitter>(std::move(*OpenStore(url, calendar)));

  constexpr int kThreads = 6;
  constexpr int kWritesPerThread = 40;
  std::atomic<int> acknowledged{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::unique_ptr<Store> store =
          WithGroupCommit(std::move(*OpenStore(url, calendar)), committer);
      store->UseCalendar(calendar);
      store->SetActor("user:t" + std::to_string(t));
      for (int i = 0; i < kWritesPerThread; ++i) {
        core::NewApplication application;
        application.org = org;
        application.applicant = {core::ApplicantType::kNaturalPerson, "张三", "", "", ""};
        application.received = *Date::Parse("2024-03-04");
        application.request = "文件";
        Result<core::CaseRow> row = store->RegisterApplication(application);
        if (!row) continue;
        ++acknowledged;
        // Delivery before an answer is refused: undone alone, inside the shared transaction.
        Result<core::CaseRow> early = store->AppendEvent(
            row->id,
            core::CaseEvent::At(core::CaseEventKind::kDelivered, *Date::Parse("2024-03-05")));
        if (!early && early.error().code == ErrorCode::kConflict) ++refused;
        // A write that is read back at once by the same worker's own connection.
        EXPECT_TRUE(store->GetApplication(row->id)) << row->id;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(acknowledged, kThreads * kWritesPerThread);
  EXPECT_EQ(refused, kThreads * kWritesPerThread);
  ApplicationFilter all;
  all.org = org;
  all.limit = 500;
  EXPECT_EQ(setup->ListApplications(all)->size(),
            static_cast<std::size_t>(kThreads * kWritesPerThread));
  AuditVerification verified = *setup->VerifyAudit();
  EXPECT_TRUE(verified.problem.empty()) << verified.problem;
  EXPECT_EQ(verified.entries, 1 + kThreads * kWritesPerThread);  // the organisation + registrations
  Result<std::vector<AuditEntry>> newest = setup->ListAudit(5);
  ASSERT_TRUE(newest);
  for (const AuditEntry& entry : *newest) EXPECT_EQ(entry.action, "application.register");
}

}  // namespace
}  // namespace gongkai::store
