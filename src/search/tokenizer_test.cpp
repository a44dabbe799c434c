// The terms of Chinese search: bigrams find two-character words anywhere, folding makes
// full-width, upper-case and traditional forms find the same, document numbers stay findable.
#include "search/tokenizer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace gongkai::search {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> Texts(const std::vector<Term>& terms) {
  std::vector<std::string> texts;
  texts.reserve(terms.size());
  for (const Term& term : terms) texts.push_back(term.text);
  return texts;
}

// Whether every term of the query is among the document's terms: what the index will answer.
bool Matches(std::string_view document, std::string_view query) {
  const std::vector<std::string> indexed = Texts(DocumentTerms(document));
  const std::vector<std::string> asked = Texts(QueryTerms(query));
  return !asked.empty() && std::all_of(asked.begin(), asked.end(), [&](const std::string& term) {
    return std::find(indexed.begin(), indexed.end(), term) != indexed.end();
  });
}

TEST(SearchTerms, DocumentsAreCutIntoCharactersAndBigrams) {
  EXPECT_THAT(Texts(DocumentTerms("年度预算")),
              ElementsAre("年", "年度", "度", "度预", "预", "预算", "算"));
}

TEST(SearchTerms, TwoCharacterWordsAreFoundInsideLongerText) {
  EXPECT_TRUE(Matches("解放区2024年度部门预算执行情况公开", "预算"));
  EXPECT_TRUE(Matches("解放区2024年度部门预算执行情况公开", "部门预算"));
  EXPECT_FALSE(Matches("解放区2024年度部门决算", "预算"));
}

TEST(SearchTerms, AQueryAsksOnlyForBigramsInsideItsWords) {
  // 政府 and 预算 are words: a document with 政府的预算 matches, 府预 is not asked for.
  EXPECT_THAT(Texts(QueryTerms("政府预算")), Not(Contains("府预")));
  EXPECT_TRUE(Matches("区政府的年度预算", "政府预算"));
}

TEST(SearchTerms, FullWidthUpperCaseAndTraditionalFormsAreFolded) {
  EXPECT_TRUE(Matches("ＢＩＭ技术应用指南（２０２４）", "bim 2024"));
  EXPECT_TRUE(Matches("BIM技术应用指南", "ｂｉｍ"));
  EXPECT_TRUE(Matches("政府预算公开", "政府預算"));  // traditional 預 = simplified 预
  EXPECT_TRUE(Matches("政府預算公開", "政府预算"));
}

TEST(SearchTerms, MixedChineseAndAsciiQueries) {
  EXPECT_TRUE(Matches("关于开展5G基站建设的通知", "5g基站"));
  EXPECT_TRUE(Matches("PM2.5 监测数据月报", "pm2"));
  EXPECT_FALSE(Matches("关于开展5G基站建设的通知", "4g基站"));
}

// 条例 Art. 20 catalogues list 文号; people copy them with whatever brackets their keyboard has.
TEST(SearchTerms, DocumentNumbersAreFoundWhateverTheBrackets) {
  const std::string title = "关于印发解工信〔2024〕3号文件的通知";
  EXPECT_TRUE(Matches(title, "解工信〔2024〕3号"));
  EXPECT_TRUE(Matches(title, "解工信[2024]3号"));
  EXPECT_TRUE(Matches(title, "解工信【2024】3号"));
  EXPECT_TRUE(Matches(title, "解工信（2024）003号"));
  EXPECT_FALSE(Matches(title, "解工信〔2024〕4号"));
  EXPECT_FALSE(Matches(title, "解住建〔2024〕3号"));
  EXPECT_THAT(Texts(QueryTerms("解工信〔2024〕3号")), Contains("解工信〔2024〕3号"));
}

TEST(SearchTerms, OffsetsPointIntoTheOriginalText) {
  const std::string text = "ＡＢ预算";
  std::vector<Term> terms = DocumentTerms(text);
  ASSERT_FALSE(terms.empty());
  EXPECT_EQ(terms.front().text, "ab");
  EXPECT_EQ(text.substr(terms.front().begin, terms.front().end - terms.front().begin), "ＡＢ");
  const Term& budget = terms[2];  // 预, 预算, 算 after ab
  EXPECT_EQ(budget.text, "预算");
  EXPECT_EQ(text.substr(budget.begin, budget.end - budget.begin), "预算");
}

TEST(SearchTerms, PunctuationAndBrokenBytesAreNoTerms) {
  EXPECT_TRUE(QueryTerms("，。！？ ").empty());
  EXPECT_THAT(Texts(DocumentTerms("预\xff算")), ElementsAre("预", "预算", "算"));
  EXPECT_TRUE(DocumentTerms("").empty());
}

}  // namespace
}  // namespace gongkai::search
