// Validation of an annual report against the rules of spec/validation-rules.md (copied to
// docs/validation-rules.md): GK001–GK009 on one report, GK010–GK011 against the previous year's.
// An invalid report is an ordinary outcome, so Validate never fails: it returns findings.
//
// A rule that touches a null cell is not assessable there; it is counted, never a failure.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/decimal.hpp"
#include "report/model.hpp"

namespace gongkai::report {

enum class Severity { kError, kWarning };
std::string_view ToString(Severity severity);  // "error", "warning"

// An expected or actual value of a finding: none, a number, or a label.
using FindingValue = std::variant<std::monostate, Decimal, std::string>;

// One cell a rule looked at, with where it was read. Keys are the static schema keys.
struct Operand {
  std::string_view row;
  std::string_view column;
  std::optional<Decimal> value;
  SourcePos source;
  bool previous_year = false;  // read from last year's report (GK010, GK011)
};

struct Finding {
  std::string code;  // "GK001" … "GK011"
  Severity severity = Severity::kError;
  Part part = Part::kDocument;  // the table, by schema key
  std::string row;              // schema key, or "" when the rule is about a whole column
  std::string column;           // schema key, or ""
  FindingValue expected;
  FindingValue actual;
  std::string message;  // in Chinese, naming the cell and line
  SourcePos source;     // where the offending value (or label) was read
  std::vector<Operand> operands;
};

struct ValidationResult {
  std::vector<Finding> findings;
  std::map<std::string, int> not_assessable;  // rule code -> places skipped for a null cell

  // False when any finding is an error; warnings never change validity.
  bool valid() const;
};

struct ValidateOptions {
  const AnnualReport* previous = nullptr;  // last year's report, for GK010 and GK011
};

ValidationResult Validate(const AnnualReport& report, const ValidateOptions& options = {});

}  // namespace gongkai::report
