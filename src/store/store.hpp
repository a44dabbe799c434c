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

namespace gongkai::store {

struct ApplicationRecord {
  core::NewApplication details;
  std::vector<core::CaseEvent> events;
  core::CaseRow row;
};

class Store {
 public:
  virtual ~Store() = default;

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

  virtual Result<core::AppealId> AddAppeal(const core::Appeal& appeal) = 0;
  virtual Result<void> DecideAppeal(core::AppealId id, Date decided_on,
                                    core::AppealResult result) = 0;

  // Replaces the organisation's entry for that year.
  virtual Result<void> PutYearlyStatistics(const core::YearlyStatistics& statistics) = 0;

  // What the report generator needs for one organisation and year (report/generate.hpp).
  virtual Result<report::LedgerYear> SelectLedgerYear(core::OrgId org, int year) = 0;

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
