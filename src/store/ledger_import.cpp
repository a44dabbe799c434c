// Import of a JSON-lines export (ledger_export.cpp) through the Store API, so that every record is
// validated again on its way in; ids are renumbered.
#include <istream>
#include <map>
#include <nlohmann/json.hpp>

#include "store/event_codec.hpp"
#include "store/store.hpp"

namespace gongkai::store {
namespace {

using nlohmann::json;

struct IdMaps {
  std::map<std::int64_t, core::OrgId> organisations;
  std::map<std::int64_t, core::ApplicationId> applications;
};

Result<Date> DateField(const json& line, const char* key) {
  std::optional<Date> date = Date::Parse(line.at(key).get<std::string>());
  if (!date) return Error::InvalidArgument(std::string(key) + "：日期无效");
  return *date;
}

Result<std::int64_t> Mapped(const std::map<std::int64_t, std::int64_t>& ids, std::int64_t old_id,
                            const char* what) {
  auto found = ids.find(old_id);
  if (found == ids.end()) {
    return Error::InvalidArgument(std::string(what) + "：引用了前面没有出现的编号 " +
                                  std::to_string(old_id));
  }
  return found->second;
}

Result<void> ImportOrganisation(Store& store, const json& line, IdMaps& ids) {
  core::Organisation org;
  org.name = line.at("name").get<std::string>();
  org.kind =
      core::OrgKindFromString(line.at("kind").get<std::string>()).value_or(core::OrgKind::kOther);
  if (!line.at("parent").is_null()) {
    GONGKAI_ASSIGN_OR_RETURN(
        org.parent, Mapped(ids.organisations, line["parent"].get<std::int64_t>(), "parent"));
  }
  GONGKAI_ASSIGN_OR_RETURN(core::OrgId id, store.AddOrganisation(org));
  ids.organisations[line.at("id").get<std::int64_t>()] = id;
  return {};
}

Result<int> ImportApplication(Store& store, const json& line, IdMaps& ids) {
  const json& events = line.at("events");
  if (!events.is_array() || events.empty())
    return Error::InvalidArgument("events：至少须有收到申请事件");
  std::vector<core::CaseEvent> decoded;
  for (const json& event : events) {
    GONGKAI_ASSIGN_OR_RETURN(core::CaseEvent one,
                             detail::DecodeEvent(event.at("kind").get<std::string>(),
                                                 event.at("date").get<std::string>(), event));
    decoded.push_back(std::move(one));
  }
  core::NewApplication application;
  GONGKAI_ASSIGN_OR_RETURN(application.org,
                           Mapped(ids.organisations, line.at("org").get<std::int64_t>(), "org"));
  const json& who = line.at("applicant");
  application.applicant.type = core::ApplicantTypeFromString(who.at("type").get<std::string>())
                                   .value_or(core::ApplicantType::kNaturalPerson);
  application.applicant.name = who.at("name").get<std::string>();
  application.applicant.id_number = who.value("id_number", "");
  application.applicant.contact = who.value("contact", "");
  application.applicant.address = who.value("address", "");
  application.request = line.at("request").get<std::string>();
  application.delivery_form = line.value("delivery_form", "");
  application.query_code = line.value("query_code", "");
  application.received = decoded.front().date;
  application.channel = decoded.front().channel;
  GONGKAI_ASSIGN_OR_RETURN(core::CaseRow row, store.RegisterApplication(application));
  for (std::size_t i = 1; i < decoded.size(); ++i) {
    Result<core::CaseRow> appended = store.AppendEvent(row.id, decoded[i]);
    if (!appended) return appended.error();
  }
  ids.applications[line.at("id").get<std::int64_t>()] = row.id;
  return static_cast<int>(decoded.size());
}

Result<void> ImportPublication(Store& store, const json& line, IdMaps& ids) {
  core::Publication item;
  GONGKAI_ASSIGN_OR_RETURN(item.org,
                           Mapped(ids.organisations, line.at("org").get<std::int64_t>(), "org"));
  item.index_number = line.value("index_number", "");
  item.title = line.at("title").get<std::string>();
  item.document_number = line.value("document_number", "");
  item.publisher = line.value("publisher", "");
  GONGKAI_ASSIGN_OR_RETURN(item.written_on, DateField(line, "written_on"));
  item.category = line.value("category", "");
  item.method = line.value("method", "");
  item.document_type = core::DocumentTypeFromString(line.value("document_type", "other"))
                           .value_or(core::DocumentType::kOther);
  GONGKAI_ASSIGN_OR_RETURN(core::PublicationId id, store.AddPublication(item));
  for (const json& step : line.at("steps")) {
    std::optional<core::PublicationStep> kind =
        core::PublicationStepFromString(step.at("step").get<std::string>());
    if (!kind) return Error::InvalidArgument("steps.step：未知的审核步骤");
    GONGKAI_ASSIGN_OR_RETURN(Date date, DateField(step, "date"));
    Result<core::Publication> recorded = store.RecordPublicationStep(
        id, {*kind, date, step.value("actor", ""), step.value("comment", "")});
    if (!recorded) return recorded.error();
  }
  return {};
}

Result<void> ImportAppeal(Store& store, const json& line, IdMaps& ids) {
  core::Appeal appeal;
  GONGKAI_ASSIGN_OR_RETURN(appeal.org,
                           Mapped(ids.organisations, line.at("org").get<std::int64_t>(), "org"));
  if (!line.at("application").is_null()) {
    GONGKAI_ASSIGN_OR_RETURN(
        appeal.application,
        Mapped(ids.applications, line["application"].get<std::int64_t>(), "application"));
  }
  appeal.kind = core::AppealKindFromString(line.at("kind").get<std::string>())
                    .value_or(core::AppealKind::kReconsideration);
  appeal.after_reconsideration = line.at("after_reconsideration").get<bool>();
  GONGKAI_ASSIGN_OR_RETURN(appeal.filed_on, DateField(line, "filed_on"));
  if (!line.at("decided_on").is_null()) {
    GONGKAI_ASSIGN_OR_RETURN(appeal.decided_on, DateField(line, "decided_on"));
  }
  appeal.result = core::AppealResultFromString(line.at("result").get<std::string>())
                      .value_or(core::AppealResult::kPending);
  appeal.case_number = line.value("case_number", "");
  Result<core::AppealId> added = store.AddAppeal(appeal);
  if (!added) return added.error();
  return {};
}

Result<void> ImportStatistics(Store& store, const json& line, IdMaps& ids) {
  core::YearlyStatistics statistics;
  GONGKAI_ASSIGN_OR_RETURN(statistics.org,
                           Mapped(ids.organisations, line.at("org").get<std::int64_t>(), "org"));
  statistics.year = line.at("year").get<int>();
  statistics.licensing_decisions = line.at("licensing_decisions").get<std::int64_t>();
  statistics.penalty_decisions = line.at("penalty_decisions").get<std::int64_t>();
  statistics.coercive_decisions = line.at("coercive_decisions").get<std::int64_t>();
  statistics.administrative_fees =
      Money::FromFen(line.at("administrative_fees_fen").get<std::int64_t>());
  return store.PutYearlyStatistics(statistics);
}

Result<void> ImportLine(Store& store, const json& line, IdMaps& ids, ImportCounts& counts) {
  std::string type = line.at("type").get<std::string>();
  if (type == "organisation") {
    ++counts.organisations;
    return ImportOrganisation(store, line, ids);
  }
  if (type == "application") {
    GONGKAI_ASSIGN_OR_RETURN(int events, ImportApplication(store, line, ids));
    ++counts.applications;
    counts.events += events;
    return {};
  }
  if (type == "publication") {
    ++counts.publications;
    return ImportPublication(store, line, ids);
  }
  if (type == "appeal") {
    ++counts.appeals;
    return ImportAppeal(store, line, ids);
  }
  if (type == "yearly_statistics") {
    ++counts.statistics;
    return ImportStatistics(store, line, ids);
  }
  return Error::InvalidArgument("type：未知的记录类型“" + type + "”");
}

}  // namespace

Result<ImportCounts> ImportJsonLines(Store& store, std::istream& in) {
  ImportCounts counts;
  IdMaps ids;
  Result<void> imported = store.Batch([&]() -> Result<void> {
    std::string text;
    int line_number = 0;
    while (std::getline(in, text)) {
      ++line_number;
      if (text.empty()) continue;
      Result<void> one = Error::Internal("");
      try {
        one = ImportLine(store, json::parse(text), ids, counts);
      } catch (const json::exception& error) {
        one = Error::InvalidArgument(std::string("格式错误（") + error.what() + "）");
      }
      if (!one) {
        return Error{one.error().code,
                     "第" + std::to_string(line_number) + "行：" + one.error().message,
                     one.error().detail};
      }
    }
    return {};
  });
  if (!imported) return imported.error();
  return counts;
}

}  // namespace gongkai::store
