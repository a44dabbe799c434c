// Internal to validation: the rule families, each adding its findings to a FindingSink.
#pragma once

#include <initializer_list>

#include "report/format.hpp"
#include "report/validate.hpp"

namespace gongkai::report::detail {

class FindingSink {
 public:
  explicit FindingSink(ValidationResult& result) : result_(result) {}
  void Add(Finding finding) { result_.findings.push_back(std::move(finding)); }
  void NotAssessable(std::string_view code) { ++result_.not_assessable[std::string(code)]; }

 private:
  ValidationResult& result_;
};

// The sum of the operands, or nullopt when any is null.
std::optional<Decimal> SumOf(const std::vector<Operand>& operands);

// "（第57行）" for a known source line, "" otherwise.
std::string LineSuffix(SourcePos source);

Operand AppOperand(const AnnualReport& report, AppRow row, AppColumn column);
Operand AppealOperand(const AnnualReport& report, AppealGroup group, AppealColumn column);

void CheckArithmetic(const AnnualReport& report, FindingSink& sink);         // GK001–GK004
void CheckValues(const AnnualReport& report, FindingSink& sink);             // GK005
void CheckStructure(const AnnualReport& report, FindingSink& sink);          // GK006
void CheckLabels(const AnnualReport& report, FindingSink& sink);             // GK007
void CheckFormatYear(const AnnualReport& report, FindingSink& sink);         // GK008
void CheckTextAgainstTables(const AnnualReport& report, FindingSink& sink);  // GK009
void CheckAgainstPrevious(const AnnualReport& report, const AnnualReport& previous,
                          FindingSink& sink);  // GK010, GK011

}  // namespace gongkai::report::detail
