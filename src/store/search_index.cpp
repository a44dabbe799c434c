// The catalogue's full-text index and its search. Both dialects hold the same terms
// (search::DocumentTerms): SQLite in an FTS5 table whose tokenizer makes them
// (sqlite_search_tokenizer.cpp), PostgreSQL as a tsvector this file writes. A search finds the
// items holding every query term, newest first, up to kMaxSearchCandidates; search::Relevance
// orders them, so that both dialects give the same results in the same order.
#include <algorithm>

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
  Result<std::vector<SqlRow>> written =
      db_->dialect() == Dialect::kSqlite
          ? db_->Query(
                "INSERT OR REPLACE INTO publication_search (rowid, title, body) "
                "VALUES ($1, $2, $3)",
                {item.id, item.title, BodyOf(item)})
          : db_->Query(
                "INSERT INTO publication_search (publication_id, terms) "
                "VALUES ($1, $2::tsvector) ON CONFLICT (publication_id) "
                "DO UPDATE SET terms = excluded.terms",
                {item.id, TsVector(search::DocumentTerms(item.title + " " + BodyOf(item)))});
  if (!written) return written.error();
  return {};
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

Result<CatalogueHits> LedgerStore::SearchCatalogue(const CatalogueSearch& search) {
  const std::vector<search::Term> terms = search::QueryTerms(search.text);
  if (terms.empty()) return Error::InvalidArgument("q：请输入要检索的词（汉字、字母或数字）");
  if (search.limit < 1 || search.limit > 100) return Error::InvalidArgument("limit：应为 1–100");
  if (search.offset < 0) return Error::InvalidArgument("offset：不能为负数");

  const bool sqlite = db_->dialect() == Dialect::kSqlite;
  std::string sql =
      "SELECT " + std::string(kPublicationColumns) + " FROM publications WHERE id IN (";
  sql += sqlite ? "SELECT rowid FROM publication_search WHERE publication_search MATCH $1)"
                : "SELECT publication_id FROM publication_search WHERE terms @@ $1::tsquery)";
  std::vector<SqlValue> values{MatchExpression(terms, db_->dialect())};
  auto where = [&](const std::string& condition, SqlValue value) {
    values.push_back(std::move(value));
    sql += " AND " + condition + " $" + std::to_string(values.size());
  };
  if (search.org) where("org_id =", *search.org);
  if (search.year) {
    where("published_on >=", std::to_string(*search.year) + "-01-01");
    where("published_on <=", std::to_string(*search.year) + "-12-31");
  }
  if (!search.category.empty()) where("category =", search.category);
  if (search.public_only) sql += " AND published_on IS NOT NULL";
  if (search.in_force)
    sql += *search.in_force ? " AND repealed_on IS NULL" : " AND repealed_on IS NOT NULL";
  // The newest candidates; COALESCE puts unpublished items by the date they were written.
  sql += " ORDER BY COALESCE(published_on, written_on) DESC, id DESC LIMIT " +
         std::to_string(kMaxSearchCandidates + 1);

  Result<std::vector<SqlRow>> rows = db_->Query(sql, values);
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
    // More matches than are ranked: count them all.
    std::string count = "SELECT COUNT(*) FROM (" + sql.substr(0, sql.find(" ORDER BY")) + ") AS m";
    Result<std::vector<SqlRow>> counted = db_->Query(count, values);
    if (!counted) return counted.error();
    result.total = std::stoll(counted->front()[0].value_or("0"));
  }
  // Best first; ties keep the newest-first order of the candidates.
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
