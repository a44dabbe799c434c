// The answer letter (政府信息公开申请答复告知书) for every outcome of table 三: the frame and one
// decision text per outcome, from editable templates (data/letters/), citing the outcome's legal
// basis (core::LegalBasis) and carrying the remedy notice (core::RemedyFor: 行政复议 first where
// 行政复议法 Art. 23 ¶1(四) requires it). The fee notice (信息处理费缴费通知书) likewise, from
// data/letters/fee_notice.txt. Each is a Document, written as DOCX or PDF.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "base/date.hpp"
#include "base/money.hpp"
#include "base/result.hpp"
#include "core/fee.hpp"
#include "core/outcome.hpp"
#include "publish/document.hpp"

namespace gongkai::publish {

// What the letter states. `reason` is the officer's own words where a decision text asks for
// them ({{reason}}: 部分公开, 法律行政法规禁止公开, 其他处理 3).
struct LetterFacts {
  std::string agency;     // the answering organ
  std::string applicant;  // 申请人姓名或者名称
  std::string number;     // 文号, e.g. "解工信公开〔2024〕3号"; may be empty
  Date received_on;       // 收到申请之日 (条例 Art. 31)
  Date answered_on;       // 答复之日
  std::string request;    // the information asked for (条例 Art. 29 ¶2 (二))
  core::Outcome outcome = core::Outcome::kDisclosed;
  std::string reason;
};

// What the fee notice states. 国办函〔2020〕109号: the notice names the fee's basis, standard,
// amount and how to pay it; the applicant pays within 20 working days from the day after
// receiving it, else the application is deemed abandoned (the template's wording).
struct FeeNoticeFacts {
  std::string agency;
  std::string applicant;
  std::string number;  // 文号; may be empty
  Date received_on;    // 收到申请之日
  Date notified_on;    // the notice's date
  std::string request;
  Money amount;                         // > 0
  std::optional<core::FeeBasis> basis;  // how `amount` was computed, when known
  int units = 0;                        // with `basis`: the month's n-th piece, or the pages
  std::string payment;  // 缴纳方式: the account or payment code and how to use it
  core::FeeTariff tariff;
};

// One template line: its kind (标题, 文号, 抬头, 正文, 落款) and text with {{placeholders}}.
struct TemplateLine {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  std::string place;  // "frame.txt:9", for errors
};

class LetterTemplates {
 public:
  // frame.txt, one "<outcome key>.txt" per outcome (core::ToString(outcome)) and fee_notice.txt
  // of `directory`. Fails with kFailedPrecondition naming the file (and line) that is missing or
  // malformed.
  static Result<LetterTemplates> Load(const std::string& directory);
  // The same from text (tests): `decisions` in the order of core::kAllOutcomes.
  static Result<LetterTemplates> Parse(
      std::string_view frame, const std::array<std::string, core::kAllOutcomes.size()>& decisions,
      std::string_view fee_notice);

  // kInvalidArgument when the facts lack what the templates ask for (a reason, a request).
  Result<Document> Letter(const LetterFacts& facts) const;
  // kInvalidArgument without a payment method or an amount, or dated before the application.
  Result<Document> FeeNotice(const FeeNoticeFacts& facts) const;

 private:
  std::vector<TemplateLine> frame_;
  std::vector<TemplateLine> fee_notice_;
  std::array<std::vector<TemplateLine>, core::kAllOutcomes.size()> decisions_;
};

// "《中华人民共和国政府信息公开条例》第十四条" for "条例第十四条"; other sources as they are.
std::string CitedBasis(core::Outcome outcome);
// "2024年3月1日".
std::string ChineseDate(Date date);

}  // namespace gongkai::publish
