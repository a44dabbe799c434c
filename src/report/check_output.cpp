#include "report/check_output.hpp"

#include "report/format.hpp"

namespace gongkai::report {
namespace {

using nlohmann::ordered_json;
using report::Finding;

ordered_json ValueJson(const report::FindingValue& value) {
  if (const Decimal* number = std::get_if<Decimal>(&value)) {
    if (number->scale() == 0) return number->IntegerValue();
    return number->ToDouble();
  }
  if (const std::string* text = std::get_if<std::string>(&value)) return *text;
  return nullptr;
}

ordered_json SourceJson(report::SourcePos source) {
  if (!source.known()) return nullptr;
  ordered_json out = {{"line", source.line}};
  if (source.cell > 0) out["cell"] = source.cell;
  return out;
}

ordered_json KeyOrNull(const std::string& key) {
  if (key.empty()) return nullptr;
  return key;
}

ordered_json FindingJson(const Finding& finding) {
  ordered_json out = ordered_json::object();
  out["code"] = finding.code;
  out["severity"] = std::string(report::ToString(finding.severity));
  out["table"] = finding.part == report::Part::kDocument
                     ? ordered_json(nullptr)
                     : ordered_json(std::string(report::ToString(finding.part)));
  out["row"] = KeyOrNull(finding.row);
  out["column"] = KeyOrNull(finding.column);
  out["expected"] = ValueJson(finding.expected);
  out["actual"] = ValueJson(finding.actual);
  out["message"] = finding.message;
  out["source"] = SourceJson(finding.source);
  if (!finding.operands.empty()) {
    ordered_json operands = ordered_json::array();
    for (const report::Operand& operand : finding.operands) {
      operands.push_back({{"row", std::string(operand.row)},
                          {"column", std::string(operand.column)},
                          {"previous_year", operand.previous_year},
                          {"value", operand.value ? ValueJson(*operand.value) : nullptr},
                          {"source", SourceJson(operand.source)}});
    }
    out["cells"] = std::move(operands);
  }
  return out;
}

template <typename T>
ordered_json OptionalJson(const std::optional<T>& value) {
  if (!value) return nullptr;
  return *value;
}

}  // namespace

ordered_json CheckJson(const std::string& file, const report::AnnualReport& report,
                       const report::ValidationResult& result) {
  ordered_json out = ordered_json::object();
  out["file"] = file;
  out["format"] = std::string(report::ToString(report.format));
  out["year"] = OptionalJson(report.year);
  out["agency"] = OptionalJson(report.agency);
  out["valid"] = result.valid();
  ordered_json findings = ordered_json::array();
  for (const Finding& finding : result.findings) findings.push_back(FindingJson(finding));
  out["findings"] = std::move(findings);
  ordered_json skipped = ordered_json::object();
  for (const auto& [code, count] : result.not_assessable) skipped[code] = count;
  out["not_assessable"] = std::move(skipped);
  return out;
}

ordered_json UnreadableJson(const std::string& file, const std::string& message) {
  return {{"file", file},
          {"valid", nullptr},
          {"error", {{"code", "unreadable"}, {"message", message}}}};
}

std::string CheckHuman(const std::string& file, const report::AnnualReport& report,
                       const report::ValidationResult& result) {
  std::string out = file + "：" + (result.valid() ? "有效" : "无效") + "（" +
                    std::string(report::ToString(report.format)) + " 年格式";
  if (report.year) out += "，" + std::to_string(*report.year) + " 年度";
  if (report.agency) out += "，" + *report.agency;
  out += "）\n";
  for (const Finding& finding : result.findings) {
    out += "  ";
    out += finding.severity == report::Severity::kError ? "错误 " : "警告 ";
    out += finding.code + "  " + finding.message + "\n";
  }
  if (!result.not_assessable.empty()) {
    out += "  因单元格为空无法评估：";
    bool first = true;
    for (const auto& [code, count] : result.not_assessable) {
      out += (first ? "" : "，") + code + " " + std::to_string(count) + " 处";
      first = false;
    }
    out += "\n";
  }
  return out;
}

}  // namespace gongkai::report
