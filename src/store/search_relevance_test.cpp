// The relevance of the catalogue search, measured on the test set of tests/data/search/ (519
// catalogue items, 55 queries with the items a person would want, made by
// scripts/make-search-testset.py): precision of the first five hits and recall of all hits,
// on SQLite, and the same hits in the same order on PostgreSQL when a server is available.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "base/text.hpp"
#include "store/testing.hpp"

namespace gongkai::store {
namespace {

std::vector<std::vector<std::string>> ReadTsv(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_TEST_DATA_DIR) + "/search/" + name);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    for (std::string_view field : text::Split(line, '\t')) fields.emplace_back(field);
    rows.push_back(std::move(fields));
  }
  return rows;
}

struct Loaded {
  std::unique_ptr<Store> store;
  std::map<core::PublicationId, std::string> key_of;
};

Loaded Load(const std::string& backend) {
  Loaded loaded;
  Result<std::unique_ptr<Store>> opened =
      OpenStore(testing::FreshDatabaseUrl(backend), core::testing::NationalCalendar());
  EXPECT_TRUE(opened.has_value());
  if (!opened) return loaded;
  loaded.store = std::move(*opened);
  std::map<std::string, core::OrgId> orgs;
  Result<void> done = loaded.store->Batch([&]() -> Result<void> {
    for (const std::vector<std::string>& row : ReadTsv("items.tsv")) {
      const std::string org_name = "解放区" + row[1];
      if (!orgs.contains(org_name)) {
        GONGKAI_ASSIGN_OR_RETURN(
            orgs[org_name],
            loaded.store->AddOrganisation({0, org_name, std::nullopt, core::OrgKind::kDepartment}));
      }
      core::Publication item;
      item.org = orgs[org_name];
      item.title = row[2];
      item.document_number = row[3];
      item.category = row[4];
      item.publisher = org_name;
      item.written_on = *Date::Parse(row[5]);
      GONGKAI_ASSIGN_OR_RETURN(core::PublicationId id, loaded.store->AddPublication(item));
      loaded.key_of[id] = row[0];
      for (core::PublicationStep step :
           {core::PublicationStep::kSubmit, core::PublicationStep::kApproveContent,
            core::PublicationStep::kApproveSecrecy, core::PublicationStep::kPublish}) {
        GONGKAI_RETURN_IF_ERROR(
            loaded.store->RecordPublicationStep(id, {step, item.written_on, "公开办", ""}));
      }
    }
    return {};
  });
  EXPECT_TRUE(done.has_value()) << done.error().message;
  return loaded;
}

// Every hit of `query`, best first, as item keys.
std::vector<std::string> AllHits(Loaded& loaded, const std::string& query) {
  std::vector<std::string> keys;
  CatalogueSearch search;
  search.text = query;
  search.limit = 100;
  for (;;) {
    Result<CatalogueHits> found = loaded.store->SearchCatalogue(search);
    EXPECT_TRUE(found.has_value()) << query;
    if (!found) return keys;
    for (const CatalogueHit& hit : found->hits) keys.push_back(loaded.key_of[hit.item.id]);
    search.offset += search.limit;
    if (found->hits.empty() || search.offset >= found->total) return keys;
  }
}

TEST(SearchRelevance, PrecisionAtFiveAndRecallOnTheTestSet) {
  Loaded sqlite = Load("sqlite");
  ASSERT_TRUE(sqlite.store);
  std::optional<Loaded> postgres;
  if (!testing::PostgresBaseUrl().empty()) postgres = Load("postgres");

  double precision_sum = 0;
  double recall_sum = 0;
  int queries = 0;
  std::ostringstream misses;
  for (const std::vector<std::string>& row : ReadTsv("queries.tsv")) {
    const std::string& query = row[0];
    std::set<std::string> relevant;
    if (row[1] != "-") {
      for (std::string_view key : text::Split(row[1], ' ')) relevant.emplace(key);
    }
    const std::vector<std::string> hits = AllHits(sqlite, query);
    if (postgres) {
      EXPECT_EQ(AllHits(*postgres, query), hits) << "PostgreSQL differs for " << query;
    }
    double precision = 1;
    double recall = 1;
    if (relevant.empty()) {
      precision = recall = hits.empty() ? 1 : 0;
    } else {
      const std::size_t top = std::min<std::size_t>(5, relevant.size());
      std::size_t good_top = 0;
      for (std::size_t i = 0; i < std::min(top, hits.size()); ++i)
        good_top += relevant.count(hits[i]);
      std::size_t found = 0;
      for (const std::string& key : hits) found += relevant.count(key);
      precision = static_cast<double>(good_top) / static_cast<double>(top);
      recall = static_cast<double>(found) / static_cast<double>(relevant.size());
    }
    if (precision < 1 || recall < 1) {
      misses << "  " << query << "（" << row[2] << "）：P@5 " << precision << "，召回 " << recall
             << "，命中 " << hits.size() << " 条，相关 " << relevant.size() << " 条\n";
    }
    precision_sum += precision;
    recall_sum += recall;
    ++queries;
  }
  ASSERT_GE(queries, 50);
  const double precision = precision_sum / queries;
  const double recall = recall_sum / queries;
  std::cout << "检索相关性：" << queries << " 个检索词，平均 P@5 = " << precision
            << "，平均召回率 = " << recall << "\n"
            << misses.str();
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.98);
}

}  // namespace
}  // namespace gongkai::store
