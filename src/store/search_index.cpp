// The catalogue's full-text index and its search. Both dialects hold the same terms
// (search::DocumentTerms): SQLite in an FTS5 table whose tokenizer makes them
// (sqlite_search_tokenizer.cpp), PostgreSQL as a tsvector this file writes. A search finds the
// items holding every query term in the search order (published items first, then newest first),
// up to kMaxSearchCandidates; search::Relevance orders them, so that both dialects give the same
// results in the same order.
//
// On SQLite the FTS rowid is the item's place in that order (SearchKey), so that the newest
// matches are read straight from the index and the scan stops after the candidates; publication
// and year filters are rowid ranges, and a count without other filters never leaves the index.
#include <algorithm>
#include <limits>

#include "search/ranking.hpp"
#include "search/tokenizer.hpp"
#include "store/ledger_store.hpp"

namespace gongkai::store::detail {
namespace {

// What is searched besides the title: 文号, 发布机构, 目录分类, 索引号.
std::string BodyOf(const core::Publication& item) {
  std::string body;
  for (const std::string* part :
       {&item.document_number, &item.publisher, &item.category, &item.index_number}) {
    if (part->empty()) continue;
    if (!body.empty()) body += ' ';
    body += *part;
  }
  return body;
}

// `text` quoted for FTS5 ("…") or for tsvector/tsquery input ('…').
std::string Quoted(std::string_view text, char quote) {
  std::string out(1, quote);
  for (char c : text) {
    if (c == quote) out += quote;
    if (quote == '\'' && c == '\\') out += '\\';
    out += c;
  }
  return out + quote;
}

std::string TsVector(const std::vector<search::Term>& terms) {
  std::string out;
  for (const search::Term& term : terms) {
    if (!out.empty()) out += ' ';
    out += Quoted(term.text, '\'');
  }
  return out;
}

// SearchKey's layout: bit 61 set for published items, bits 32–60 the date (published, else
// written) as days since 1970 plus kDayBias, bits 0–31 the publication id.
constexpr std::int64_t kPublishedBit = std::int64_t{1} << 61;
constexpr std::int64_t kIdMask = 0xFFFFFFFF;
constexpr std::int64_t kDayBias = std::int64_t{1} << 20;  // dates from about 900 BCE

std::int64_t SearchKeyOf(bool published, Date date, std::int64_t id) {
  return (published ? kPublishedBit : 0) | ((date.days_since_epoch() + kDayBias) << 32) | id;
}

std::int64_t SearchKey(const core::Publication& item) {
  return item.published_on ? SearchKeyOf(true, *item.published_on, item.id)
                           : SearchKeyOf(false, item.written_on, item.id);
}

std::string MatchExpression(const std::vector<search::Term>& terms, Dialect dialect) {
  std::string out;
  for (const search::Term& term : terms) {
    if (!out.empty()) out += dialect == Dialect::kSqlite ? " " : " & ";
    out += Quoted(term.text, dialect == Dialect::kSqlite ? '"' : '\'');
  }
  return out;
}

}  // namespace

Result<void> LedgerStore::IndexPublication(const core::Publication& item) {
  const auto in_range = [](Date date) { return date.year() >= 0 && date.year() <= 9999; };
  if (item.id < 1 || item.id > kIdMask || !in_range(item.written_on) ||
      (item.published_on && !in_range(*item.published_on))) {
    return Error::InvalidArgument("公开条目 " + std::to_string(item.id) +
                                  " 的编号或日期超出检索索引的范围（年份 0–9999）");
  }
  Result<std::vector<SqlRow>> written =
      db_->dialect() == Dialect::kSqlite
          ? db_->Query("INSERT INTO publication_search (rowid, title, body) VALUES ($1, $2, $3)",
                       {SearchKey(item), item.title, BodyOf(item)})
          : db_->Query(
                "INSERT INTO publication_search (publication_id, terms) "
                "VALUES ($1, $2::tsvector) ON CONFLICT (publication_id) "
                "DO UPDATE SET terms = excluded.terms",
                {item.id, TsVector(search::DocumentTerms(item.title + " " + BodyOf(item)))});
  if (!written) return written.error();
  return {};
}

Result<void> LedgerStore::ReindexPublication(const core::Publication& before,
                                             const core::Publication& after) {
  // PostgreSQL's terms do not depend on the item's state; its search orders by columns.
  if (db_->dialect() != Dialect::kSqlite || SearchKey(before) == SearchKey(after)) return {};
  Result<std::vector<SqlRow>> removed =
      db_->Query("DELETE FROM publication_search WHERE rowid = $1", {SearchKey(before)});
  if (!removed) return removed.error();
  return IndexPublication(after);
}

Result<void> LedgerStore::IndexApplication(core::ApplicationId id, const std::string& request) {
  Result<std::vector<SqlRow>> written =
      db_->dialect() == Dialect::kSqlite
          ? db_->Query("INSERT OR REPLACE INTO application_search (rowid, request) VALUES ($1, $2)",
                       {id, request})
          : db_->Query(
                "INSERT INTO application_search (application_id, terms) "
                "VALUES ($1, $2::tsvector) ON CONFLICT (application_id) "
                "DO UPDATE SET terms = excluded.terms",
                {id, TsVector(search::DocumentTerms(request))});
  if (!written) return written.error();
  return {};
}

std::string LedgerStore::RegisterMatch(const std::vector<search::Term>& terms,
                                       std::vector<SqlValue>& values) const {
  values.emplace_back(MatchExpression(terms, db_->dialect()));
  const std::string parameter = "$" + std::to_string(values.size());
  return db_->dialect() == Dialect::kSqlite
             ? "id IN (SELECT rowid FROM application_search WHERE application_search MATCH " +
                   parameter + ")"
             : "id IN (SELECT application_id FROM application_search WHERE terms @@ " + parameter +
                   "::tsquery)";
}

Result<std::int64_t> LedgerStore::ReindexSearch() {
  return Write<std::int64_t>([&]() -> Result<std::int64_t> {
    for (const char* table : {"publication_search", "application_search"}) {
      if (Result<std::vector<SqlRow>> cleared = db_->Query("DELETE FROM " + std::string(table));
          !cleared) {
        return cleared.error();
      }
    }
    Result<std::vector<SqlRow>> rows =
        db_->Query("SELECT " + std::string(kPublicationColumns) + " FROM publications");
    if (!rows) return rows.error();
    for (const SqlRow& row : *rows) {
      GONGKAI_ASSIGN_OR_RETURN(core::Publication item, DecodePublication(row));
      GONGKAI_RETURN_IF_ERROR(IndexPublication(item));
    }
    Result<std::vector<SqlRow>> requests = db_->Query("SELECT id, request FROM applications");
    if (!requests) return requests.error();
    for (const SqlRow& row : *requests) {
      GONGKAI_RETURN_IF_ERROR(
          IndexApplication(std::stoll(row[0].value_or("0")), row[1].value_or("")));
    }
    return static_cast<std::int64_t>(rows->size() + requests->size());
  });
}

namespace {

// The catalogue search's FROM … WHERE … (with its parameters), shared by the candidates and their
// count. `joined`: a condition reads the publications table (always on PostgreSQL); without
// one SQLite counts from the full-text index alone.
struct SearchStatement {
  std::string from;
  std::string where;
  std::vector<SqlValue> values;
  bool joined = false;

  void Condition(const std::string& column_is, SqlValue value) {
    values.push_back(std::move(value));
    where += " AND " + column_is + " $" + std::to_string(values.size());
  }
};

// Published-only and year on SQLite: the range of search keys they allow.
void KeyRange(const CatalogueSearch& search, SearchStatement& statement) {
  std::int64_t lowest = search.public_only ? kPublishedBit : 0;
  std::int64_t highest = std::numeric_limits<std::int64_t>::max();
  if (search.year) {
    lowest = SearchKeyOf(true, *Date::FromCivil(*search.year, 1, 1), 0);
    highest = SearchKeyOf(true, *Date::FromCivil(*search.year, 12, 31), kIdMask);
  }
  if (lowest > 0) statement.Condition("publication_search.rowid >=", lowest);
  if (highest < std::numeric_limits<std::int64_t>::max()) {
    statement.Condition("publication_search.rowid <=", highest);
  }
}

SearchStatement StatementFor(const CatalogueSearch& search, const std::vector<search::Term>& terms,
                             Dialect dialect) {
  const bool sqlite = dialect == Dialect::kSqlite;
  SearchStatement statement;
  statement.from = sqlite ? " FROM publication_search JOIN publications p ON p.id = "
                            "(publication_search.rowid & " +
                                std::to_string(kIdMask) + ")"
                          : " FROM publication_search s JOIN publications p "
                            "ON p.id = s.publication_id";
  statement.where = sqlite ? "publication_search MATCH $1" : "s.terms @@ $1::tsquery";
  statement.values.emplace_back(MatchExpression(terms, dialect));
  statement.joined = !sqlite;
  if (sqlite) {
    KeyRange(search, statement);
  } else {
    if (search.year) {
      // Stored dates are "YYYY-MM-DD" (Date::ToString), zero-padded for years before 1000.
      statement.Condition("p.published_on >=", Date::FromCivil(*search.year, 1, 1)->ToString());
      statement.Condition("p.published_on <=", Date::FromCivil(*search.year, 12, 31)->ToString());
    }
    if (search.public_only) statement.where += " AND p.published_on IS NOT NULL";
  }
  if (search.org) {
    statement.Condition("p.org_id =", *search.org);
    statement.joined = true;
  }
  if (!search.category.empty()) {
    statement.Condition("p.category =", search.category);
    statement.joined = true;
  }
  if (search.in_force) {
    statement.where +=
        *search.in_force ? " AND p.repealed_on IS NULL" : " AND p.repealed_on IS NOT NULL";
    statement.joined = true;
  }
  return statement;
}

// kPublicationColumns of the table named `p`.
const std::string& JoinedPublicationColumns() {
  static const std::string kColumns = [] {
    std::string columns;
    for (std::string_view rest = kPublicationColumns; !rest.empty();) {
      const std::size_t comma = rest.find(", ");
      columns += (columns.empty() ? "p." : ", p.") + std::string(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 2);
    }
    return columns;
  }();
  return kColumns;
}

}  // namespace

Result<CatalogueHits> LedgerStore::SearchCatalogue(const CatalogueSearch& search) {
  const std::vector<search::Term> terms = search::QueryTerms(search.text);
  if (terms.empty()) return Error::InvalidArgument("q：请输入要检索的词（汉字、字母或数字）");
  if (search.limit < 1 || search.limit > 100) return Error::InvalidArgument("limit：应为 1–100");
  if (search.offset < 0) return Error::InvalidArgument("offset：不能为负数");
  if (search.year && (*search.year < 0 || *search.year > 9999)) {
    return Error::InvalidArgument("year：年份应为 0–9999");
  }
  const SearchStatement statement = StatementFor(search, terms, db_->dialect());
  // The first candidates in the search order; one more tells whether there are others to count.
  const std::string order =
      db_->dialect() == Dialect::kSqlite
          ? " ORDER BY publication_search.rowid DESC"
          : " ORDER BY p.published_on IS NULL, COALESCE(p.published_on, p.written_on) DESC, "
            "p.id DESC";
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT " + JoinedPublicationColumns() + statement.from + " WHERE " +
                     statement.where + order + " LIMIT " + std::to_string(kMaxSearchCandidates + 1),
                 statement.values);
  if (!rows) return rows.error();
  CatalogueHits result;
  result.total = static_cast<std::int64_t>(rows->size());
  std::vector<CatalogueHit> ranked;
  ranked.reserve(rows->size());
  for (const SqlRow& row : *rows) {
    if (ranked.size() == static_cast<std::size_t>(kMaxSearchCandidates)) break;
    GONGKAI_ASSIGN_OR_RETURN(core::Publication item, DecodePublication(row));
    const std::string body = BodyOf(item);
    double score = search::Relevance(terms, item.title, body);
    ranked.push_back({std::move(item), score, {}, {}});
  }
  if (result.total > kMaxSearchCandidates) {
    // More matches than are ranked: count them all, from the index alone when it can.
    Result<std::vector<SqlRow>> counted = db_->Query(
        "SELECT COUNT(*)" +
            (statement.joined ? statement.from : std::string(" FROM publication_search")) +
            " WHERE " + statement.where,
        statement.values);
    if (!counted) return counted.error();
    result.total = std::stoll(counted->front()[0].value_or("0"));
  }
  // Best first; ties keep the search order of the candidates.
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const CatalogueHit& a, const CatalogueHit& b) { return a.score > b.score; });
  const auto first = std::min(ranked.size(), static_cast<std::size_t>(search.offset));
  const auto last = std::min(ranked.size(), first + static_cast<std::size_t>(search.limit));
  for (std::size_t i = first; i < last; ++i) {
    CatalogueHit& hit = ranked[i];
    hit.title_html = search::SnippetHtml(terms, hit.item.title, 200);
    hit.snippet_html = search::SnippetHtml(terms, BodyOf(hit.item), 60);
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace gongkai::store::detail
