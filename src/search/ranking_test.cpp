#include "search/ranking.hpp"

#include <gtest/gtest.h>

namespace gongkai::search {
namespace {

TEST(SearchRanking, ATitleMatchOutranksABodyMatch) {
  const std::vector<Term> query = QueryTerms("预算");
  EXPECT_GT(Relevance(query, "2024年部门预算", "单位基本情况"),
            Relevance(query, "2024年部门工作报告", "其中预算执行情况良好"));
}

TEST(SearchRanking, AShortTitleOutranksALongOneAndNothingScoresZero) {
  const std::vector<Term> query = QueryTerms("预算");
  EXPECT_GT(Relevance(query, "部门预算", ""),
            Relevance(query, "解放区住房和城乡建设局关于2024年部门预算及三公经费的说明", ""));
  EXPECT_EQ(Relevance(query, "工作报告", "情况说明"), 0);
}

TEST(SearchRanking, SnippetsMarkTheMatchesAndEscapeTheText) {
  const std::vector<Term> query = QueryTerms("预算执行");
  EXPECT_EQ(SnippetHtml(query, "<b>2024年预算执行情况</b>"),
            "&lt;b&gt;2024年<mark>预算执行</mark>情况&lt;/b&gt;");
}

TEST(SearchRanking, LongTextIsCutAroundTheFirstMatch) {
  std::string text(300, 'x');
  text += "政府预算";
  text += std::string(300, 'y');
  const std::string snippet = SnippetHtml(QueryTerms("预算"), text, 40);
  EXPECT_EQ(snippet.rfind("…", 0), 0U);
  EXPECT_NE(snippet.find("<mark>预算</mark>"), std::string::npos);
  EXPECT_EQ(snippet.substr(snippet.size() - 3), "…");
}

}  // namespace
}  // namespace gongkai::search
