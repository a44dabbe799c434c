// Export of the whole ledger as JSON lines, and its import into another store.
#include <istream>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "store/event_codec.hpp"
#include "store/ledger_store.hpp"

namespace gongkai::store {
namespace detail {
namespace {

using nlohmann::ordered_json;

ordered_json DateJson(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return date->ToString();
}

void WriteLine(std::ostream& out, const ordered_json& line) {
  out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

Result<void> LedgerStore::ExportJsonLines(std::ostream& out) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<core::Organisation> organisations, ListOrganisations());
  for (const core::Organisation& org : organisations) {
    WriteLine(out, {{"type", "organisation"},
                    {"id", org.id},
                    {"name", org.name},
                    {"parent", org.parent ? ordered_json(*org.parent) : ordered_json(nullptr)},
                    {"kind", std::string(core::ToString(org.kind))}});
  }
  Result<std::vector<SqlRow>> ids = db_->Query("SELECT id FROM applications ORDER BY id");
  if (!ids) return ids.error();
  for (const SqlRow& id_row : *ids) {
    GONGKAI_ASSIGN_OR_RETURN(ApplicationRecord record, GetApplication(std::stoll(*id_row[0])));
    ordered_json events = ordered_json::array();
    for (const core::CaseEvent& event : record.events) {
      ordered_json line = {{"kind", std::string(core::ToString(event.kind))},
                           {"date", event.date.ToString()}};
      const nlohmann::json details = EventDetails(event);
      for (const auto& [key, value] : details.items()) line[key] = value;
      events.push_back(std::move(line));
    }
    const core::Applicant& who = record.details.applicant;
    WriteLine(out, {{"type", "application"},
                    {"id", record.row.id},
                    {"org", record.row.org},
                    {"applicant",
                     {{"type", std::string(core::ToString(who.type))},
                      {"name", who.name},
                      {"id_number", who.id_number},
                      {"contact", who.contact},
                      {"address", who.address}}},
                    {"request", record.details.request},
                    {"delivery_form", record.details.delivery_form},
                    {"query_code", record.details.query_code},
                    {"events", std::move(events)}});
  }
  Result<std::vector<SqlRow>> publications =
      db_->Query("SELECT " + std::string(kPublicationColumns) + " FROM publications ORDER BY id");
  if (!publications) return publications.error();
  for (const SqlRow& row : *publications) {
    GONGKAI_ASSIGN_OR_RETURN(core::Publication item, DecodePublication(row));
    Result<std::vector<SqlRow>> steps = db_->Query(
        "SELECT step, date, actor, comment FROM publication_events WHERE publication_id = $1 "
        "ORDER BY seq",
        {item.id});
    if (!steps) return steps.error();
    ordered_json step_lines = ordered_json::array();
    for (const SqlRow& step : *steps) {
      step_lines.push_back({{"step", step[0].value_or("")},
                            {"date", step[1].value_or("")},
                            {"actor", step[2].value_or("")},
                            {"comment", step[3].value_or("")}});
    }
    WriteLine(out, {{"type", "publication"},
                    {"id", item.id},
                    {"org", item.org},
                    {"index_number", item.index_number},
                    {"title", item.title},
                    {"document_number", item.document_number},
                    {"publisher", item.publisher},
                    {"written_on", item.written_on.ToString()},
                    {"category", item.category},
                    {"method", item.method},
                    {"document_type", std::string(core::ToString(item.document_type))},
                    {"steps", std::move(step_lines)}});
  }
  Result<std::vector<SqlRow>> appeals =
      db_->Query("SELECT " + std::string(kAppealColumns) + " FROM appeals ORDER BY id");
  if (!appeals) return appeals.error();
  for (const SqlRow& row : *appeals) {
    GONGKAI_ASSIGN_OR_RETURN(core::Appeal appeal, DecodeAppeal(row));
    WriteLine(out, {{"type", "appeal"},
                    {"id", appeal.id},
                    {"org", appeal.org},
                    {"application", appeal.application ? ordered_json(*appeal.application)
                                                       : ordered_json(nullptr)},
                    {"kind", std::string(core::ToString(appeal.kind))},
                    {"after_reconsideration", appeal.after_reconsideration},
                    {"filed_on", appeal.filed_on.ToString()},
                    {"decided_on", DateJson(appeal.decided_on)},
                    {"result", std::string(core::ToString(appeal.result))},
                    {"case_number", appeal.case_number}});
  }
  Result<std::vector<SqlRow>> statistics = db_->Query(
      "SELECT org_id, year, licensing_decisions, penalty_decisions, coercive_decisions, "
      "administrative_fees_fen FROM yearly_statistics ORDER BY org_id, year");
  if (!statistics) return statistics.error();
  for (const SqlRow& row : *statistics) {
    WriteLine(out, {{"type", "yearly_statistics"},
                    {"org", std::stoll(row[0].value_or("0"))},
                    {"year", std::stoi(row[1].value_or("0"))},
                    {"licensing_decisions", std::stoll(row[2].value_or("0"))},
                    {"penalty_decisions", std::stoll(row[3].value_or("0"))},
                    {"coercive_decisions", std::stoll(row[4].value_or("0"))},
                    {"administrative_fees_fen", std::stoll(row[5].value_or("0"))}});
  }
  return {};
}

}  // namespace detail
}  // namespace gongkai::store
