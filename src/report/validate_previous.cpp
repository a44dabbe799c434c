// GK010–GK011: what this year's report must carry over from last year's.
#include "report/validate_rules.hpp"

namespace gongkai::report::detail {
namespace {

// GK010 (derived, law-and-format.md §3.7 R5): 二、上年结转 of year N = 四、结转下年度继续办理 of
// year N−1, per column.
void CheckCarryOver(const AnnualReport& report, const AnnualReport& previous, FindingSink& sink) {
  for (AppColumn column : kAllAppColumns) {
    Operand before = AppOperand(previous, AppRow::kCarriedForward, column);
    Operand now = AppOperand(report, AppRow::kCarriedOver, column);
    if (!before.value || !now.value) {
      sink.NotAssessable("GK010");
      continue;
    }
    if (*before.value == *now.value) continue;
    before.previous_year = true;
    Finding finding{"GK010",
                    Severity::kWarning,
                    Part::kApplications,
                    std::string(now.row),
                    std::string(now.column),
                    *before.value,
                    *now.value,
                    "",
                    now.source,
                    {before, now}};
    finding.message = "“" + std::string(Label(column)) + "”列上年结转为 " + now.value->ToString() +
                      "，上一年度报告的结转下年度继续办理为 " + before.value->ToString() +
                      LineSuffix(now.source);
    sink.Add(std::move(finding));
  }
}

// GK011 (derived heuristic, §3.7 R7): 现行有效件数(N) = 现行有效件数(N−1) + 本年制发件数(N) −
// 本年废止件数(N), for 规章 and 行政规范性文件. Both reports in the 2021 format.
void CheckDocumentStock(const AnnualReport& report, const AnnualReport& previous,
                        FindingSink& sink) {
  if (report.format != Format::k2021 || previous.format != Format::k2021) return;
  for (ProactiveRow row : {ProactiveRow::kRules, ProactiveRow::kNormativeDocuments}) {
    auto operand = [&](const AnnualReport& from, ProactiveColumn column) {
      const Cell& cell = from.proactive.at(row, column);
      return Operand{Key(row), Key(column), cell.value, cell.source, &from == &previous};
    };
    Operand stock_before = operand(previous, ProactiveColumn::kInForce);
    Operand issued = operand(report, ProactiveColumn::kIssued);
    Operand repealed = operand(report, ProactiveColumn::kRepealed);
    Operand stock_now = operand(report, ProactiveColumn::kInForce);
    if (!stock_before.value || !issued.value || !repealed.value || !stock_now.value) {
      sink.NotAssessable("GK011");
      continue;
    }
    Decimal expected = *stock_before.value + *issued.value - *repealed.value;
    if (expected == *stock_now.value) continue;
    Finding finding{"GK011",          Severity::kWarning,
                    Part::kProactive, std::string(Key(row)),
                    "in_force",       expected,
                    *stock_now.value, "",
                    stock_now.source, {stock_before, issued, repealed, stock_now}};
    finding.message = std::string(row == ProactiveRow::kRules ? "规章" : "行政规范性文件") +
                      "现行有效件数应为上年 " + stock_before.value->ToString() + " ＋本年制发 " +
                      issued.value->ToString() + " －本年废止 " + repealed.value->ToString() +
                      " = " + expected.ToString() + "，实际为 " + stock_now.value->ToString() +
                      LineSuffix(stock_now.source);
    sink.Add(std::move(finding));
  }
}

}  // namespace

void CheckAgainstPrevious(const AnnualReport& report, const AnnualReport& previous,
                          FindingSink& sink) {
  CheckCarryOver(report, previous, sink);
  CheckDocumentStock(report, previous, sink);
}

}  // namespace gongkai::report::detail
