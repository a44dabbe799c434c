// GK001–GK005: the sums the format prints or implies, and the kind of each value.
#include "report/validate_rules.hpp"

namespace gongkai::report::detail {
namespace {

// The label of a table 三 row as printed in the official format, for messages.
std::string RowLabel(const AnnualReport& report, AppRow row) {
  const AppRowSpec* spec = FindAppRow(SpecFor(report.format), row);
  return spec != nullptr ? std::string(spec->label) : std::string(Key(row));
}

// Compares `actual` with the sum of `parts`; a null anywhere makes the place not assessable.
// Returns the finding to add, without code-specific fields.
std::optional<Finding> CompareSum(std::string_view code, const Operand& actual,
                                  std::vector<Operand> parts, FindingSink& sink) {
  std::optional<Decimal> expected = SumOf(parts);
  if (!expected || !actual.value) {
    sink.NotAssessable(code);
    return std::nullopt;
  }
  if (*expected == *actual.value) return std::nullopt;
  Finding finding;
  finding.code = std::string(code);
  finding.severity = Severity::kError;
  finding.expected = *expected;
  finding.actual = *actual.value;
  finding.source = actual.source;
  parts.push_back(actual);
  finding.operands = std::move(parts);
  return finding;
}

// GK001 勾稽关系, printed in the format's corner cell (国办公开办函〔2021〕30号 table 三):
// per column, 一 + 二 = 三 + 四, i.e. received + carried_over = total + carried_forward.
void CheckBalance(const AnnualReport& report, FindingSink& sink) {
  for (AppColumn column : kAllAppColumns) {
    std::vector<Operand> inflow = {AppOperand(report, AppRow::kReceived, column),
                                   AppOperand(report, AppRow::kCarriedOver, column)};
    std::vector<Operand> outflow = {AppOperand(report, AppRow::kTotal, column),
                                    AppOperand(report, AppRow::kCarriedForward, column)};
    std::optional<Decimal> in = SumOf(inflow);
    std::optional<Decimal> out = SumOf(outflow);
    if (!in || !out) {
      sink.NotAssessable("GK001");
      continue;
    }
    if (*in == *out) continue;
    Finding finding{"GK001",
                    Severity::kError,
                    Part::kApplications,
                    "",
                    std::string(Key(column)),
                    *in,
                    *out,
                    "",
                    outflow[0].source,
                    {}};
    finding.message = "表三“" + std::string(Label(column)) +
                      "”列勾稽关系不成立：一＋二 = " + in->ToString() +
                      "，三＋四 = " + out->ToString() + LineSuffix(outflow[0].source);
    finding.operands = {inflow[0], inflow[1], outflow[0], outflow[1]};
    sink.Add(std::move(finding));
  }
}

// GK002 (derived): on every row of table 三, 总计 = the sum of the six applicant columns.
void CheckRowTotals(const AnnualReport& report, FindingSink& sink) {
  const FormatSpec& spec = SpecFor(report.format);
  for (AppRow row : kAllAppRows) {
    if (FindAppRow(spec, row) == nullptr || !report.applications.RowHasValue(row)) continue;
    std::vector<Operand> parts;
    for (AppColumn column : kAllAppColumns) {
      if (column != AppColumn::kTotal) parts.push_back(AppOperand(report, row, column));
    }
    Operand total = AppOperand(report, row, AppColumn::kTotal);
    std::optional<Finding> finding = CompareSum("GK002", total, std::move(parts), sink);
    if (!finding) continue;
    finding->part = Part::kApplications;
    finding->row = std::string(Key(row));
    finding->column = "total";
    finding->message = "表三“" + RowLabel(report, row) + "”行：六类申请人之和为 " +
                       std::get<Decimal>(finding->expected).ToString() + "，总计列为 " +
                       std::get<Decimal>(finding->actual).ToString() + LineSuffix(total.source);
    sink.Add(std::move(*finding));
  }
}

// The outcome rows that （七）总计 sums. A report that prints the other format's （六） row(s)
// instead of its own is summed with what it printed (samples: 2023/2024 洪泽区).
std::vector<AppRow> SummedOutcomeRows(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  const FormatSpec& other = SpecFor(report.format == Format::k2021 ? Format::k2019 : Format::k2021);
  auto is_other_group = [](AppRow row) {
    return row == AppRow::kOtherNoCorrection || row == AppRow::kOtherFeeUnpaid ||
           row == AppRow::kOtherOther || row == AppRow::kOtherHandling;
  };
  bool own_printed = false;
  bool other_printed = false;
  for (AppRow row : spec.outcome_rows) {
    if (is_other_group(row)) own_printed = own_printed || report.applications.RowHasValue(row);
  }
  for (AppRow row : other.outcome_rows) {
    if (is_other_group(row)) other_printed = other_printed || report.applications.RowHasValue(row);
  }
  if (own_printed || !other_printed) return spec.outcome_rows;
  std::vector<AppRow> rows;
  for (AppRow row : spec.outcome_rows) {
    if (!is_other_group(row)) rows.push_back(row);
  }
  for (AppRow row : other.outcome_rows) {
    if (is_other_group(row)) rows.push_back(row);
  }
  return rows;
}

// GK003 (derived): per column, （七）总计 = the sum of all outcome rows （一）–（六）.
void CheckGrandTotal(const AnnualReport& report, FindingSink& sink) {
  std::vector<AppRow> outcome_rows = SummedOutcomeRows(report);
  for (AppColumn column : kAllAppColumns) {
    std::vector<Operand> parts;
    parts.reserve(outcome_rows.size());
    for (AppRow row : outcome_rows) parts.push_back(AppOperand(report, row, column));
    Operand total = AppOperand(report, AppRow::kTotal, column);
    std::optional<Finding> finding = CompareSum("GK003", total, std::move(parts), sink);
    if (!finding) continue;
    finding->part = Part::kApplications;
    finding->row = "total";
    finding->column = std::string(Key(column));
    finding->message = "表三“" + std::string(Label(column)) + "”列：各办理结果之和为 " +
                       std::get<Decimal>(finding->expected).ToString() + "，（七）总计为 " +
                       std::get<Decimal>(finding->actual).ToString() + LineSuffix(total.source);
    sink.Add(std::move(*finding));
  }
}

// GK004 (derived): table 四, per group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
void CheckAppealTotals(const AnnualReport& report, FindingSink& sink) {
  for (AppealGroup group : kAllAppealGroups) {
    std::vector<Operand> parts;
    for (AppealColumn column : kAllAppealColumns) {
      if (column != AppealColumn::kTotal) parts.push_back(AppealOperand(report, group, column));
    }
    Operand total = AppealOperand(report, group, AppealColumn::kTotal);
    std::optional<Finding> finding = CompareSum("GK004", total, std::move(parts), sink);
    if (!finding) continue;
    finding->part = Part::kAppeals;
    finding->row = std::string(Key(group));
    finding->column = "total";
    finding->message = "表四“" + std::string(Label(group)) + "”：四项结果之和为 " +
                       std::get<Decimal>(finding->expected).ToString() + "，总计为 " +
                       std::get<Decimal>(finding->actual).ToString() + LineSuffix(total.source);
    sink.Add(std::move(*finding));
  }
}

// `describe` names the cell for the message; called only when the value breaks the rule.
template <typename Describe>
void CheckValue(const Describe& describe, Part part, std::string_view row, std::string_view column,
                const Cell& cell, ValueKind kind, FindingSink& sink) {
  if (!cell.value) return;
  bool whole = cell.value->IsInteger();
  bool ok = true;
  std::string_view rule;
  switch (kind) {
    case ValueKind::kCount:
      ok = whole && !cell.value->IsNegative();
      rule = "应为不小于 0 的整数";
      break;
    case ValueKind::kSignedCount:
      ok = whole;
      rule = "应为整数";
      break;
    case ValueKind::kAmount:
      ok = !cell.value->IsNegative();
      rule = "应为不小于 0 的数";
      break;
  }
  if (ok) return;
  Finding finding{"GK005",          Severity::kError, part, std::string(row), std::string(column),
                  std::monostate{}, *cell.value,      "",   cell.source,      {}};
  finding.message = describe() + std::string(rule) + "，实际为 " + cell.value->ToString() +
                    LineSuffix(cell.source);
  sink.Add(std::move(finding));
}

}  // namespace

void CheckArithmetic(const AnnualReport& report, FindingSink& sink) {
  CheckBalance(report, sink);
  CheckRowTotals(report, sink);
  CheckGrandTotal(report, sink);
  CheckAppealTotals(report, sink);
}

// GK005: counts are whole numbers >= 0; 万元 amounts numbers >= 0; 2019's 本年增/减 may be < 0.
void CheckValues(const AnnualReport& report, FindingSink& sink) {
  const FormatSpec& spec = SpecFor(report.format);
  for (const ProactiveTableSpec& table : spec.proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      for (const ProactiveColumnSpec& column : table.columns) {
        auto what = [&] {
          return "表二“" + std::string(row.label) + "”的“" + std::string(column.label) + "”";
        };
        CheckValue(what, Part::kProactive, row.key, column.key,
                   report.proactive.at(row.row, column.column), column.kind, sink);
      }
    }
  }
  for (AppRow row : kAllAppRows) {
    for (AppColumn column : kAllAppColumns) {
      auto what = [&] {
        return "表三“" + RowLabel(report, row) + "”行“" + std::string(Label(column)) + "”列";
      };
      CheckValue(what, Part::kApplications, Key(row), Key(column),
                 report.applications.at(row, column), ValueKind::kCount, sink);
    }
  }
  for (AppealGroup group : kAllAppealGroups) {
    for (AppealColumn column : kAllAppealColumns) {
      auto what = [&] {
        return "表四“" + std::string(Label(group)) + "”的“" + std::string(Label(column)) + "”";
      };
      CheckValue(what, Part::kAppeals, Key(group), Key(column), report.appeals.at(group, column),
                 ValueKind::kCount, sink);
    }
  }
}

}  // namespace gongkai::report::detail
