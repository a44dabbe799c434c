#include "store/group_commit.hpp"

namespace gongkai::store {
namespace {

// Set on the leader's thread while it runs the group: a write made from inside a queued write
// (a Batch's work) goes straight to the writer store instead of queueing behind itself.
thread_local Store* t_leader_writer = nullptr;

class GroupCommitStore final : public Store {
 public:
  GroupCommitStore(std::unique_ptr<Store> reader, std::shared_ptr<GroupCommitter> committer)
      : reader_(std::move(reader)), committer_(std::move(committer)) {}

  void SetActor(std::string actor) override {
    reader_->SetActor(actor);
    actor_ = std::move(actor);
  }
  void UseCalendar(const core::WorkCalendar& calendar) override {
    reader_->UseCalendar(calendar);
    calendar_ = &calendar;
  }

  // Writes.
  Result<core::OrgId> AddOrganisation(const core::Organisation& organisation) override {
    return Write<core::OrgId>([&](Store& s) { return s.AddOrganisation(organisation); });
  }
  Result<core::CaseRow> RegisterApplication(const core::NewApplication& application) override {
    return Write<core::CaseRow>([&](Store& s) { return s.RegisterApplication(application); });
  }
  Result<core::CaseRow> AppendEvent(core::ApplicationId id, const core::CaseEvent& event) override {
    return Write<core::CaseRow>([&](Store& s) { return s.AppendEvent(id, event); });
  }
  Result<core::PublicationId> AddPublication(const core::Publication& publication) override {
    return Write<core::PublicationId>([&](Store& s) { return s.AddPublication(publication); });
  }
  Result<core::Publication> RecordPublicationStep(core::PublicationId id,
                                                  const core::PublicationEvent& event) override {
    return Write<core::Publication>([&](Store& s) { return s.RecordPublicationStep(id, event); });
  }
  Result<core::AppealId> AddAppeal(const core::Appeal& appeal) override {
    return Write<core::AppealId>([&](Store& s) { return s.AddAppeal(appeal); });
  }
  Result<void> DecideAppeal(core::AppealId id, Date decided_on,
                            core::AppealResult result) override {
    return Write<void>([&](Store& s) { return s.DecideAppeal(id, decided_on, result); });
  }
  Result<void> PutYearlyStatistics(const core::YearlyStatistics& statistics) override {
    return Write<void>([&](Store& s) { return s.PutYearlyStatistics(statistics); });
  }
  Result<void> AssignHandler(core::ApplicationId id, core::UserId officer) override {
    return Write<void>([&](Store& s) { return s.AssignHandler(id, officer); });
  }
  Result<core::UserId> AddUser(const NewUser& user) override {
    return Write<core::UserId>([&](Store& s) { return s.AddUser(user); });
  }
  Result<void> SetPasswordHash(core::UserId id, const std::string& password_hash) override {
    return Write<void>([&](Store& s) { return s.SetPasswordHash(id, password_hash); });
  }
  Result<void> SetRoles(core::UserId id, const std::vector<core::RoleGrant>& roles) override {
    return Write<void>([&](Store& s) { return s.SetRoles(id, roles); });
  }
  Result<void> CreateSession(const NewSession& session) override {
    return Write<void>([&](Store& s) { return s.CreateSession(session); });
  }
  Result<void> DeleteSession(std::string_view token_hash) override {
    return Write<void>([&](Store& s) { return s.DeleteSession(token_hash); });
  }
  Result<void> RecordLoginFailure(std::string_view login, std::string_view client,
                                  std::int64_t at) override {
    return Write<void>([&](Store& s) { return s.RecordLoginFailure(login, client, at); });
  }
  Result<void> ClearLoginFailures(std::string_view login) override {
    return Write<void>([&](Store& s) { return s.ClearLoginFailures(login); });
  }
  Result<void> SaveNarrative(core::OrgId org, int year,
                             const report::Sections& narrative) override {
    return Write<void>([&](Store& s) { return s.SaveNarrative(org, year, narrative); });
  }
  Result<ReportRecord> PublishReport(core::OrgId org, int year, const std::string& content,
                                     const std::string& published_by) override {
    return Write<ReportRecord>(
        [&](Store& s) { return s.PublishReport(org, year, content, published_by); });
  }
  Result<void> PutCalendarYear(const CalendarYear& year) override {
    return Write<void>([&](Store& s) { return s.PutCalendarYear(year); });
  }
  Result<void> Batch(const std::function<Result<void>()>& work) override {
    return Write<void>([&](Store&) { return work(); });
  }
  Result<void> Savepoint(const std::function<Result<void>()>& work) override {
    return Write<void>([&](Store& s) { return s.Savepoint(work); });
  }

  // Reads.
  Result<std::vector<core::Organisation>> ListOrganisations() override {
    return reader_->ListOrganisations();
  }
  Result<core::Organisation> FindOrganisation(std::string_view id_or_name) override {
    return reader_->FindOrganisation(id_or_name);
  }
  Result<ApplicationRecord> GetApplication(core::ApplicationId id) override {
    return reader_->GetApplication(id);
  }
  Result<ApplicationRecord> FindApplicationByQueryCode(std::string_view code) override {
    return reader_->FindApplicationByQueryCode(code);
  }
  Result<std::vector<core::Publication>> ListPublicCatalogue(core::OrgId org) override {
    return reader_->ListPublicCatalogue(org);
  }
  Result<CatalogueHits> SearchCatalogue(const CatalogueSearch& search) override {
    return reader_->SearchCatalogue(search);
  }
  Result<std::int64_t> ReindexSearch() override {
    return Write<std::int64_t>([&](Store& s) { return s.ReindexSearch(); });
  }
  Result<report::LedgerYear> SelectLedgerYear(core::OrgId org, int year) override {
    return reader_->SelectLedgerYear(org, year);
  }
  Result<std::vector<OpenCaseCount>> CountOpenCases(Date today) override {
    return reader_->CountOpenCases(today);
  }
  Result<std::vector<ApplicationSummary>> ListApplications(
      const ApplicationFilter& filter) override {
    return reader_->ListApplications(filter);
  }
  Result<std::vector<core::Publication>> ListPublications(
      core::OrgId org, std::optional<core::PublicationState> state) override {
    return reader_->ListPublications(org, state);
  }
  Result<core::Publication> GetPublication(core::PublicationId id) override {
    return reader_->GetPublication(id);
  }
  Result<std::vector<core::Appeal>> ListAppeals(core::OrgId org) override {
    return reader_->ListAppeals(org);
  }
  Result<core::Appeal> GetAppeal(core::AppealId id) override { return reader_->GetAppeal(id); }
  Result<std::optional<core::YearlyStatistics>> GetYearlyStatistics(core::OrgId org,
                                                                    int year) override {
    return reader_->GetYearlyStatistics(org, year);
  }
  Result<User> GetUser(core::UserId id) override { return reader_->GetUser(id); }
  Result<User> FindUserByLogin(std::string_view login) override {
    return reader_->FindUserByLogin(login);
  }
  Result<std::vector<User>> ListUsers() override { return reader_->ListUsers(); }
  Result<std::string> PasswordHashOf(core::UserId id) override {
    return reader_->PasswordHashOf(id);
  }
  Result<std::optional<SignedIn>> FindSession(std::string_view token_hash,
                                              std::int64_t now) override {
    return reader_->FindSession(token_hash, now);
  }
  Result<LoginFailureCounts> CountLoginFailures(std::string_view login, std::string_view client,
                                                std::int64_t since) override {
    return reader_->CountLoginFailures(login, client, since);
  }
  Result<std::vector<AuditEntry>> ListAudit(int limit) override {
    return reader_->ListAudit(limit);
  }
  Result<AuditVerification> VerifyAudit() override { return reader_->VerifyAudit(); }
  Result<std::optional<ReportRecord>> GetReportRecord(core::OrgId org, int year) override {
    return reader_->GetReportRecord(org, year);
  }
  Result<std::vector<CalendarYear>> ListCalendarYears() override {
    return reader_->ListCalendarYears();
  }
  void ReadConsistently(const std::function<void()>& work) override {
    reader_->ReadConsistently(work);
  }
  Result<void> ExportJsonLines(std::ostream& out) override { return reader_->ExportJsonLines(out); }

 private:
  template <typename T, typename Call>
  Result<T> Write(Call call) {
    if (t_leader_writer != nullptr) return call(*t_leader_writer);
    std::optional<Result<T>> out;
    std::function<Result<void>(Store&)> write = [&](Store& writer) -> Result<void> {
      out.emplace(call(writer));
      if (!*out) return out->error();
      return {};
    };
    Result<void> committed = committer_->Run(actor_, *calendar_, write);
    if (!committed) return committed.error();
    return std::move(*out);
  }

  std::unique_ptr<Store> reader_;
  std::shared_ptr<GroupCommitter> committer_;
  std::string actor_ = "system";
  const core::WorkCalendar* calendar_ = nullptr;
};

}  // namespace

Result<void> GroupCommitter::Run(const std::string& actor, const core::WorkCalendar& calendar,
                                 const std::function<Result<void>(Store&)>& write) {
  Pending pending{&write, &actor, &calendar, {}, false};
  std::unique_lock lock(mutex_);
  queue_.push_back(&pending);
  while (!pending.done) {
    if (leading_) {
      finished_.wait(lock);
      continue;
    }
    leading_ = true;
    std::vector<Pending*> group;
    group.swap(queue_);
    lock.unlock();
    Lead(group);
    lock.lock();
    for (Pending* member : group) member->done = true;
    leading_ = false;
    finished_.notify_all();
  }
  return pending.result;
}

void GroupCommitter::Lead(std::vector<Pending*>& group) {
  t_leader_writer = writer_.get();
  Result<void> committed = writer_->Batch([&]() -> Result<void> {
    for (Pending* member : group) {
      writer_->SetActor(*member->actor);
      writer_->UseCalendar(*member->calendar);
      member->result = writer_->Savepoint([&] { return (*member->write)(*writer_); });
    }
    return {};
  });
  t_leader_writer = nullptr;
  if (!committed) {
    for (Pending* member : group) {
      if (member->result) member->result = committed.error();
    }
  }
}

std::unique_ptr<Store> WithGroupCommit(std::unique_ptr<Store> reader,
                                       std::shared_ptr<GroupCommitter> committer) {
  return std::make_unique<GroupCommitStore>(std::move(reader), std::move(committer));
}

}  // namespace gongkai::store
