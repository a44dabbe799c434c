// The workspace's lists and single-record reads, and handler assignment.
#include "core/personal_data.hpp"
#include "search/ranking.hpp"
#include "store/ledger_store.hpp"

namespace gongkai::store::detail {

Result<std::vector<ApplicationSummary>> LedgerStore::ListApplications(
    const ApplicationFilter& filter) {
  if (filter.limit < 1 || filter.limit > 500) {
    return Error::InvalidArgument("limit：应在 1–500 之间");
  }
  if (filter.offset < 0) return Error::InvalidArgument("offset：不能为负数");
  std::string sql = "SELECT " + std::string(kCaseRowColumns) +
                    ", applicant_name, applicant_id_number, applicant_contact, "
                    "applicant_address, channel, request, handler_id FROM applications "
                    "WHERE org_id = $1";
  std::vector<SqlValue> params = {filter.org};
  auto add = [&](const std::string& condition, SqlValue value) {
    params.push_back(std::move(value));
    sql += " AND " + condition + " $" + std::to_string(params.size());
  };
  if (filter.state) add("state =", std::string(core::ToString(*filter.state)));
  if (filter.received_year) {
    add("received_on >=", std::to_string(*filter.received_year) + "-01-01");
    add("received_on <=", std::to_string(*filter.received_year) + "-12-31");
  }
  if (filter.applicant_type)
    add("applicant_type =", std::string(core::ToString(*filter.applicant_type)));
  if (filter.channel) add("channel =", std::string(core::ToString(*filter.channel)));
  if (filter.due_by) {
    sql += " AND closed_on IS NULL";
    add("due_on <=", filter.due_by->ToString());
  }
  std::vector<search::Term> terms;
  if (!filter.text.empty()) {
    terms = search::QueryTerms(filter.text);
    if (terms.empty()) return Error::InvalidArgument("q：请输入要检索的词（汉字、字母或数字）");
    sql += " AND " + RegisterMatch(terms, params);
  }
  sql += " ORDER BY received_on DESC, id DESC LIMIT " + std::to_string(filter.limit) + " OFFSET " +
         std::to_string(filter.offset);
  std::vector<ApplicationSummary> out;
  std::optional<Error> failure;
  Result<void> listed = db_->ForEach(sql, params, [&](const SqlRowView& row) {
    if (failure) return;
    Result<core::CaseRow> decoded = DecodeCaseRow(row);
    if (!decoded) {
      failure = decoded.error();
      return;
    }
    auto text = [&](std::size_t i) { return std::string(row[i].value_or("")); };
    ApplicationSummary summary;
    summary.row = *decoded;
    summary.applicant = {decoded->applicant_type, text(10), text(11), text(12), text(13)};
    summary.channel = core::ChannelFromString(text(14)).value_or(core::Channel::kInPerson);
    summary.request = text(15);
    if (!terms.empty()) summary.request_html = search::SnippetHtml(terms, summary.request, 80);
    if (row[16]) summary.handler = std::stoll(text(16));
    out.push_back(std::move(summary));
  });
  if (!listed) return listed.error();
  if (failure) return *failure;
  return out;
}

Result<std::vector<Store::OpenCaseCount>> LedgerStore::CountOpenCases(Date today) {
  std::vector<OpenCaseCount> counts;
  Result<void> counted = db_->ForEach(
      "SELECT org_id, COUNT(*), SUM(CASE WHEN due_on < $1 THEN 1 ELSE 0 END) FROM applications "
      "WHERE closed_on IS NULL GROUP BY org_id ORDER BY org_id",
      {today.ToString()}, [&](const SqlRowView& row) {
        counts.push_back({std::stoll(std::string(row[0].value_or("0"))),
                          std::stoll(std::string(row[1].value_or("0"))),
                          std::stoll(std::string(row[2].value_or("0")))});
      });
  if (!counted) return counted.error();
  return counts;
}

Result<void> LedgerStore::AssignHandler(core::ApplicationId id, core::UserId officer) {
  return Write<void>([&]() -> Result<void> {
    Result<std::vector<SqlRow>> found =
        db_->Query("SELECT org_id, handler_id FROM applications WHERE id = $1" + ForUpdate(), {id});
    if (!found) return found.error();
    if (found->empty()) return Error::NotFound("申请编号 " + std::to_string(id) + " 不存在");
    std::string org = found->front()[0].value_or("0");
    Result<std::vector<SqlRow>> role = db_->Query(
        "SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.user_id = $1 "
        "AND r.org_id = $2 AND r.role = 'officer' AND u.disabled = 0",
        {officer, std::stoll(org)});
    if (!role) return role.error();
    if (role->empty()) {
      return Error::InvalidArgument("user_id：用户 " + std::to_string(officer) +
                                    " 不是本机关的工作人员");
    }
    Result<std::vector<SqlRow>> updated =
        db_->Query("UPDATE applications SET handler_id = $2 WHERE id = $1", {id, officer});
    if (!updated) return updated.error();
    nlohmann::json before = nlohmann::json::object();
    if (found->front()[1]) before["handler"] = std::stoll(*found->front()[1]);
    return Audit("application.assign", "application:" + std::to_string(id), before,
                 {{"handler", officer}});
  });
}

Result<std::vector<core::Publication>> LedgerStore::ListPublications(
    core::OrgId org, std::optional<core::PublicationState> state) {
  if (!state) return SelectPublications("WHERE org_id = $1 ORDER BY id DESC", org);
  // The state is one of a fixed set of names, never caller text.
  return SelectPublications("WHERE org_id = $1 AND state = '" +
                                std::string(core::ToString(*state)) + "' ORDER BY id DESC",
                            org);
}

Result<core::Publication> LedgerStore::GetPublication(core::PublicationId id) {
  Result<std::vector<SqlRow>> rows = db_->Query(
      "SELECT " + std::string(kPublicationColumns) + " FROM publications WHERE id = $1", {id});
  if (!rows) return rows.error();
  if (rows->empty()) return Error::NotFound("公开条目编号 " + std::to_string(id) + " 不存在");
  return DecodePublication(rows->front());
}

Result<std::vector<core::Appeal>> LedgerStore::ListAppeals(core::OrgId org) {
  Result<std::vector<SqlRow>> rows = db_->Query(
      "SELECT " + std::string(kAppealColumns) + " FROM appeals WHERE org_id = $1 ORDER BY id DESC",
      {org});
  if (!rows) return rows.error();
  std::vector<core::Appeal> appeals;
  for (const SqlRow& row : *rows) {
    GONGKAI_ASSIGN_OR_RETURN(core::Appeal appeal, DecodeAppeal(row));
    appeals.push_back(std::move(appeal));
  }
  return appeals;
}

Result<core::Appeal> LedgerStore::GetAppeal(core::AppealId id) {
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT " + std::string(kAppealColumns) + " FROM appeals WHERE id = $1", {id});
  if (!rows) return rows.error();
  if (rows->empty()) return Error::NotFound("复议诉讼案件编号 " + std::to_string(id) + " 不存在");
  return DecodeAppeal(rows->front());
}

Result<std::optional<core::YearlyStatistics>> LedgerStore::GetYearlyStatistics(core::OrgId org,
                                                                               int year) {
  Result<std::vector<SqlRow>> rows = db_->Query(
      "SELECT licensing_decisions, penalty_decisions, coercive_decisions, administrative_fees_fen "
      "FROM yearly_statistics WHERE org_id = $1 AND year = $2",
      {org, std::int64_t{year}});
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<core::YearlyStatistics>();
  const SqlRow& row = rows->front();
  return std::optional<core::YearlyStatistics>(core::YearlyStatistics{
      org, year, std::stoll(row[0].value_or("0")), std::stoll(row[1].value_or("0")),
      std::stoll(row[2].value_or("0")), Money::FromFen(std::stoll(row[3].value_or("0")))});
}

}  // namespace gongkai::store::detail
