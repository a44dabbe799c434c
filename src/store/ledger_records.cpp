// Publications, appeals, yearly statistics, and the selection of one organisation-year.
#include <algorithm>

#include "store/event_codec.hpp"
#include "store/ledger_store.hpp"

namespace gongkai::store::detail {
namespace {

std::optional<std::string> OptionalDate(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->ToString();
}

SqlValue Nullable(const std::optional<std::string>& text) {
  if (!text) return std::monostate{};
  return *text;
}

Result<std::optional<Date>> OptionalStoredDate(const std::optional<std::string>& text) {
  if (!text) return std::optional<Date>();
  GONGKAI_ASSIGN_OR_RETURN(Date date, ParseStoredDate(*text));
  return std::optional<Date>(date);
}

}  // namespace

Result<core::Publication> DecodePublication(const SqlRow& row) {
  core::Publication item;
  item.id = std::stoll(row[0].value_or("0"));
  item.org = std::stoll(row[1].value_or("0"));
  item.index_number = row[2].value_or("");
  item.title = row[3].value_or("");
  item.document_number = row[4].value_or("");
  item.publisher = row[5].value_or("");
  GONGKAI_ASSIGN_OR_RETURN(item.written_on, ParseStoredDate(row[6].value_or("")));
  GONGKAI_ASSIGN_OR_RETURN(item.published_on, OptionalStoredDate(row[7]));
  GONGKAI_ASSIGN_OR_RETURN(item.repealed_on, OptionalStoredDate(row[8]));
  item.category = row[9].value_or("");
  item.method = row[10].value_or("");
  item.document_type =
      core::DocumentTypeFromString(row[11].value_or("")).value_or(core::DocumentType::kOther);
  item.state = core::PublicationStateFromString(row[12].value_or(""))
                   .value_or(core::PublicationState::kDraft);
  return item;
}

Result<core::Appeal> DecodeAppeal(const SqlRow& row) {
  core::Appeal appeal;
  appeal.id = std::stoll(row[0].value_or("0"));
  appeal.org = std::stoll(row[1].value_or("0"));
  if (row[2]) appeal.application = std::stoll(*row[2]);
  appeal.kind =
      core::AppealKindFromString(row[3].value_or("")).value_or(core::AppealKind::kReconsideration);
  appeal.after_reconsideration = row[4].value_or("0") == "1";
  GONGKAI_ASSIGN_OR_RETURN(appeal.filed_on, ParseStoredDate(row[5].value_or("")));
  GONGKAI_ASSIGN_OR_RETURN(appeal.decided_on, OptionalStoredDate(row[6]));
  appeal.result =
      core::AppealResultFromString(row[7].value_or("")).value_or(core::AppealResult::kPending);
  appeal.case_number = row[8].value_or("");
  return appeal;
}

Result<core::PublicationId> LedgerStore::AddPublication(const core::Publication& publication) {
  if (publication.title.empty()) return Error::InvalidArgument("title：标题不能为空");
  if (publication.state != core::PublicationState::kDraft) {
    return Error::InvalidArgument("state：新条目须为草稿，审核和公开通过审核步骤记录");
  }
  return Write<core::PublicationId>([&]() -> Result<core::PublicationId> {
    if (Result<void> org = RequireOrganisation(publication.org, "org"); !org) return org.error();
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO publications (org_id, index_number, title, document_number, publisher, "
        "written_on, category, method, document_type, state) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        {publication.org, publication.index_number, publication.title, publication.document_number,
         publication.publisher, publication.written_on.ToString(), publication.category,
         publication.method, std::string(core::ToString(publication.document_type)),
         std::string(core::ToString(publication.state))});
    if (!inserted) return inserted.error();
    core::PublicationId id = std::stoll(inserted->front()[0].value_or("0"));
    core::Publication indexed = publication;
    indexed.id = id;
    GONGKAI_RETURN_IF_ERROR(IndexPublication(indexed));
    if (Result<void> audited =
            Audit("publication.add", "publication:" + std::to_string(id), {},
                  {{"title", publication.title}, {"state", core::ToString(publication.state)}});
        !audited) {
      return audited.error();
    }
    return id;
  });
}

Result<core::Publication> LedgerStore::LoadPublication(core::PublicationId id) {
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT " + std::string(kPublicationColumns) + " FROM publications WHERE id = $1" +
                     ForUpdate(),
                 {id});
  if (!rows) return rows.error();
  if (rows->empty()) return Error::NotFound("公开条目编号 " + std::to_string(id) + " 不存在");
  return DecodePublication(rows->front());
}

Result<core::Publication> LedgerStore::RecordPublicationStep(core::PublicationId id,
                                                             const core::PublicationEvent& event) {
  return Write<core::Publication>([&]() -> Result<core::Publication> {
    GONGKAI_ASSIGN_OR_RETURN(core::Publication current, LoadPublication(id));
    GONGKAI_ASSIGN_OR_RETURN(core::Publication next, core::ApplyStep(current, event));
    Result<std::vector<SqlRow>> count =
        db_->Query("SELECT COUNT(*) FROM publication_events WHERE publication_id = $1", {id});
    if (!count) return count.error();
    std::int64_t seq = std::stoll(count->front()[0].value_or("0")) + 1;
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO publication_events (publication_id, seq, step, date, actor, comment) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        {id, seq, std::string(core::ToString(event.step)), event.date.ToString(), event.actor,
         event.comment});
    if (!inserted) return inserted.error();
    Result<std::vector<SqlRow>> updated = db_->Query(
        "UPDATE publications SET state = $2, published_on = $3, repealed_on = $4 WHERE id = $1",
        {id, std::string(core::ToString(next.state)), Nullable(OptionalDate(next.published_on)),
         Nullable(OptionalDate(next.repealed_on))});
    if (!updated) return updated.error();
    GONGKAI_RETURN_IF_ERROR(ReindexPublication(current, next));
    if (Result<void> audited =
            Audit("publication." + std::string(core::ToString(event.step)),
                  "publication:" + std::to_string(id), {{"state", core::ToString(current.state)}},
                  {{"state", core::ToString(next.state)},
                   {"date", event.date.ToString()},
                   {"comment", event.comment}});
        !audited) {
      return audited.error();
    }
    return next;
  });
}

Result<std::vector<core::Publication>> LedgerStore::ListPublicCatalogue(core::OrgId org) {
  return SelectPublications(
      "WHERE org_id = $1 AND published_on IS NOT NULL ORDER BY published_on DESC, id DESC", org);
}

Result<core::AppealId> LedgerStore::AddAppeal(const core::Appeal& appeal) {
  if (Result<void> valid = core::ValidateAppeal(appeal); !valid) return valid.error();
  return Write<core::AppealId>([&]() -> Result<core::AppealId> {
    if (Result<void> org = RequireOrganisation(appeal.org, "org"); !org) return org.error();
    SqlValue application = std::monostate{};
    if (appeal.application) {
      Result<std::vector<SqlRow>> found =
          db_->Query("SELECT id FROM applications WHERE id = $1 AND org_id = $2",
                     {*appeal.application, appeal.org});
      if (!found) return found.error();
      if (found->empty()) {
        return Error::InvalidArgument("application：本机关没有编号为 " +
                                      std::to_string(*appeal.application) + " 的申请");
      }
      application = *appeal.application;
    }
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO appeals (org_id, application_id, kind, after_reconsideration, filed_on, "
        "decided_on, result, case_number) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {appeal.org, application, std::string(core::ToString(appeal.kind)),
         std::int64_t{appeal.after_reconsideration ? 1 : 0}, appeal.filed_on.ToString(),
         Nullable(OptionalDate(appeal.decided_on)), std::string(core::ToString(appeal.result)),
         appeal.case_number});
    if (!inserted) return inserted.error();
    core::AppealId id = std::stoll(inserted->front()[0].value_or("0"));
    if (Result<void> audited = Audit("appeal.add", "appeal:" + std::to_string(id), {},
                                     {{"kind", core::ToString(appeal.kind)},
                                      {"filed_on", appeal.filed_on.ToString()},
                                      {"result", core::ToString(appeal.result)}});
        !audited) {
      return audited.error();
    }
    return id;
  });
}

Result<void> LedgerStore::DecideAppeal(core::AppealId id, Date decided_on,
                                       core::AppealResult result) {
  return Write<void>([&]() -> Result<void> {
    Result<std::vector<SqlRow>> rows = db_->Query(
        "SELECT " + std::string(kAppealColumns) + " FROM appeals WHERE id = $1" + ForUpdate(),
        {id});
    if (!rows) return rows.error();
    if (rows->empty()) return Error::NotFound("复议诉讼案件编号 " + std::to_string(id) + " 不存在");
    GONGKAI_ASSIGN_OR_RETURN(core::Appeal appeal, DecodeAppeal(rows->front()));
    if (appeal.decided_on) {
      return Error{ErrorCode::kConflict,
                   "result：该案件已于 " + appeal.decided_on->ToString() + " 审结",
                   {}};
    }
    appeal.decided_on = decided_on;
    appeal.result = result;
    if (Result<void> valid = core::ValidateAppeal(appeal); !valid) return valid;
    Result<std::vector<SqlRow>> updated =
        db_->Query("UPDATE appeals SET decided_on = $2, result = $3 WHERE id = $1",
                   {id, decided_on.ToString(), std::string(core::ToString(result))});
    if (!updated) return updated.error();
    return Audit("appeal.decide", "appeal:" + std::to_string(id),
                 {{"result", core::ToString(core::AppealResult::kPending)}},
                 {{"result", core::ToString(result)}, {"decided_on", decided_on.ToString()}});
  });
}

Result<void> LedgerStore::PutYearlyStatistics(const core::YearlyStatistics& statistics) {
  if (statistics.licensing_decisions < 0 || statistics.penalty_decisions < 0 ||
      statistics.coercive_decisions < 0 || statistics.administrative_fees.fen() < 0) {
    return Error::InvalidArgument("statistics：数量和金额不能为负数");
  }
  return Write<void>([&]() -> Result<void> {
    if (Result<void> org = RequireOrganisation(statistics.org, "org"); !org) return org;
    std::vector<SqlValue> key = {statistics.org, std::int64_t{statistics.year}};
    Result<std::vector<SqlRow>> removed =
        db_->Query("DELETE FROM yearly_statistics WHERE org_id = $1 AND year = $2", key);
    if (!removed) return removed.error();
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO yearly_statistics (org_id, year, licensing_decisions, penalty_decisions, "
        "coercive_decisions, administrative_fees_fen) VALUES ($1, $2, $3, $4, $5, $6)",
        {statistics.org, std::int64_t{statistics.year}, statistics.licensing_decisions,
         statistics.penalty_decisions, statistics.coercive_decisions,
         statistics.administrative_fees.fen()});
    if (!inserted) return inserted.error();
    return Audit(
        "statistics.put",
        "statistics:" + std::to_string(statistics.org) + ":" + std::to_string(statistics.year), {},
        {{"licensing", statistics.licensing_decisions},
         {"penalty", statistics.penalty_decisions},
         {"coercive", statistics.coercive_decisions},
         {"fees_fen", statistics.administrative_fees.fen()}});
  });
}

Result<std::vector<core::Publication>> LedgerStore::SelectPublications(const std::string& condition,
                                                                       core::OrgId org) {
  Result<std::vector<SqlRow>> rows = db_->Query(
      "SELECT " + std::string(kPublicationColumns) + " FROM publications " + condition, {org});
  if (!rows) return rows.error();
  std::vector<core::Publication> items;
  for (const SqlRow& row : *rows) {
    GONGKAI_ASSIGN_OR_RETURN(core::Publication item, DecodePublication(row));
    items.push_back(std::move(item));
  }
  return items;
}

Result<report::LedgerYear> LedgerStore::SelectLedgerYear(core::OrgId org, int year) {
  report::LedgerYear ledger;
  GONGKAI_ASSIGN_OR_RETURN(ledger.organisation, FindOrganisation(std::to_string(org)));
  ledger.year = year;
  std::string first = std::to_string(year) + "-01-01";
  std::string last = std::to_string(year) + "-12-31";
  std::optional<Error> failure;
  Result<void> cases =
      db_->ForEach("SELECT " + std::string(kCaseRowColumns) +
                       " FROM applications WHERE org_id = $1 AND received_on <= $2 "
                       "AND (closed_on IS NULL OR closed_on >= $3) ORDER BY id",
                   {org, last, first}, [&](const SqlRowView& row) {
                     Result<core::CaseRow> decoded = DecodeCaseRow(row);
                     if (!decoded) {
                       failure = decoded.error();
                       return;
                     }
                     ledger.cases.push_back(*decoded);
                   });
  if (!cases) return cases.error();
  if (failure) return *failure;
  // In id order whatever the index walked, so that drill-down lists are stable.
  std::sort(ledger.cases.begin(), ledger.cases.end(),
            [](const core::CaseRow& a, const core::CaseRow& b) { return a.id < b.id; });
  GONGKAI_ASSIGN_OR_RETURN(ledger.publications,
                           SelectPublications("WHERE org_id = $1 ORDER BY id", org));
  Result<std::vector<SqlRow>> appeals = db_->Query(
      "SELECT " + std::string(kAppealColumns) +
          " FROM appeals WHERE org_id = $1 AND filed_on <= $2 AND (decided_on IS NULL OR "
          "decided_on >= $3) ORDER BY id",
      {org, last, first});
  if (!appeals) return appeals.error();
  for (const SqlRow& row : *appeals) {
    GONGKAI_ASSIGN_OR_RETURN(core::Appeal appeal, DecodeAppeal(row));
    ledger.appeals.push_back(std::move(appeal));
  }
  Result<std::vector<SqlRow>> statistics = db_->Query(
      "SELECT licensing_decisions, penalty_decisions, coercive_decisions, administrative_fees_fen "
      "FROM yearly_statistics WHERE org_id = $1 AND year = $2",
      {org, std::int64_t{year}});
  if (!statistics) return statistics.error();
  if (!statistics->empty()) {
    const SqlRow& row = statistics->front();
    ledger.statistics = core::YearlyStatistics{org,
                                               year,
                                               std::stoll(row[0].value_or("0")),
                                               std::stoll(row[1].value_or("0")),
                                               std::stoll(row[2].value_or("0")),
                                               Money::FromFen(std::stoll(row[3].value_or("0")))};
  }
  return ledger;
}

}  // namespace gongkai::store::detail
