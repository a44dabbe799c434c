// The catalogue's full-text search on both backends: the same hits in the same order, filters,
// pagination, and an index that follows the catalogue in the same transaction.
#include <gtest/gtest.h>

#include "store/testing.hpp"

namespace gongkai::store {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

class SearchTest : public testing::BackendTest {
 protected:
  void SetUp() override {
    testing::BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    org_ = *store_->AddOrganisation({0, "某区财政局", std::nullopt, core::OrgKind::kDepartment});
    other_ = *store_->AddOrganisation({0, "某区教育局", std::nullopt, core::OrgKind::kDepartment});
    Add(org_, "2024年部门预算", "财政预决算", "2024-02-01", "某财〔2024〕1号");
    Add(org_, "关于2023年度预算执行情况的报告", "财政预决算", "2024-03-01", "某财〔2024〕2号");
    Add(org_, "政府采购意向公开", "政府采购", "2024-04-01", "");
    Add(org_, "2023年部门决算", "财政预决算", "2023-08-01", "某财〔2023〕9号");
    Add(other_, "2024年部门预算", "财政预决算", "2024-02-03", "某教〔2024〕1号");
    Add(org_, "预算草案（未公开）", "财政预决算", std::nullopt, "");
  }

  // A catalogue item, published on `published` unless nullopt.
  void Add(core::OrgId org, const char* title, const char* category,
           std::optional<const char*> published, const char* number) {
    core::Publication item;
    item.org = org;
    item.title = title;
    item.category = category;
    item.document_number = number;
    item.publisher = "某区财政局";
    item.written_on = D(published.value_or("2024-05-01"));
    Result<core::PublicationId> id = store_->AddPublication(item);
    ASSERT_TRUE(id.has_value()) << id.error().message;
    if (published) Publish(*id, *published);
  }

  // Takes the item through both reviews and publishes it on `date`.
  void Publish(core::PublicationId id, const char* date) {
    for (core::PublicationStep step :
         {core::PublicationStep::kSubmit, core::PublicationStep::kApproveContent,
          core::PublicationStep::kApproveSecrecy, core::PublicationStep::kPublish}) {
      ASSERT_TRUE(store_->RecordPublicationStep(id, {step, D(date), "甲", ""}));
    }
  }

  std::vector<std::string> Titles(const CatalogueSearch& search) {
    Result<CatalogueHits> found = store_->SearchCatalogue(search);
    EXPECT_TRUE(found.has_value()) << found.error().message;
    std::vector<std::string> titles;
    if (!found) return titles;
    for (const CatalogueHit& hit : found->hits) titles.push_back(hit.item.title);
    return titles;
  }

  static CatalogueSearch Query(std::string text) {
    CatalogueSearch search;
    search.text = std::move(text);
    return search;
  }

  core::OrgId org_ = 0;
  core::OrgId other_ = 0;
};

TEST_P(SearchTest, ATwoCharacterWordFindsPublishedItemsBestFirst) {
  // Short titles with the word rank first; newer first among equals; the draft is not public.
  EXPECT_EQ(Titles(Query("预算")), (std::vector<std::string>{"2024年部门预算", "2024年部门预算",
                                                             "关于2023年度预算执行情况的报告"}));
  CatalogueSearch workspace = Query("预算");
  workspace.public_only = false;
  workspace.org = org_;
  EXPECT_EQ(Titles(workspace).size(), 3U);  // the draft too, in the workspace
}

TEST_P(SearchTest, FiltersNarrowTheHits) {
  CatalogueSearch search = Query("预算");
  search.org = other_;
  EXPECT_EQ(Titles(search), std::vector<std::string>{"2024年部门预算"});
  search = Query("部门");
  search.year = 2023;
  EXPECT_EQ(Titles(search), std::vector<std::string>{"2023年部门决算"});
  search = Query("公开");
  search.category = "政府采购";
  EXPECT_EQ(Titles(search), std::vector<std::string>{"政府采购意向公开"});
}

// Among equally relevant items: published before drafts, then the newest date (published, else
// written) first, then the later entry; publishing moves an item to its place.
TEST_P(SearchTest, EqualMatchesKeepTheSearchOrder) {
  Add(org_, "统计公报", "统计信息", "2022-06-01", "");
  Add(org_, "统计公报", "统计信息", "2023-12-31", "");
  Add(org_, "统计公报", "统计信息", std::nullopt, "");  // written 2024-05-01, still a draft
  Add(org_, "统计公报", "统计信息", "2024-01-01", "");
  CatalogueSearch search = Query("统计公报");
  search.public_only = false;
  Result<CatalogueHits> found = store_->SearchCatalogue(search);
  ASSERT_TRUE(found.has_value()) << found.error().message;
  std::vector<std::string> dates;
  for (const CatalogueHit& hit : found->hits) {
    dates.push_back(hit.item.published_on ? hit.item.published_on->ToString() : "草稿");
  }
  EXPECT_EQ(dates, (std::vector<std::string>{"2024-01-01", "2023-12-31", "2022-06-01", "草稿"}));

  // The year filter follows the date of publication to the day.
  search.year = 2023;
  ASSERT_EQ(Titles(search).size(), 1U);
  EXPECT_EQ(store_->SearchCatalogue(search)->hits[0].item.published_on, D("2023-12-31"));
  search.year = 10000;
  EXPECT_EQ(store_->SearchCatalogue(search).error().code, ErrorCode::kInvalidArgument);

  // Publishing the draft (dated 2025) puts it first, in the public search too.
  const core::PublicationId draft = found->hits.back().item.id;
  Publish(draft, "2025-01-02");
  found = store_->SearchCatalogue(Query("统计公报"));
  ASSERT_TRUE(found.has_value());
  ASSERT_EQ(found->hits.size(), 4U);
  EXPECT_EQ(found->hits[0].item.id, draft);
  EXPECT_EQ(*store_->ReindexSearch(), 10);  // the rebuilt index holds each item once
  EXPECT_EQ(store_->SearchCatalogue(Query("统计公报"))->total, 4);
}

// More matches than are ranked: the newest kMaxSearchCandidates are ranked, all are counted,
// with and without a filter that needs the catalogue's columns.
TEST_P(SearchTest, MatchesBeyondTheCandidatesAreCounted) {
  ASSERT_TRUE(store_->Batch([&]() -> Result<void> {
    for (int i = 0; i < kMaxSearchCandidates + 7; ++i) {
      core::Publication item;
      item.org = i % 2 == 0 ? org_ : other_;
      item.title = "会议纪要第" + std::to_string(i) + "号";
      item.written_on = D("2020-01-01").AddDays(i);
      GONGKAI_RETURN_IF_ERROR(store_->AddPublication(item));
    }
    return {};
  }));
  CatalogueSearch search = Query("会议纪要");
  search.public_only = false;
  Result<CatalogueHits> found = store_->SearchCatalogue(search);
  ASSERT_TRUE(found.has_value()) << found.error().message;
  EXPECT_EQ(found->total, kMaxSearchCandidates + 7);
  EXPECT_EQ(found->hits.size(), 20U);
  search.org = other_;
  found = store_->SearchCatalogue(search);
  ASSERT_TRUE(found.has_value()) << found.error().message;
  EXPECT_EQ(found->total, (kMaxSearchCandidates + 7) / 2);
  search.org.reset();
  search.public_only = true;
  EXPECT_EQ(store_->SearchCatalogue(search)->total, 0);  // none is published
}

TEST_P(SearchTest, DocumentNumbersAndHighlightedSnippets) {
  Result<CatalogueHits> found = store_->SearchCatalogue(Query("某财[2024]2号"));
  ASSERT_TRUE(found.has_value());
  ASSERT_EQ(found->hits.size(), 1U);
  EXPECT_EQ(found->hits[0].item.title, "关于2023年度预算执行情况的报告");
  EXPECT_NE(found->hits[0].snippet_html.find("<mark>某财〔2024〕2号</mark>"), std::string::npos)
      << found->hits[0].snippet_html;
  found = store_->SearchCatalogue(Query("預算執行"));  // traditional characters
  ASSERT_TRUE(found.has_value());
  ASSERT_EQ(found->hits.size(), 1U);
  EXPECT_EQ(found->hits[0].title_html, "关于2023年度<mark>预算执行</mark>情况的报告");
}

TEST_P(SearchTest, PagesAndTotals) {
  CatalogueSearch search = Query("财政");  // 发布机构 of every item
  search.limit = 2;
  Result<CatalogueHits> first = store_->SearchCatalogue(search);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->total, 5);
  EXPECT_EQ(first->hits.size(), 2U);
  search.offset = 4;
  EXPECT_EQ(Titles(search).size(), 1U);
  EXPECT_EQ(store_->SearchCatalogue(Query("，。")).error().code, ErrorCode::kInvalidArgument);
  search.limit = 0;
  EXPECT_EQ(store_->SearchCatalogue(search).error().code, ErrorCode::kInvalidArgument);
}

TEST_P(SearchTest, AnIndexLostOrFromBeforeTheIndexIsRebuilt) {
  {
    Result<std::unique_ptr<detail::SqlConnection>> raw = testing::OpenRawConnection(url_);
    ASSERT_TRUE(raw.has_value());
    ASSERT_TRUE((*raw)->Query("DELETE FROM publication_search"));
  }
  EXPECT_TRUE(Titles(Query("预算")).empty());
  Result<std::unique_ptr<Store>> reopened = OpenStore(url_, core::testing::NationalCalendar());
  ASSERT_TRUE(reopened.has_value());
  store_ = std::move(*reopened);
  EXPECT_EQ(Titles(Query("预算")).size(), 3U);
  EXPECT_EQ(*store_->ReindexSearch(), 6);  // six catalogue items, no applications
}

// The register: the request text is searched (never the applicant), within one organisation,
// with the other filters; the index is written with the registration.
TEST_P(SearchTest, TheRegisterIsSearchedByItsRequests) {
  for (const char* request : {"2024年部门预算执行情况", "某小区旧改补偿协议", "2023年部门预算"}) {
    core::NewApplication application;
    application.org = org_;
    application.applicant = {core::ApplicantType::kNaturalPerson, "预算先生", "", "", ""};
    application.received = D("2024-03-01");
    application.request = request;
    ASSERT_TRUE(store_->RegisterApplication(application).has_value());
  }
  ApplicationFilter filter;
  filter.org = org_;
  filter.text = "部门預算";  // traditional 預
  Result<std::vector<ApplicationSummary>> found = store_->ListApplications(filter);
  ASSERT_TRUE(found.has_value()) << found.error().message;
  ASSERT_EQ(found->size(), 2U);
  EXPECT_NE((*found)[0].request_html.find("<mark>部门预算</mark>"), std::string::npos);
  filter.text = "先生";  // the applicant's name is not indexed
  EXPECT_TRUE(store_->ListApplications(filter)->empty());
  filter.text = "补偿";
  filter.org = other_;
  EXPECT_TRUE(store_->ListApplications(filter)->empty());
  filter.text = "。";
  EXPECT_EQ(store_->ListApplications(filter).error().code, ErrorCode::kInvalidArgument);
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchTest, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return param.param;
                         });

}  // namespace
}  // namespace gongkai::store
