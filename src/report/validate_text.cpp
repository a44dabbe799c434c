// GK009: the free text says there was nothing where a table says there was something.
//
// Only explicit statements of absence are checked ("未收到政府信息公开申请", "未发生行政复议"):
// stated counts are not compared, because real reports legitimately state partial counts (one
// office's share, one kind of application) that differ from the table.
#include <array>

#include "base/text.hpp"
#include "report/validate_rules.hpp"

namespace gongkai::report::detail {
namespace {

constexpr std::array<std::string_view, 8> kAbsence = {"未收到", "没有收到", "未发生",   "没有发生",
                                                      "未出现", "未受理",   "没有受理", "无"};

std::vector<std::string> Clauses(std::string_view text) {
  static constexpr std::u32string_view kBreaks = U"，。；;,.\n！？!?：:";
  std::vector<std::string> clauses;
  std::u32string current;
  for (char32_t c : text::DecodeUtf8(text)) {
    if (kBreaks.find(c) == std::u32string_view::npos) {
      current.push_back(c);
      continue;
    }
    if (!current.empty()) clauses.push_back(text::EncodeUtf8(current));
    current.clear();
  }
  if (!current.empty()) clauses.push_back(text::EncodeUtf8(current));
  return clauses;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// "无" states absence only at the start of a clause or right after a time or scope word
// ("本年度无行政复议", "均无"), not inside words such as 无法提供 or 无正当理由.
bool StatesAbsence(std::string_view clause) {
  static constexpr std::array<std::string_view, 6> kBeforeWu = {"年", "度", "均", "暂", "尚", "并"};
  for (std::string_view marker : kAbsence) {
    if (marker == "无") continue;
    if (clause.find(marker) != std::string_view::npos) return true;
  }
  for (std::size_t at = clause.find("无"); at != std::string_view::npos;
       at = clause.find("无", at + 1)) {
    if (at == 0) return true;
    for (std::string_view before : kBeforeWu) {
      if (clause.substr(0, at).ends_with(before)) return true;
    }
  }
  return false;
}

bool AnyPositive(const std::vector<Operand>& operands) {
  for (const Operand& operand : operands) {
    if (operand.value && *operand.value > Decimal()) return true;
  }
  return false;
}

struct Claim {
  std::string_view subject;    // what the clause says there was none of
  std::vector<Operand> cells;  // where the table says there was some
};

void CheckClause(const std::string& clause, const std::vector<Claim>& claims, FindingSink& sink) {
  if (!StatesAbsence(clause)) return;
  for (const Claim& claim : claims) {
    if (!Contains(clause, claim.subject) || !AnyPositive(claim.cells)) continue;
    const Operand* positive = &claim.cells.front();
    for (const Operand& operand : claim.cells) {
      if (operand.value && *operand.value > Decimal()) {
        positive = &operand;
        break;
      }
    }
    Finding finding{"GK009",
                    Severity::kWarning,
                    Part::kDocument,
                    std::string(positive->row),
                    std::string(positive->column),
                    Decimal(),
                    *positive->value,
                    "",
                    positive->source,
                    claim.cells};
    finding.message = "正文称“" + clause + "”，但表格中" + std::string(claim.subject) + "为 " +
                      positive->value->ToString() + LineSuffix(positive->source);
    sink.Add(std::move(finding));
    return;
  }
}

std::vector<Operand> AppealCells(const AnnualReport& report,
                                 std::initializer_list<AppealGroup> groups) {
  std::vector<Operand> cells;
  for (AppealGroup group : groups) {
    for (AppealColumn column : kAllAppealColumns)
      cells.push_back(AppealOperand(report, group, column));
  }
  return cells;
}

}  // namespace

void CheckTextAgainstTables(const AnnualReport& report, FindingSink& sink) {
  if (!report.sections) return;
  const Cell& fees = report.proactive.at(ProactiveRow::kFees, ProactiveColumn::kAmount10kYuan);
  // Appeals are named before applications: "未收到行政复议申请" is about appeals.
  const std::vector<Claim> claims = {
      {"行政复议", AppealCells(report, {AppealGroup::kReconsideration})},
      {"行政诉讼", AppealCells(report, {AppealGroup::kLitigationDirect,
                                        AppealGroup::kLitigationAfterReconsideration})},
      {"行政事业性收费", {Operand{"fees", "amount_10k_yuan", fees.value, fees.source}}},
      {"申请", {AppOperand(report, AppRow::kReceived, AppColumn::kTotal)}},
  };
  for (const std::optional<std::string>* text :
       {&report.sections->overview, &report.sections->problems, &report.sections->other}) {
    if (!*text) continue;
    for (const std::string& clause : Clauses(**text)) CheckClause(clause, claims, sink);
  }
}

}  // namespace gongkai::report::detail
