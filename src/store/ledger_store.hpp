// Internal to the store: the Store over a SqlConnection. The SQL is the same for both dialects
// (sql.hpp); only the migrations and the row lock differ.
#pragma once

#include <memory>

#include "store/sql.hpp"
#include "store/store.hpp"

namespace gongkai::store::detail {

class LedgerStore final : public Store {
 public:
  LedgerStore(std::unique_ptr<SqlConnection> connection, const core::WorkCalendar& calendar)
      : db_(std::move(connection)), calendar_(calendar) {}

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

  Result<core::AppealId> AddAppeal(const core::Appeal& appeal) override;
  Result<void> DecideAppeal(core::AppealId id, Date decided_on, core::AppealResult result) override;

  Result<void> PutYearlyStatistics(const core::YearlyStatistics& statistics) override;
  Result<report::LedgerYear> SelectLedgerYear(core::OrgId org, int year) override;
  Result<void> Batch(const std::function<Result<void>()>& work) override;
  Result<void> ExportJsonLines(std::ostream& out) override;

 private:
  // Runs `work` in a transaction, or inside the running batch.
  template <typename T>
  Result<T> Write(const std::function<Result<T>()>& work) {
    if (in_batch_) return work();
    return InTransaction<T>(*db_, work);
  }
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

  std::unique_ptr<SqlConnection> db_;
  const core::WorkCalendar& calendar_;
  bool in_batch_ = false;
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
