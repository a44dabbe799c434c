#include "report/validate.hpp"

#include <algorithm>

#include "report/validate_rules.hpp"

namespace gongkai::report {

std::string_view ToString(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
  }
  return "error";
}

bool ValidationResult::valid() const {
  return std::none_of(findings.begin(), findings.end(),
                      [](const Finding& finding) { return finding.severity == Severity::kError; });
}

ValidationResult Validate(const AnnualReport& report, const ValidateOptions& options) {
  ValidationResult result;
  detail::FindingSink sink(result);
  detail::CheckArithmetic(report, sink);
  detail::CheckValues(report, sink);
  detail::CheckStructure(report, sink);
  detail::CheckLabels(report, sink);
  detail::CheckFormatYear(report, sink);
  detail::CheckTextAgainstTables(report, sink);
  if (options.previous != nullptr) detail::CheckAgainstPrevious(report, *options.previous, sink);
  return result;
}

namespace detail {

std::optional<Decimal> SumOf(const std::vector<Operand>& operands) {
  Decimal sum;
  for (const Operand& operand : operands) {
    if (!operand.value) return std::nullopt;
    sum = sum + *operand.value;
  }
  return sum;
}

std::string LineSuffix(SourcePos source) {
  return source.known() ? "（第" + std::to_string(source.line) + "行）" : "";
}

Operand AppOperand(const AnnualReport& report, AppRow row, AppColumn column) {
  const Cell& cell = report.applications.at(row, column);
  return {Key(row), Key(column), cell.value, cell.source};
}

Operand AppealOperand(const AnnualReport& report, AppealGroup group, AppealColumn column) {
  const Cell& cell = report.appeals.at(group, column);
  return {Key(group), Key(column), cell.value, cell.source};
}

}  // namespace detail
}  // namespace gongkai::report
