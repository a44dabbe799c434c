// The annual reports' narrative and publication, and the calendar years entered by
// administrators.
#include <chrono>

#include "base/crypto.hpp"
#include "store/ledger_store.hpp"

namespace gongkai::store::detail {
namespace {

nlohmann::json NarrativeJson(const report::Sections& sections) {
  auto value = [](const std::optional<std::string>& text) -> nlohmann::json {
    if (!text) return nullptr;
    return *text;
  };
  return {{"overview", value(sections.overview)},
          {"problems", value(sections.problems)},
          {"other", value(sections.other)}};
}

report::Sections NarrativeFrom(const std::string& text) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  report::Sections sections;
  if (!json.is_object()) return sections;
  auto read = [&](const char* key) -> std::optional<std::string> {
    auto found = json.find(key);
    if (found == json.end() || !found->is_string()) return std::nullopt;
    return found->get<std::string>();
  };
  sections.overview = read("overview");
  sections.problems = read("problems");
  sections.other = read("other");
  return sections;
}

std::string NowUtcSeconds() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace

Result<std::optional<ReportRecord>> LedgerStore::GetReportRecord(core::OrgId org, int year) {
  Result<std::vector<SqlRow>> rows = db_->Query(
      "SELECT narrative, state, content, content_hash, published_at, published_by "
      "FROM annual_reports WHERE org_id = $1 AND year = $2",
      {org, std::int64_t{year}});
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<ReportRecord>();
  const SqlRow& row = rows->front();
  ReportRecord record;
  record.org = org;
  record.year = year;
  record.narrative = NarrativeFrom(row[0].value_or("{}"));
  record.published = row[1].value_or("") == "published";
  record.content = row[2].value_or("");
  record.content_hash = row[3].value_or("");
  record.published_at = row[4].value_or("");
  record.published_by = row[5].value_or("");
  return std::optional<ReportRecord>(std::move(record));
}

Result<void> LedgerStore::SaveNarrative(core::OrgId org, int year,
                                        const report::Sections& narrative) {
  return Write<void>([&]() -> Result<void> {
    if (Result<void> known = RequireOrganisation(org, "org"); !known) return known;
    GONGKAI_ASSIGN_OR_RETURN(std::optional<ReportRecord> existing, GetReportRecord(org, year));
    if (existing && existing->published) {
      return Error{ErrorCode::kConflict,
                   std::to_string(year) + " 年度报告已于 " + existing->published_at +
                       " 公开并锁定，不能再修改",
                   {}};
    }
    std::string text = NarrativeJson(narrative).dump();
    Result<std::vector<SqlRow>> stored =
        existing ? db_->Query(
                       "UPDATE annual_reports SET narrative = $3 WHERE org_id = $1 AND "
                       "year = $2",
                       {org, std::int64_t{year}, text})
                 : db_->Query(
                       "INSERT INTO annual_reports (org_id, year, narrative, state) "
                       "VALUES ($1, $2, $3, 'draft')",
                       {org, std::int64_t{year}, text});
    if (!stored) return stored.error();
    return Audit("report.narrative", "report:" + std::to_string(org) + ":" + std::to_string(year),
                 existing ? NarrativeJson(existing->narrative) : nlohmann::json::object(),
                 NarrativeJson(narrative));
  });
}

Result<ReportRecord> LedgerStore::PublishReport(core::OrgId org, int year,
                                                const std::string& content,
                                                const std::string& published_by) {
  return Write<ReportRecord>([&]() -> Result<ReportRecord> {
    if (Result<void> known = RequireOrganisation(org, "org"); !known) return known.error();
    GONGKAI_ASSIGN_OR_RETURN(std::optional<ReportRecord> existing, GetReportRecord(org, year));
    if (existing && existing->published) {
      return Error{ErrorCode::kConflict,
                   std::to_string(year) + " 年度报告已于 " + existing->published_at + " 公开",
                   {}};
    }
    ReportRecord record;
    record.org = org;
    record.year = year;
    if (existing) record.narrative = existing->narrative;
    record.published = true;
    record.content = content;
    record.content_hash = Sha256Hex(content);
    record.published_at = NowUtcSeconds();
    record.published_by = published_by;
    std::vector<SqlValue> values = {org,
                                    std::int64_t{year},
                                    NarrativeJson(record.narrative).dump(),
                                    record.content,
                                    record.content_hash,
                                    record.published_at,
                                    record.published_by};
    Result<std::vector<SqlRow>> stored =
        existing ? db_->Query(
                       "UPDATE annual_reports SET narrative = $3, state = 'published', "
                       "content = $4, content_hash = $5, published_at = $6, "
                       "published_by = $7 WHERE org_id = $1 AND year = $2",
                       values)
                 : db_->Query(
                       "INSERT INTO annual_reports (org_id, year, narrative, state, "
                       "content, content_hash, published_at, published_by) VALUES ($1, $2, "
                       "$3, 'published', $4, $5, $6, $7)",
                       values);
    if (!stored) return stored.error();
    if (Result<void> audited = Audit(
            "report.publish", "report:" + std::to_string(org) + ":" + std::to_string(year),
            {{"state", "draft"}}, {{"state", "published"}, {"content_hash", record.content_hash}});
        !audited) {
      return audited.error();
    }
    return record;
  });
}

Result<std::vector<CalendarYear>> LedgerStore::ListCalendarYears() {
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT year, entries, entered_by, entered_at FROM calendar_years ORDER BY year");
  if (!rows) return rows.error();
  std::vector<CalendarYear> years;
  for (const SqlRow& row : *rows) {
    years.push_back({std::stoi(row[0].value_or("0")), row[1].value_or(""), row[2].value_or(""),
                     row[3].value_or("")});
  }
  return years;
}

Result<void> LedgerStore::PutCalendarYear(const CalendarYear& year) {
  return Write<void>([&]() -> Result<void> {
    Result<std::vector<SqlRow>> old =
        db_->Query("SELECT entries FROM calendar_years WHERE year = $1", {std::int64_t{year.year}});
    if (!old) return old.error();
    Result<std::vector<SqlRow>> removed =
        db_->Query("DELETE FROM calendar_years WHERE year = $1", {std::int64_t{year.year}});
    if (!removed) return removed.error();
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO calendar_years (year, entries, entered_by, entered_at) VALUES ($1, $2, $3, "
        "$4)",
        {std::int64_t{year.year}, year.entries, year.entered_by, NowUtcSeconds()});
    if (!inserted) return inserted.error();
    nlohmann::json before = nlohmann::json::object();
    if (!old->empty()) before["entries"] = old->front()[0].value_or("");
    return Audit("calendar.put", "calendar:" + std::to_string(year.year), before,
                 {{"entries", year.entries}});
  });
}

}  // namespace gongkai::store::detail
