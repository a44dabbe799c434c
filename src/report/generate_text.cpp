// The prefilled free text of a generated report (generate.hpp).
#include "report/format.hpp"
#include "report/generate.hpp"

namespace gongkai::report {
namespace {

std::int64_t Count(const AnnualReport& report, AppRow row) {
  const std::optional<Decimal>& value = report.applications.value(row, AppColumn::kTotal);
  return value ? value->IntegerValue() : 0;
}

std::int64_t AppealTotal(const AnnualReport& report, AppealGroup group) {
  const std::optional<Decimal>& value = report.appeals.value(group, AppealColumn::kTotal);
  return value ? value->IntegerValue() : 0;
}

std::string N(std::int64_t count) { return std::to_string(count); }

std::string ProactiveParagraph(const LedgerYear& ledger, const std::string& who) {
  std::int64_t published = 0;
  std::int64_t rules = 0;
  std::int64_t normative = 0;
  for (const core::Publication& item : ledger.publications) {
    if (!item.published_on || item.published_on->year() != ledger.year) continue;
    ++published;
    rules += item.document_type == core::DocumentType::kRule ? 1 : 0;
    normative += item.document_type == core::DocumentType::kNormativeDocument ? 1 : 0;
  }
  std::string text = who + "主动公开政府信息 " + N(published) + " 条";
  if (rules + normative > 0) {
    text += "，其中规章 " + N(rules) + " 件、行政规范性文件 " + N(normative) + " 件";
  }
  return text + "。";
}

std::string ApplicationsParagraph(const AnnualReport& report, const std::string& who) {
  std::int64_t received = Count(report, AppRow::kReceived);
  std::int64_t carried_over = Count(report, AppRow::kCarriedOver);
  std::int64_t closed = Count(report, AppRow::kTotal);
  std::int64_t carried_forward = Count(report, AppRow::kCarriedForward);
  if (received == 0 && carried_over == 0) return who + "未收到政府信息公开申请。";
  std::string text = who + "新收政府信息公开申请 " + N(received) + " 件，上年结转 " +
                     N(carried_over) + " 件；办结 " + N(closed) + " 件";
  if (closed > 0) {
    text += "，其中予以公开 " + N(Count(report, AppRow::kDisclosed)) + " 件、部分公开 " +
            N(Count(report, AppRow::kPartiallyDisclosed)) + " 件";
  }
  return text + "；结转下年度继续办理 " + N(carried_forward) + " 件。";
}

std::string SupervisionParagraph(const AnnualReport& report, const std::string& who) {
  std::int64_t reconsideration = AppealTotal(report, AppealGroup::kReconsideration);
  std::int64_t litigation = AppealTotal(report, AppealGroup::kLitigationDirect) +
                            AppealTotal(report, AppealGroup::kLitigationAfterReconsideration);
  std::string text = "（请填写监督保障工作情况。）";
  if (reconsideration + litigation == 0) {
    return text + who + "未发生因政府信息公开引起的行政复议、行政诉讼。";
  }
  return text + who + "因政府信息公开被申请行政复议 " + N(reconsideration) +
         " 件、被提起行政诉讼 " + N(litigation) + " 件。";
}

std::string TimelinessSentence(const LedgerYear& ledger, const std::string& who) {
  std::int64_t answered = 0;
  std::int64_t late = 0;
  for (const core::CaseRow& row : ledger.cases) {
    if (!row.closed_on || row.closed_on->year() != ledger.year) continue;
    ++answered;
    late += row.due_on && *row.closed_on > *row.due_on ? 1 : 0;
  }
  if (answered == 0) return "";
  if (late == 0) return who + "办结的政府信息公开申请均在法定期限内答复。";
  return who + "有 " + N(late) + " 件政府信息公开申请超过法定期限答复，需加强办理时限管理。";
}

std::string FeesSentence(const LedgerYear& ledger, const std::string& who) {
  Money collected;
  std::int64_t paid = 0;
  for (const core::CaseRow& row : ledger.cases) {
    if (!row.fee_paid_on || row.fee_paid_on->year() != ledger.year) continue;
    collected = collected + row.fees_paid;
    ++paid;
  }
  if (paid == 0) return who + "未收取信息处理费。";
  return who + "收取信息处理费 " + collected.YuanText() + " 元（" + N(paid) + " 件申请）。";
}

}  // namespace

Sections PrefillSections(const LedgerYear& ledger, const AnnualReport& report) {
  std::string who = std::to_string(ledger.year) + " 年，" + ledger.organisation.name;
  Sections sections;
  sections.overview =
      "（一）主动公开\n" + ProactiveParagraph(ledger, who) + "\n（二）依申请公开\n" +
      ApplicationsParagraph(report, who) +
      "\n（三）政府信息管理\n（请填写政府信息管理、公开属性审查和保密审查等工作情况。）"
      "\n（四）政府信息公开平台建设\n（请填写政府网站、政务新媒体等平台建设情况。）"
      "\n（五）监督保障\n" +
      SupervisionParagraph(report, who);
  std::string timeliness = TimelinessSentence(ledger, who);
  sections.problems = (timeliness.empty() ? "" : timeliness + "\n") +
                      "（请填写本机关政府信息公开工作存在的主要问题及改进情况。）";
  sections.other = FeesSentence(ledger, who);
  return sections;
}

}  // namespace gongkai::report
