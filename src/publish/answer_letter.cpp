#include "publish/answer_letter.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "base/files.hpp"
#include "base/text.hpp"
#include "core/remedy.hpp"

namespace gongkai::publish {
namespace {

constexpr std::string_view kFrameFile = "frame.txt";
constexpr std::string_view kFeeNoticeFile = "fee_notice.txt";
constexpr std::string_view kColon = "：";

struct LineKind {
  std::string_view name;
  BlockKind kind;
};
constexpr std::array kLineKinds = {
    LineKind{"标题", BlockKind::kTitle},     LineKind{"文号", BlockKind::kSubtitle},
    LineKind{"抬头", BlockKind::kAddressee}, LineKind{"正文", BlockKind::kParagraph},
    LineKind{"落款", BlockKind::kSignature},
};

constexpr std::array<std::string_view, 8> kFramePlaceholders = {
    "agency", "applicant", "number", "received", "answered", "request", "decision", "remedy"};
constexpr std::array<std::string_view, 7> kDecisionPlaceholders = {
    "agency", "applicant", "received", "answered", "request", "basis", "reason"};
constexpr std::array<std::string_view, 10> kFeeNoticePlaceholders = {
    "agency",  "applicant", "number",   "received",    "notified",
    "request", "amount",    "standard", "computation", "payment"};

Error TemplateError(const std::string& place, const std::string& message) {
  return Error{ErrorCode::kFailedPrecondition, "答复告知书模板 " + place + "：" + message, {}};
}

// The placeholders of `text`, each checked against `allowed`.
template <std::size_t N>
Result<void> CheckPlaceholders(std::string_view text,
                               const std::array<std::string_view, N>& allowed,
                               const std::string& place) {
  for (std::size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at)) {
    std::size_t end = text.find("}}", at);
    if (end == std::string_view::npos) return TemplateError(place, "“{{”没有对应的“}}”");
    std::string_view name = text.substr(at + 2, end - at - 2);
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      return TemplateError(place, "未知的占位符 {{" + std::string(name) + "}}");
    }
    at = end + 2;
  }
  return {};
}

// Lines of a template that are neither blank nor comments, with their 1-based numbers.
std::vector<std::pair<int, std::string_view>> ContentLines(std::string_view text) {
  std::vector<std::pair<int, std::string_view>> lines;
  int number = 0;
  for (std::string_view line : text::SplitLines(text)) {
    ++number;
    std::string_view trimmed = text::Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    lines.emplace_back(number, trimmed);
  }
  return lines;
}

// A template of kind-prefixed lines (frame.txt, fee_notice.txt) named `file`.
template <std::size_t N>
Result<std::vector<TemplateLine>> ParseLines(std::string_view text, std::string_view file,
                                             const std::array<std::string_view, N>& placeholders) {
  std::vector<TemplateLine> lines;
  for (auto [number, line] : ContentLines(text)) {
    const std::string place = std::string(file) + ":" + std::to_string(number);
    std::size_t colon = line.find(kColon);
    const LineKind* kind = nullptr;
    for (const LineKind& candidate : kLineKinds) {
      if (colon != std::string_view::npos && line.substr(0, colon) == candidate.name)
        kind = &candidate;
    }
    if (kind == nullptr) {
      return TemplateError(place, "每行应以“标题：”“文号：”“抬头：”“正文：”或“落款：”开头");
    }
    std::string body(text::Trim(line.substr(colon + kColon.size())));
    GONGKAI_RETURN_IF_ERROR(CheckPlaceholders(body, placeholders, place));
    lines.push_back({kind->kind, std::move(body), place});
  }
  if (lines.empty()) return TemplateError(std::string(file), "没有内容");
  return lines;
}

Result<std::vector<TemplateLine>> ParseDecision(std::string_view text, core::Outcome outcome) {
  const std::string file = std::string(core::ToString(outcome)) + ".txt";
  std::vector<TemplateLine> lines;
  for (auto [number, line] : ContentLines(text)) {
    const std::string place = file + ":" + std::to_string(number);
    GONGKAI_RETURN_IF_ERROR(CheckPlaceholders(line, kDecisionPlaceholders, place));
    lines.push_back({BlockKind::kParagraph, std::string(line), place});
  }
  if (lines.empty()) return TemplateError(file, "没有正文");
  return lines;
}

// `text` with every {{name}} replaced from `values`; a placeholder whose value is empty fails
// with `missing(name)`.
template <typename Missing>
Result<std::string> Fill(std::string_view text,
                         const std::map<std::string, std::string, std::less<>>& values,
                         Missing missing) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", from)) {
    std::size_t end = text.find("}}", at);
    std::string_view name = text.substr(at + 2, end - at - 2);
    out.append(text.substr(from, at - from));
    auto value = values.find(name);
    if (value == values.end() || value->second.empty()) return missing(name);
    out += value->second;
    from = end + 2;
  }
  out.append(text.substr(from));
  return out;
}

// Appends `lines` filled from `values` to `document`; a 文号 line is left out when there is no
// number.
template <typename Missing>
Result<void> AddLines(Document& document, const std::vector<TemplateLine>& lines,
                      const std::map<std::string, std::string, std::less<>>& values,
                      Missing missing) {
  for (const TemplateLine& line : lines) {
    if (line.text.find("{{number}}") != std::string::npos && values.at("number").empty()) {
      continue;
    }
    GONGKAI_ASSIGN_OR_RETURN(std::string text, Fill(line.text, values, missing));
    document.Add(line.kind, std::move(text));
  }
  return {};
}

// kInvalidArgument naming the first of `fields` that is blank.
Result<void> RequireFilled(
    std::initializer_list<std::pair<const char*, const std::string*>> fields) {
  for (auto [field, value] : fields) {
    if (text::Trim(*value).empty()) return Error::InvalidArgument(std::string(field) + "：必填");
  }
  return {};
}

}  // namespace

std::string CitedBasis(core::Outcome outcome) {
  constexpr std::string_view kShort = "条例";
  std::string_view basis = core::LegalBasis(outcome);
  if (basis.substr(0, kShort.size()) == kShort) {
    return "《中华人民共和国政府信息公开条例》" + std::string(basis.substr(kShort.size()));
  }
  return std::string(basis);
}

std::string ChineseDate(Date date) {
  return std::to_string(date.year()) + "年" + std::to_string(date.month()) + "月" +
         std::to_string(date.day()) + "日";
}

Result<LetterTemplates> LetterTemplates::Parse(
    std::string_view frame, const std::array<std::string, core::kAllOutcomes.size()>& decisions,
    std::string_view fee_notice) {
  LetterTemplates templates;
  GONGKAI_ASSIGN_OR_RETURN(templates.frame_, ParseLines(frame, kFrameFile, kFramePlaceholders));
  GONGKAI_ASSIGN_OR_RETURN(templates.fee_notice_,
                           ParseLines(fee_notice, kFeeNoticeFile, kFeeNoticePlaceholders));
  for (std::size_t i = 0; i < core::kAllOutcomes.size(); ++i) {
    GONGKAI_ASSIGN_OR_RETURN(templates.decisions_[i],
                             ParseDecision(decisions[i], core::kAllOutcomes[i]));
  }
  return templates;
}

Result<LetterTemplates> LetterTemplates::Load(const std::string& directory) {
  namespace fs = std::filesystem;
  auto read = [&](const std::string& name) -> Result<std::string> {
    Result<std::string> text = ReadWholeFile(fs::path(directory) / name);
    if (!text) {
      return TemplateError((fs::path(directory) / name).string(),
                           "无法读取（" + text.error().message + "）");
    }
    return text;
  };
  GONGKAI_ASSIGN_OR_RETURN(std::string frame, read(std::string(kFrameFile)));
  std::array<std::string, core::kAllOutcomes.size()> decisions;
  for (std::size_t i = 0; i < core::kAllOutcomes.size(); ++i) {
    GONGKAI_ASSIGN_OR_RETURN(decisions[i],
                             read(std::string(core::ToString(core::kAllOutcomes[i])) + ".txt"));
  }
  GONGKAI_ASSIGN_OR_RETURN(std::string fee_notice, read(std::string(kFeeNoticeFile)));
  return Parse(frame, decisions, fee_notice);
}

Result<Document> LetterTemplates::Letter(const LetterFacts& facts) const {
  GONGKAI_RETURN_IF_ERROR(RequireFilled(
      {{"agency", &facts.agency}, {"applicant", &facts.applicant}, {"request", &facts.request}}));
  if (facts.answered_on < facts.received_on) {
    return Error::InvalidArgument("answered：答复日期 " + facts.answered_on.ToString() +
                                  " 早于收到申请日期 " + facts.received_on.ToString());
  }
  const auto outcome_index = static_cast<std::size_t>(facts.outcome);
  const std::string label(core::ChineseLabel(facts.outcome));
  std::map<std::string, std::string, std::less<>> values = {
      {"agency", facts.agency},
      {"applicant", facts.applicant},
      {"number", facts.number},
      {"received", ChineseDate(facts.received_on)},
      {"answered", ChineseDate(facts.answered_on)},
      {"request", facts.request},
      {"basis", CitedBasis(facts.outcome)},
      {"reason", std::string(text::Trim(facts.reason))},
      {"remedy", core::RemedyFor(facts.outcome, facts.answered_on).text},
  };
  auto missing = [&](std::string_view name) -> Error {
    if (name == "reason") return Error::InvalidArgument("reason：“" + label + "”的答复须写明理由");
    return Error{ErrorCode::kFailedPrecondition,
                 "答复告知书模板引用了 {{" + std::string(name) + "}}，但“" + label + "”没有此项",
                 {}};
  };

  Document letter;
  letter.title = "政府信息公开申请答复告知书";
  letter.date = facts.answered_on.ToString();
  for (const TemplateLine& line : frame_) {
    const std::vector<TemplateLine>& lines = line.text.find("{{decision}}") != std::string::npos
                                                 ? decisions_[outcome_index]
                                                 : std::vector<TemplateLine>{line};
    GONGKAI_RETURN_IF_ERROR(AddLines(letter, lines, values, missing));
  }
  return letter;
}

Result<Document> LetterTemplates::FeeNotice(const FeeNoticeFacts& facts) const {
  GONGKAI_RETURN_IF_ERROR(RequireFilled({{"agency", &facts.agency},
                                         {"applicant", &facts.applicant},
                                         {"request", &facts.request},
                                         {"payment", &facts.payment}}));
  if (facts.amount.fen() <= 0) return Error::InvalidArgument("amount：信息处理费应大于 0");
  if (facts.notified_on < facts.received_on) {
    return Error::InvalidArgument("notified：通知日期 " + facts.notified_on.ToString() +
                                  " 早于收到申请日期 " + facts.received_on.ToString());
  }
  const std::map<std::string, std::string, std::less<>> values = {
      {"agency", facts.agency},
      {"applicant", facts.applicant},
      {"number", facts.number},
      {"received", ChineseDate(facts.received_on)},
      {"notified", ChineseDate(facts.notified_on)},
      {"request", facts.request},
      {"amount", facts.amount.YuanText()},
      {"standard", core::TariffText(facts.tariff, facts.basis)},
      {"computation", facts.basis ? core::FeeComputationText(*facts.basis, facts.units)
                                  : std::string("按上述标准计算")},
      {"payment", std::string(text::Trim(facts.payment))},
  };
  Document notice;
  notice.title = "信息处理费缴费通知书";
  notice.date = facts.notified_on.ToString();
  GONGKAI_RETURN_IF_ERROR(AddLines(notice, fee_notice_, values, [](std::string_view name) {
    return Error{ErrorCode::kFailedPrecondition,
                 "缴费通知书模板引用了 {{" + std::string(name) + "}}，但没有此项",
                 {}};
  }));
  return notice;
}

}  // namespace gongkai::publish
