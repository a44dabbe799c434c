// No acknowledged write is lost (DESIGN.md §6): a child process commits applications through the
// Store and reports each id once its commit has returned; the parent kills it with SIGKILL at a
// random moment, reopens the database and finds every reported application, in a database that
// passes PRAGMA integrity_check.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "store/backup.hpp"
#include "store/testing.hpp"

namespace gongkai::store {
namespace {

constexpr int kRounds = 3;

[[noreturn]] void CommitUntilKilled(const std::string& url, core::OrgId org, int report_fd) {
  Result<std::unique_ptr<Store>> opened = OpenStore(url, core::testing::NationalCalendar());
  if (!opened) _exit(3);
  for (int i = 0; i < 1'000'000; ++i) {
    core::NewApplication application;
    application.org = org;
    application.applicant.name = "申请人" + std::to_string(i);
    application.request = "文件" + std::to_string(i);
    application.received = *Date::Parse("2024-06-03");
    Result<core::CaseRow> row = (*opened)->RegisterApplication(application);
    if (!row) _exit(4);
    std::int64_t id = row->id;
    if (write(report_fd, &id, sizeof id) != sizeof id) _exit(5);
  }
  _exit(0);
}

TEST(DurabilityTest, KilledWriterLosesNoAcknowledgedApplication) {
  std::mt19937 random(std::random_device{}());
  std::string url = testing::FreshDatabaseUrl("sqlite");
  std::string path = url.substr(std::string("sqlite:").size());
  core::OrgId org = 0;
  {
    std::unique_ptr<Store> setup = std::move(*OpenStore(url, core::testing::NationalCalendar()));
    org = *setup->AddOrganisation({0, "某局", std::nullopt, core::OrgKind::kDepartment});
  }
  std::vector<std::int64_t> acknowledged;
  for (int round = 0; round < kRounds; ++round) {
    int pipe_fds[2];
    ASSERT_EQ(pipe(pipe_fds), 0);
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(pipe_fds[0]);
      CommitUntilKilled(url, org, pipe_fds[1]);
    }
    close(pipe_fds[1]);
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::uniform_int_distribution<int>(50, 400)(random)));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself, status " << status;
    std::int64_t id = 0;
    while (read(pipe_fds[0], &id, sizeof id) == sizeof id) acknowledged.push_back(id);
    close(pipe_fds[0]);
  }
  ASSERT_FALSE(acknowledged.empty());
  Result<std::string> verdict = IntegrityCheckSqlite(path);
  ASSERT_TRUE(verdict.has_value()) << verdict.error().message;
  EXPECT_EQ(*verdict, "ok");
  std::unique_ptr<Store> reopened = std::move(*OpenStore(url, core::testing::NationalCalendar()));
  int missing = 0;
  for (std::int64_t acknowledged_id : acknowledged)
    missing += reopened->GetApplication(acknowledged_id) ? 0 : 1;
  EXPECT_EQ(missing, 0) << "of " << acknowledged.size() << " acknowledged applications";
  RecordProperty("acknowledged", static_cast<int>(acknowledged.size()));
}

}  // namespace
}  // namespace gongkai::store
