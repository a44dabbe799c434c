// The ledger's storage: one interface in domain terms over SQLite and PostgreSQL. Every write is
// validated by core (the clock for case events, the review workflow for publications) before it
// is stored, and an event is stored together with the case row derived from it, in one
// transaction: a refused write changes nothing.
//
// Not thread-safe: open one Store per thread (connections are cheap; SQLite and PostgreSQL both
// serialise writers themselves).
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "core/appeal.hpp"
#include "core/application.hpp"
#include "core/organisation.hpp"
#include "core/publication.hpp"
#include "core/work_calendar.hpp"
#include "core/yearly_statistics.hpp"
#include "report/generate.hpp"
#include "store/records.hpp"

namespace gongkai::store {

struct ApplicationRecord {
  core::NewApplication details;
  std::vector<core::CaseEvent> events;
  core::CaseRow row;
  std::optional<core::UserId> handler;  // the officer handling the case
};

class Store {
 public:
  virtual ~Store() = default;

  // Who the following writes are by, for the audit trail ("user:wang", "public", "cli"). Every
  // write appends an audit entry in its own transaction.
  virtual void SetActor(std::string actor) = 0;
  // The calendar that derives due dates from now on (must outlive its use).
  virtual void UseCalendar(const core::WorkCalendar& calendar) = 0;

  // Organisations. Fails with kInvalidArgument for an empty name or an unknown parent, kConflict
  // for a name already taken.
  virtual Result<core::OrgId> AddOrganisation(const core::Organisation& organisation) = 0;
  virtual Result<std::vector<core::Organisation>> ListOrganisations() = 0;
  // By id ("12") or exact name; kNotFound otherwise.
  virtual Result<core::Organisation> FindOrganisation(std::string_view id_or_name) = 0;

  // Registers an application with its receipt as the first event. Fails with kInvalidArgument
  // naming the field (unknown organisation, empty request or applicant name).
  virtual Result<core::CaseRow> RegisterApplication(const core::NewApplication& application) = 0;
  // Appends one event; the clock validates the whole history first (kConflict naming the event
  // when it is out of order or not allowed, kNotFound for an unknown application).
  virtual Result<core::CaseRow> AppendEvent(core::ApplicationId id,
                                            const core::CaseEvent& event) = 0;
  virtual Result<ApplicationRecord> GetApplication(core::ApplicationId id) = 0;
  // By the public query code (查询码); kNotFound otherwise.
  virtual Result<ApplicationRecord> FindApplicationByQueryCode(std::string_view code) = 0;

  // A catalogue item, stored as a draft; its review steps follow.
  virtual Result<core::PublicationId> AddPublication(const core::Publication& publication) = 0;
  virtual Result<core::Publication> RecordPublicationStep(core::PublicationId id,
                                                          const core::PublicationEvent& event) = 0;
  // The organisation's catalogue items that are public (published or repealed), newest first.
  virtual Result<std::vector<core::Publication>> ListPublicCatalogue(core::OrgId org) = 0;
  // Full-text search of the catalogue, best first (ties: newer first); the same results on
  // SQLite and PostgreSQL. kInvalidArgument naming `q` for a text with no searchable term.
  virtual Result<CatalogueHits> SearchCatalogue(const CatalogueSearch& search) = 0;
  // Rebuilds the full-text indexes (catalogue, register) from the records; returns the records
  // indexed.
  virtual Result<std::int64_t> ReindexSearch() = 0;

  virtual Result<core::AppealId> AddAppeal(const core::Appeal& appeal) = 0;
  virtual Result<void> DecideAppeal(core::AppealId id, Date decided_on,
                                    core::AppealResult result) = 0;

  // Replaces the organisation's entry for that year.
  virtual Result<void> PutYearlyStatistics(const core::YearlyStatistics& statistics) = 0;

  // What the report generator needs for one organisation and year (report/generate.hpp).
  virtual Result<report::LedgerYear> SelectLedgerYear(core::OrgId org, int year) = 0;

  // Per organisation: cases not yet closed, and those of them past their due date on `today`.
  struct OpenCaseCount {
    core::OrgId org = 0;
    std::int64_t open = 0;
    std::int64_t overdue = 0;
  };
  virtual Result<std::vector<OpenCaseCount>> CountOpenCases(Date today) = 0;

  // Lists for the workspace. ListApplications: newest received first.
  virtual Result<std::vector<ApplicationSummary>> ListApplications(
      const ApplicationFilter& filter) = 0;
  // kNotFound for an unknown application, kInvalidArgument for a user who is not an officer of
  // its organisation.
  virtual Result<void> AssignHandler(core::ApplicationId id, core::UserId officer) = 0;
  // Every catalogue item of the organisation in `state` (all states when nullopt), newest first.
  virtual Result<std::vector<core::Publication>> ListPublications(
      core::OrgId org, std::optional<core::PublicationState> state) = 0;
  virtual Result<core::Publication> GetPublication(core::PublicationId id) = 0;
  virtual Result<std::vector<core::Appeal>> ListAppeals(core::OrgId org) = 0;
  virtual Result<core::Appeal> GetAppeal(core::AppealId id) = 0;
  virtual Result<std::optional<core::YearlyStatistics>> GetYearlyStatistics(core::OrgId org,
                                                                            int year) = 0;

  // Accounts. AddUser fails with kConflict for a login taken, kInvalidArgument naming the field.
  virtual Result<core::UserId> AddUser(const NewUser& user) = 0;
  virtual Result<User> GetUser(core::UserId id) = 0;
  virtual Result<User> FindUserByLogin(std::string_view login) = 0;
  virtual Result<std::vector<User>> ListUsers() = 0;
  // The stored Argon2id hash of an enabled user; kNotFound otherwise.
  virtual Result<std::string> PasswordHashOf(core::UserId id) = 0;
  // Also ends the user's sessions.
  virtual Result<void> SetPasswordHash(core::UserId id, const std::string& password_hash) = 0;
  // Replaces the user's roles; kInvalidArgument naming roles[i].org for an unknown organisation.
  virtual Result<void> SetRoles(core::UserId id, const std::vector<core::RoleGrant>& roles) = 0;

  // Sessions (all in the database, so that any server process can serve any session).
  virtual Result<void> CreateSession(const NewSession& session) = 0;
  // The session with that token hash, unexpired at `now` and of an enabled user.
  virtual Result<std::optional<SignedIn>> FindSession(std::string_view token_hash,
                                                      std::int64_t now) = 0;
  virtual Result<void> DeleteSession(std::string_view token_hash) = 0;
  // Failed logins since `since`, by login name and by client address.
  virtual Result<LoginFailureCounts> CountLoginFailures(std::string_view login,
                                                        std::string_view client,
                                                        std::int64_t since) = 0;
  virtual Result<void> RecordLoginFailure(std::string_view login, std::string_view client,
                                          std::int64_t at) = 0;
  virtual Result<void> ClearLoginFailures(std::string_view login) = 0;

  // The audit trail, newest first (at most `limit`), and its verification.
  virtual Result<std::vector<AuditEntry>> ListAudit(int limit) = 0;
  virtual Result<AuditVerification> VerifyAudit() = 0;

  // Annual reports: the narrative an officer edited, and publication (lock with content hash).
  virtual Result<std::optional<ReportRecord>> GetReportRecord(core::OrgId org, int year) = 0;
  // kConflict when the report is already published.
  virtual Result<void> SaveNarrative(core::OrgId org, int year,
                                     const report::Sections& narrative) = 0;
  virtual Result<ReportRecord> PublishReport(core::OrgId org, int year, const std::string& content,
                                             const std::string& published_by) = 0;

  // Calendar years entered by administrators (replacing those years of the national file).
  virtual Result<std::vector<CalendarYear>> ListCalendarYears() = 0;
  virtual Result<void> PutCalendarYear(const CalendarYear& year) = 0;

  // Runs `work`, which only reads, against one snapshot of the database. On SQLite this is also
  // much cheaper than a read transaction per statement; on PostgreSQL it runs `work` as is.
  virtual void ReadConsistently(const std::function<void()>& work) = 0;

  // Inside a Batch: runs `work` so that if it fails, what it wrote is undone and the batch goes on
  // (a savepoint). kInternal outside a batch.
  virtual Result<void> Savepoint(const std::function<Result<void>()>& work) = 0;

  // Runs `work` (calls on this store) in one transaction: all of it is stored, or none.
  virtual Result<void> Batch(const std::function<Result<void>()>& work) = 0;

  // Every record as JSON lines, in an order `ImportJsonLines` can replay.
  virtual Result<void> ExportJsonLines(std::ostream& out) = 0;
};

// "sqlite:PATH" or "postgresql://…"; migrates the schema. The calendar (which must outlive the
// store) derives due dates. Fails with kInvalidArgument for an unknown scheme, kUnavailable when
// the database cannot be reached.
Result<std::unique_ptr<Store>> OpenStore(std::string_view url, const core::WorkCalendar& calendar);

// Replays an export into `store` in one batch, renumbering ids. Fails naming the line.
struct ImportCounts {
  int organisations = 0;
  int applications = 0;
  int events = 0;
  int publications = 0;
  int appeals = 0;
  int statistics = 0;
};
Result<ImportCounts> ImportJsonLines(Store& store, std::istream& in);

}  // namespace gongkai::store
