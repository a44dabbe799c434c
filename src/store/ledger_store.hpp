// Internal to the store: the Store over a SqlConnection. The SQL is the same for both dialects
// (sql.hpp); only the migrations and the row lock differ.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "search/tokenizer.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

namespace gongkai::store::detail {

class LedgerStore final : public Store {
 public:
  LedgerStore(std::unique_ptr<SqlConnection> connection, const core::WorkCalendar& calendar)
      : db_(std::move(connection)), calendar_(&calendar) {}

  void SetActor(std::string actor) override { actor_ = std::move(actor); }
  void UseCalendar(const core::WorkCalendar& calendar) override { calendar_ = &calendar; }

  Result<core::OrgId> AddOrganisation(const core::Organisation& organisation) override;
  Result<std::vector<core::Organisation>> ListOrganisations() override;
  Result<core::Organisation> FindOrganisation(std::string_view id_or_name) override;

  Result<core::CaseRow> RegisterApplication(const core::NewApplication& application) override;
  Result<core::CaseRow> AppendEvent(core::ApplicationId id, const core::CaseEvent& event) override;
  Result<ApplicationRecord> GetApplication(core::ApplicationId id) override;
  Result<ApplicationRecord> FindApplicationByQueryCode(std::string_view code) override;

  Result<core::PublicationId> AddPublication(const core::Publication& publication) override;
  Result<core::Publication> RecordPublicationStep(core::PublicationId id,
                                                  const core::PublicationEvent& event) override;
  Result<std::vector<core::Publication>> ListPublicCatalogue(core::OrgId org) override;
  Result<CatalogueHits> SearchCatalogue(const CatalogueSearch& search) override;
  Result<std::int64_t> ReindexSearch() override;

  Result<core::AppealId> AddAppeal(const core::Appeal& appeal) override;
  Result<void> DecideAppeal(core::AppealId id, Date decided_on, core::AppealResult result) override;

  Result<void> PutYearlyStatistics(const core::YearlyStatistics& statistics) override;
  Result<report::LedgerYear> SelectLedgerYear(core::OrgId org, int year) override;
  Result<void> Batch(const std::function<Result<void>()>& work) override;
  void ReadConsistently(const std::function<void()>& work) override;
  Result<void> Savepoint(const std::function<Result<void>()>& work) override;
  Result<void> ExportJsonLines(std::ostream& out) override;

  Result<std::vector<OpenCaseCount>> CountOpenCases(Date today) override;
  Result<std::vector<ApplicationSummary>> ListApplications(
      const ApplicationFilter& filter) override;
  Result<void> AssignHandler(core::ApplicationId id, core::UserId officer) override;
  Result<std::vector<core::Publication>> ListPublications(
      core::OrgId org, std::optional<core::PublicationState> state) override;
  Result<core::Publication> GetPublication(core::PublicationId id) override;
  Result<std::vector<core::Appeal>> ListAppeals(core::OrgId org) override;
  Result<core::Appeal> GetAppeal(core::AppealId id) override;
  Result<std::optional<core::YearlyStatistics>> GetYearlyStatistics(core::OrgId org,
                                                                    int year) override;

  Result<core::UserId> AddUser(const NewUser& user) override;
  Result<User> GetUser(core::UserId id) override;
  Result<User> FindUserByLogin(std::string_view login) override;
  Result<std::vector<User>> ListUsers() override;
  Result<std::string> PasswordHashOf(core::UserId id) override;
  Result<void> SetPasswordHash(core::UserId id, const std::string& password_hash) override;
  Result<void> SetRoles(core::UserId id, const std::vector<core::RoleGrant>& roles) override;
  Result<void> CreateSession(const NewSession& session) override;
  Result<std::optional<SignedIn>> FindSession(std::string_view token_hash,
                                              std::int64_t now) override;
  Result<void> DeleteSession(std::string_view token_hash) override;
  Result<LoginFailureCounts> CountLoginFailures(std::string_view login, std::string_view client,
                                                std::int64_t since) override;
  Result<void> RecordLoginFailure(std::string_view login, std::string_view client,
                                  std::int64_t at) override;
  Result<void> ClearLoginFailures(std::string_view login) override;

  Result<std::vector<AuditEntry>> ListAudit(int limit) override;
  Result<AuditVerification> VerifyAudit() override;

  Result<std::optional<ReportRecord>> GetReportRecord(core::OrgId org, int year) override;
  Result<void> SaveNarrative(core::OrgId org, int year, const report::Sections& narrative) override;
  Result<ReportRecord> PublishReport(core::OrgId org, int year, const std::string& content,
                                     const std::string& published_by) override;
  Result<std::vector<CalendarYear>> ListCalendarYears() override;
  Result<void> PutCalendarYear(const CalendarYear& year) override;

 private:
  // Runs `work` in a transaction, or inside the running batch.
  template <typename T>
  Result<T> Write(const std::function<Result<T>()>& work) {
    if (in_batch_) return work();
    audit_head_.reset();
    Result<T> result = InTransaction<T>(*db_, work);
    audit_head_.reset();
    return result;
  }
  // Appends an audit entry inside the running write transaction (audit.cpp). `before` and
  // `after` must not carry personal data in full.
  Result<void> Audit(std::string_view action, const std::string& target,
                     const nlohmann::json& before, const nlohmann::json& after);
  Result<User> LoadUser(const std::string& where, const SqlValue& key);
  Result<std::vector<core::RoleGrant>> LoadRoles(core::UserId id);
  Result<void> RequireOrganisation(core::OrgId org, std::string_view field);
  Result<std::vector<core::CaseEvent>> LoadEvents(core::ApplicationId id);
  // One application with its events, selected by `where` (e.g. "id = $1").
  Result<ApplicationRecord> LoadApplication(const std::string& where,
                                            const std::vector<SqlValue>& key,
                                            const std::string& missing);
  Result<void> StoreCaseRow(const core::CaseRow& row, int event_count);
  Result<core::Publication> LoadPublication(core::PublicationId id);
  // The organisation's publications matching "WHERE org_id = $1 …".
  Result<std::vector<core::Publication>> SelectPublications(const std::string& condition,
                                                            core::OrgId org);
  std::string ForUpdate() const;
  // Puts one record into its full-text index, in the caller's transaction.
  Result<void> IndexPublication(const core::Publication& publication);
  // Keeps the item's index entry in step after a review step changed it (its search order).
  Result<void> ReindexPublication(const core::Publication& before, const core::Publication& after);
  Result<void> IndexApplication(core::ApplicationId id, const std::string& request);
  // "id IN (…)" selecting the applications whose request holds every term; the match expression
  // is appended to `values` as the next parameter.
  std::string RegisterMatch(const std::vector<search::Term>& terms,
                            std::vector<SqlValue>& values) const;

  std::unique_ptr<SqlConnection> db_;
  const core::WorkCalendar* calendar_;
  std::string actor_ = "system";
  bool in_batch_ = false;
  // The last audit entry (seq, hash) while a write transaction holds the audit lock.
  std::optional<std::pair<std::int64_t, std::string>> audit_head_;
};

// Row decoding shared by the store's files.
Result<core::CaseRow> DecodeCaseRow(const SqlRowView& row);      // columns of kCaseRowColumns
Result<core::Publication> DecodePublication(const SqlRow& row);  // kPublicationColumns
Result<core::Appeal> DecodeAppeal(const SqlRow& row);            // kAppealColumns
inline constexpr std::string_view kCaseRowColumns =
    "id, org_id, applicant_type, received_on, state, due_on, closed_on, outcome, fees_paid_fen, "
    "fee_paid_on";
inline constexpr std::string_view kPublicationColumns =
    "id, org_id, index_number, title, document_number, publisher, written_on, published_on, "
    "repealed_on, category, method, document_type, state";
inline constexpr std::string_view kAppealColumns =
    "id, org_id, application_id, kind, after_reconsideration, filed_on, decided_on, result, "
    "case_number";

}  // namespace gongkai::store::detail
