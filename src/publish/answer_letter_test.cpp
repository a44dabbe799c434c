// Answer letters for every outcome from the shipped templates (data/letters/): the article cited
// (core::LegalBasis), the remedy notice (行政复议法 Art. 23 ¶1(四) from 2024), the officer's
// reason where the outcome needs one, and clear errors for broken templates or facts.
#include "publish/answer_letter.hpp"

#include <gtest/gtest.h>

#include "core/remedy.hpp"
#include "publish/docx_writer.hpp"
#include "publish/pdf_writer.hpp"
#include "report/docx_text.hpp"
#include "report/pdf_text.hpp"

namespace gongkai::publish {
namespace {

const LetterTemplates& Shipped() {
  static const LetterTemplates kTemplates = [] {
    Result<LetterTemplates> loaded =
        LetterTemplates::Load(std::string(GONGKAI_DATA_DIR) + "/letters");
    EXPECT_TRUE(loaded.has_value()) << loaded.error().message;
    return loaded.has_value() ? *loaded : LetterTemplates{};
  }();
  return kTemplates;
}

LetterFacts Facts(core::Outcome outcome) {
  LetterFacts facts;
  facts.agency = "解放区工业和信息化局";
  facts.applicant = "张三";
  facts.number = "解工信公开〔2024〕3号";
  facts.received_on = Date::FromCivil(2024, 3, 1).value();
  facts.answered_on = Date::FromCivil(2024, 3, 20).value();
  facts.request = "2023年工业企业技术改造专项资金分配结果";
  facts.outcome = outcome;
  facts.reason = "涉及企业商业秘密";
  return facts;
}

std::string AllText(const Document& document) {
  std::string all;
  for (const Block& block : document.blocks) all += block.text + "\n";
  return all;
}

TEST(AnswerLetter, EveryOutcomeHasALetterCitingItsBasisWithTheRemedyNotice) {
  for (core::Outcome outcome : core::kAllOutcomes) {
    Result<Document> letter = Shipped().Letter(Facts(outcome));
    ASSERT_TRUE(letter.has_value()) << core::ToString(outcome) << ": " << letter.error().message;
    const std::string text = AllText(*letter);
    EXPECT_NE(text.find("政府信息公开申请答复告知书"), std::string::npos);
    EXPECT_NE(text.find("张三："), std::string::npos);
    EXPECT_NE(text.find("2024年3月1日"), std::string::npos);
    EXPECT_NE(text.find("2024年3月20日"), std::string::npos);
    EXPECT_NE(text.find("解工信公开〔2024〕3号"), std::string::npos);
    EXPECT_EQ(text.find("{{"), std::string::npos) << core::ToString(outcome);
    // The article the answer rests on (条例 as its full name), where one is known.
    if (!core::LegalBasis(outcome).empty()) {
      EXPECT_NE(text.find(CitedBasis(outcome)), std::string::npos) << core::ToString(outcome);
    }
    EXPECT_NE(text.find(core::RemedyFor(outcome, Facts(outcome).answered_on).text),
              std::string::npos);
  }
}

// 行政复议法 (2023) Art. 23 ¶1(四): refusals answered from 2024 must say reconsideration comes
// first; before 2024, and for other answers, either remedy may be chosen.
TEST(AnswerLetter, RefusalsFrom2024SayReconsiderationComesFirst) {
  LetterFacts refused = Facts(core::Outcome::kWithheldStateSecret);
  std::string text = AllText(*Shipped().Letter(refused));
  EXPECT_NE(text.find("应当先依法申请行政复议"), std::string::npos);
  EXPECT_NE(text.find("《中华人民共和国政府信息公开条例》第十四条"), std::string::npos);

  refused.received_on = Date::FromCivil(2023, 12, 1).value();
  refused.answered_on = Date::FromCivil(2023, 12, 20).value();
  text = AllText(*Shipped().Letter(refused));
  EXPECT_EQ(text.find("应当先依法申请行政复议"), std::string::npos);

  text = AllText(*Shipped().Letter(Facts(core::Outcome::kDisclosed)));
  EXPECT_EQ(text.find("应当先依法申请行政复议"), std::string::npos);
  EXPECT_NE(text.find("六个月内"), std::string::npos);
}

TEST(AnswerLetter, AnOutcomeThatNeedsAReasonRefusesALetterWithoutOne) {
  LetterFacts facts = Facts(core::Outcome::kPartiallyDisclosed);
  facts.reason = "  ";
  Result<Document> letter = Shipped().Letter(facts);
  ASSERT_FALSE(letter.has_value());
  EXPECT_EQ(letter.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(letter.error().message.find("reason"), std::string::npos);
  // Outcomes whose text needs no reason do not ask for one.
  facts.outcome = core::Outcome::kWithheldStateSecret;
  EXPECT_TRUE(Shipped().Letter(facts).has_value());
}

TEST(AnswerLetter, ImpossibleFactsAreRefused) {
  LetterFacts facts = Facts(core::Outcome::kDisclosed);
  facts.answered_on = Date::FromCivil(2024, 2, 1).value();
  Result<Document> letter = Shipped().Letter(facts);
  ASSERT_FALSE(letter.has_value());
  EXPECT_NE(letter.error().message.find("早于"), std::string::npos);
  facts = Facts(core::Outcome::kDisclosed);
  facts.applicant.clear();
  EXPECT_FALSE(Shipped().Letter(facts).has_value());
}

TEST(AnswerLetter, AMissingNumberLeavesOutItsLine) {
  LetterFacts facts = Facts(core::Outcome::kDisclosed);
  facts.number.clear();
  Result<Document> letter = Shipped().Letter(facts);
  ASSERT_TRUE(letter.has_value());
  for (const Block& block : letter->blocks) EXPECT_NE(block.kind, BlockKind::kSubtitle);
}

TEST(AnswerLetter, BrokenTemplatesAreNamedByFileAndLine) {
  std::array<std::string, core::kAllOutcomes.size()> decisions;
  decisions.fill("正文{{basis}}");
  constexpr std::string_view kFee = "标题：缴费通知书\n正文：{{amount}}元\n";
  Result<LetterTemplates> bad =
      LetterTemplates::Parse("标题：告知书\n\n备注：x\n", decisions, kFee);
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("frame.txt:3"), std::string::npos);

  bad = LetterTemplates::Parse("标题：告知书\n正文：{{unknown}}\n", decisions, kFee);
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("{{unknown}}"), std::string::npos);

  bad = LetterTemplates::Parse("标题：告知书\n", decisions, "标题：缴费\n正文：{{answered}}\n");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("fee_notice.txt:2"), std::string::npos);

  decisions[2] = "# only a comment\n";
  bad = LetterTemplates::Parse("标题：告知书\n", decisions, kFee);
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("withheld_state_secret.txt"), std::string::npos);

  Result<LetterTemplates> missing = LetterTemplates::Load("/nonexistent-letters");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kFailedPrecondition);
}

// An outcome with no article to cite (确认或重新出具, law-and-format.md §3.9) cannot use a
// template that cites one.
TEST(AnswerLetter, ATemplateCitingAnArticleTheOutcomeLacksIsATemplateError) {
  std::array<std::string, core::kAllOutcomes.size()> decisions;
  decisions.fill("根据{{basis}}的规定。");
  Result<LetterTemplates> templates = LetterTemplates::Parse(
      "标题：告知书\n抬头：{{applicant}}：\n正文：{{decision}}\n", decisions, "标题：缴费\n");
  ASSERT_TRUE(templates.has_value());
  Result<Document> letter = templates->Letter(Facts(core::Outcome::kNotProcessedConfirmation));
  ASSERT_FALSE(letter.has_value());
  EXPECT_EQ(letter.error().code, ErrorCode::kFailedPrecondition);
}

TEST(AnswerLetter, WrittenAsDocxAndPdf) {
  Result<Document> letter = Shipped().Letter(Facts(core::Outcome::kWithheldThirdPartyRights));
  ASSERT_TRUE(letter.has_value());
  Result<std::string> docx = WriteDocx(*letter);
  Result<std::string> pdf = WritePdf(*letter);
  ASSERT_TRUE(docx.has_value() && pdf.has_value());
  // Our own readers extract the text of both: the letter's words are there.
  Result<report::LayoutText> docx_text = report::DocxToLayout(*docx);
  Result<std::string> pdf_text = report::PdfToText(*pdf);
  ASSERT_TRUE(docx_text.has_value() && pdf_text.has_value());
  for (const std::string* text : {&docx_text->text, &*pdf_text}) {
    std::string compact;
    for (char c : *text) {
      if (c != ' ' && c != '\n' && c != '\t' && c != '\f') compact += c;
    }
    EXPECT_NE(compact.find("政府信息公开申请答复告知书"), std::string::npos);
    EXPECT_NE(compact.find("第十五条、第三十二条"), std::string::npos);
    EXPECT_NE(compact.find("应当先依法申请行政复议"), std::string::npos);
  }
}

FeeNoticeFacts FeeFacts() {
  FeeNoticeFacts facts;
  facts.agency = "解放区工业和信息化局";
  facts.applicant = "张三";
  facts.number = "解工信收费〔2024〕1号";
  facts.received_on = Date::FromCivil(2024, 3, 1).value();
  facts.notified_on = Date::FromCivil(2024, 3, 8).value();
  facts.request = "2023年工业企业技术改造专项资金分配结果";
  facts.amount = Money::FromFen(150'050);
  facts.payment = "通过非税收入缴款码 1234567890 缴纳";
  return facts;
}

// 国办函〔2020〕109号: the notice states the fee's basis (条例 Art. 42 and the 办法), its standard
// (the tariff the fees are computed by), the amount and how to pay; payment within 20 working
// days from the day after it is received, else the application is deemed abandoned.
TEST(FeeNotice, StatesBasisStandardAmountAndPayment) {
  Result<Document> notice = Shipped().FeeNotice(FeeFacts());
  ASSERT_TRUE(notice.has_value()) << notice.error().message;
  const std::string text = AllText(*notice);
  for (const std::string& expected :
       {std::string("信息处理费缴费通知书"), std::string("解工信收费〔2024〕1号"),
        std::string("张三："), std::string("2024年3月1日"), std::string("第四十二条"),
        std::string("国办函〔2020〕109号"), core::TariffText(), std::string("人民币1500.50元"),
        std::string("非税收入缴款码 1234567890"), std::string("收到本通知次日起20个工作日内"),
        std::string("视为放弃申请"), std::string("2024年3月8日")}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(text.find("{{"), std::string::npos);
  EXPECT_EQ(notice->date, "2024-03-08");
  FeeNoticeFacts unnumbered = FeeFacts();
  unnumbered.number.clear();
  Result<Document> without_number = Shipped().FeeNotice(unnumbered);
  ASSERT_TRUE(without_number.has_value());
  for (const Block& block : without_number->blocks) EXPECT_NE(block.kind, BlockKind::kSubtitle);
}

// Charged by pages (109号 Art. 3: one standard per application): the notice states that standard
// and the count, not the other.
TEST(FeeNotice, AFeeByPagesStatesThatStandardAndTheCount) {
  FeeNoticeFacts facts = FeeFacts();
  facts.basis = core::FeeBasis::kPerPage;
  facts.units = 150;
  facts.amount = *core::FeeFor(core::FeeBasis::kPerPage, 150);
  Result<Document> notice = Shipped().FeeNotice(facts);
  ASSERT_TRUE(notice.has_value()) << notice.error().message;
  const std::string text = AllText(*notice);
  EXPECT_NE(text.find(core::TariffText({}, core::FeeBasis::kPerPage)), std::string::npos);
  EXPECT_EQ(text.find("按件计收的"), std::string::npos);
  EXPECT_NE(text.find("本申请按量计收，获取信息共150页，应缴纳信息处理费人民币1700元"),
            std::string::npos);
}

TEST(FeeNotice, RefusesANoticeWithoutPaymentMethodOrAmount) {
  FeeNoticeFacts facts = FeeFacts();
  facts.payment = " ";
  EXPECT_NE(Shipped().FeeNotice(facts).error().message.find("payment"), std::string::npos);
  facts = FeeFacts();
  facts.amount = Money();
  EXPECT_NE(Shipped().FeeNotice(facts).error().message.find("amount"), std::string::npos);
  facts = FeeFacts();
  facts.notified_on = Date::FromCivil(2024, 2, 1).value();
  EXPECT_NE(Shipped().FeeNotice(facts).error().message.find("早于"), std::string::npos);
}

TEST(FeeNotice, WrittenAsDocxAndPdf) {
  Result<Document> notice = Shipped().FeeNotice(FeeFacts());
  ASSERT_TRUE(notice.has_value());
  Result<std::string> pdf = WritePdf(*notice);
  Result<std::string> docx = WriteDocx(*notice);
  ASSERT_TRUE(pdf.has_value() && docx.has_value());
  Result<std::string> pdf_text = report::PdfToText(*pdf);
  ASSERT_TRUE(pdf_text.has_value());
  std::string compact;
  for (char c : *pdf_text) {
    if (c != ' ' && c != '\n') compact += c;
  }
  EXPECT_NE(compact.find("人民币1500.50元"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::publish
