#include "cli/letter_command.hpp"

#include <iostream>
#include <memory>

#include "base/files.hpp"
#include "cli/option_values.hpp"
#include "publish/answer_letter.hpp"
#include "publish/docx_writer.hpp"
#include "publish/pdf_writer.hpp"

namespace gongkai::cli {
namespace {

struct LetterOptions {
  std::string outcome;
  std::string agency;
  std::string applicant;
  std::string number;
  std::string received;
  std::string answered;
  std::string request;
  std::string reason;
  std::string to = "docx";
  std::string output;
  std::string templates;
};

Result<publish::LetterTemplates> LoadTemplates(const std::string& directory) {
  if (!directory.empty()) return publish::LetterTemplates::Load(directory);
  GONGKAI_ASSIGN_OR_RETURN(std::filesystem::path found, FindDataPath("letters"));
  return publish::LetterTemplates::Load(found.string());
}

ExitCode RunLetter(const LetterOptions& o) {
  publish::LetterFacts facts;
  facts.outcome = core::OutcomeFromString(o.outcome).value_or(core::Outcome::kDisclosed);
  facts.agency = o.agency;
  facts.applicant = o.applicant;
  facts.number = o.number;
  facts.request = o.request;
  facts.reason = o.reason;
  Result<Date> received = ParseDateOption("--received", o.received);
  if (!received) return Fail(received.error());
  Result<Date> answered = ParseDateOption("--answered", o.answered);
  if (!answered) return Fail(answered.error());
  facts.received_on = *received;
  facts.answered_on = *answered;

  Result<publish::LetterTemplates> templates = LoadTemplates(o.templates);
  if (!templates) return Fail(templates.error());
  Result<publish::Document> letter = templates->Letter(facts);
  if (!letter) return Fail(letter.error());
  Result<std::string> bytes =
      o.to == "pdf" ? publish::WritePdf(*letter) : publish::WriteDocx(*letter);
  if (!bytes) return Fail(bytes.error());
  if (Result<void> written = WriteFileAtomically(o.output, *bytes); !written) {
    return Fail(written.error());
  }
  std::cerr << "已生成答复告知书：" << o.output << "\n";
  return ExitCode::kOk;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddLetterCommand(CLI::App& app) {
  auto o = std::make_shared<LetterOptions>();
  CLI::App* command = app.add_subcommand(
      "letter", "生成政府信息公开申请答复告知书（Word 或 PDF），按答复类型引用条款并告知救济途径");
  std::vector<std::string> outcomes;
  outcomes.reserve(core::kAllOutcomes.size());
  for (core::Outcome outcome : core::kAllOutcomes) outcomes.emplace_back(core::ToString(outcome));
  command->add_option("--outcome", o->outcome, "答复类型（表三的行，如 withheld_state_secret）")
      ->required()
      ->check(CLI::IsMember(outcomes));
  command->add_option("--agency", o->agency, "答复机关")->required();
  command->add_option("--applicant", o->applicant, "申请人姓名或名称")->required();
  command->add_option("--request", o->request, "申请获取的政府信息")->required();
  command->add_option("--received", o->received, "收到申请日期 YYYY-MM-DD")->required();
  command->add_option("--answered", o->answered, "答复日期 YYYY-MM-DD")->required();
  command->add_option("--number", o->number, "文号，如 解工信公开〔2024〕3号");
  command->add_option("--reason", o->reason,
                      "理由（部分公开、法律行政法规禁止公开、其他处理须填）");
  command->add_option("--to", o->to, "输出格式")
      ->check(CLI::IsMember({"docx", "pdf"}))
      ->default_str("docx");
  command->add_option("-o,--output", o->output, "输出文件")->required();
  command->add_option("--templates", o->templates, "模板目录（默认：随程序安装的 data/letters）");
  return [o, command]() -> std::optional<ExitCode> {
    if (!command->parsed()) return std::nullopt;
    return RunLetter(*o);
  };
}

}  // namespace gongkai::cli
