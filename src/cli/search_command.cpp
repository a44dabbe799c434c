#include "cli/search_command.hpp"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/store_opening.hpp"

namespace gongkai::cli {
namespace {

struct SearchOptions {
  std::string db = kDefaultDatabase;
  std::vector<std::string> words;
  std::string org;
  std::optional<int> year;
  std::string category;
  bool all = false;
  int limit = 20;
  int offset = 0;
  bool json = false;
  CalendarOptions calendar;
};

// <mark>…</mark> as 【…】 for a terminal, entities decoded.
std::string PlainSnippet(std::string html) {
  for (auto [from, to] : {std::pair{"<mark>", "【"}, std::pair{"</mark>", "】"},
                          std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"}, std::pair{"&quot;", "\""},
                          std::pair{"&#39;", "'"}, std::pair{"&amp;", "&"}}) {
    const std::string_view needle(from);
    for (std::size_t at = html.find(needle); at != std::string::npos;
         at = html.find(needle, at + std::string_view(to).size())) {
      html.replace(at, needle.size(), to);
    }
  }
  return html;
}

ExitCode RunSearch(const SearchOptions& o) {
  Result<OpenedStore> opened = OpenLedger(o.db, o.calendar);
  if (!opened) return Fail(opened.error());
  store::CatalogueSearch search;
  for (const std::string& word : o.words) search.text += (search.text.empty() ? "" : " ") + word;
  if (!o.org.empty()) {
    Result<core::Organisation> org = opened->store->FindOrganisation(o.org);
    if (!org) return Fail(org.error());
    search.org = org->id;
  }
  search.year = o.year;
  search.category = o.category;
  search.public_only = !o.all;
  search.limit = o.limit;
  search.offset = o.offset;
  Result<store::CatalogueHits> found = opened->store->SearchCatalogue(search);
  if (!found) return Fail(found.error());
  Result<std::vector<core::Organisation>> orgs = opened->store->ListOrganisations();
  auto org_name = [&](core::OrgId id) {
    if (orgs) {
      for (const core::Organisation& org : *orgs) {
        if (org.id == id) return org.name;
      }
    }
    return std::to_string(id);
  };
  if (o.json) {
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const store::CatalogueHit& hit : found->hits) {
      hits.push_back({{"id", hit.item.id},
                      {"title", hit.item.title},
                      {"org", org_name(hit.item.org)},
                      {"org_id", hit.item.org},
                      {"document_number", hit.item.document_number},
                      {"published_on",
                       hit.item.published_on ? hit.item.published_on->ToString() : std::string()},
                      {"validity", hit.item.Validity()},
                      {"snippet", hit.snippet_html},
                      {"title_html", hit.title_html},
                      {"score", hit.score}});
    }
    std::cout << hits.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return ExitCode::kOk;
  }
  std::cout << "共 " << found->total << " 条";
  if (!found->hits.empty()) {
    std::cout << "，第 " << o.offset + 1 << "–" << o.offset + static_cast<int>(found->hits.size())
              << " 条";
  }
  std::cout << "\n";
  for (const store::CatalogueHit& hit : found->hits) {
    std::cout << "\n" << PlainSnippet(hit.title_html) << "\n  " << org_name(hit.item.org);
    if (!hit.item.document_number.empty()) std::cout << "  " << hit.item.document_number;
    if (hit.item.published_on) std::cout << "  " << hit.item.published_on->ToString();
    std::cout << "  " << hit.item.Validity() << "\n";
  }
  return ExitCode::kOk;
}

ExitCode RunReindex(const SearchOptions& o) {
  Result<OpenedStore> opened = OpenLedger(o.db, o.calendar);
  if (!opened) return Fail(opened.error());
  Result<std::int64_t> indexed = opened->store->ReindexSearch();
  if (!indexed) return Fail(indexed.error());
  std::cerr << "已重建全文检索索引：公开目录 " << *indexed << " 条\n";
  return ExitCode::kOk;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddSearchCommand(CLI::App& app) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* command = app.add_subcommand(
      "search", "检索政府信息公开目录（中文全文检索：两字词、文号、繁简体、全半角均可）");
  command->add_option("QUERY", o->words, "检索词");
  command->add_option("--db", o->db, "数据库：sqlite:文件路径 或 postgresql://…")
      ->default_str(kDefaultDatabase);
  command->add_option("--org", o->org, "只检索此机关（编号或名称）");
  command->add_option("--year", o->year, "公开年份");
  command->add_option("--category", o->category, "目录分类");
  command->add_flag("--all", o->all, "包括未公开的条目（草稿、审核中）");
  command->add_option("--limit", o->limit, "每页条数（1–100）")->check(CLI::Range(1, 100));
  command->add_option("--offset", o->offset, "从第几条之后开始")->check(CLI::NonNegativeNumber);
  command->add_flag("--json", o->json, "输出 JSON：title、org、snippet、score 等");
  AddCalendarOptions(*command, o->calendar);
  CLI::App* reindex = command->add_subcommand("reindex", "从公开目录重建全文检索索引");
  reindex->add_option("--db", o->db, "数据库")->default_str(kDefaultDatabase);
  return [o, command, reindex]() -> std::optional<ExitCode> {
    if (reindex->parsed()) return RunReindex(*o);
    if (!command->parsed()) return std::nullopt;
    if (o->words.empty())
      return Fail(Error::InvalidArgument("请给出检索词，例如：gongkai search 预算"));
    return RunSearch(*o);
  };
}

}  // namespace gongkai::cli
