#include "cli/letter_command.hpp"

#include <iostream>
#include <memory>

#include "base/files.hpp"
#include "cli/option_values.hpp"
#include "core/fee.hpp"
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

// The fee notice's facts besides those it shares with the letter; the fee is computed by the
// 109号 tariff from the applicant's n-th application this month or the pages supplied.
struct FeeNoticeOptions {
  std::string agency;
  std::string applicant;
  std::string number;
  std::string received;
  std::string notified;
  std::string request;
  std::optional<int> pieces;
  std::optional<int> pages;
  std::string payment;
  std::string to = "docx";
  std::string output;
  std::string templates;
};

// `document` as DOCX or PDF (`to`) into `output`; says so on stderr as `what`.
ExitCode WriteDocument(const publish::Document& document, const std::string& to,
                       const std::string& output, const char* what) {
  Result<std::string> bytes =
      to == "pdf" ? publish::WritePdf(document) : publish::WriteDocx(document);
  if (!bytes) return Fail(bytes.error());
  if (Result<void> written = WriteFileAtomically(output, *bytes); !written) {
    return Fail(written.error());
  }
  std::cerr << "已生成" << what << "：" << output << "\n";
  return ExitCode::kOk;
}

ExitCode RunFeeNotice(const FeeNoticeOptions& o) {
  publish::FeeNoticeFacts facts;
  facts.agency = o.agency;
  facts.applicant = o.applicant;
  facts.number = o.number;
  facts.request = o.request;
  facts.payment = o.payment;
  Result<Date> received = ParseDateOption("--received", o.received);
  if (!received) return Fail(received.error());
  Result<Date> notified = ParseDateOption("--notified", o.notified);
  if (!notified) return Fail(notified.error());
  facts.received_on = *received;
  facts.notified_on = *notified;
  facts.basis = o.pieces ? core::FeeBasis::kPerPiece : core::FeeBasis::kPerPage;
  facts.units = o.pieces ? *o.pieces : o.pages.value_or(0);
  Result<Money> fee = core::ChargedFee(*facts.basis, facts.units);
  if (!fee) {
    return Fail(Error::InvalidArgument(std::string(o.pieces ? "--pieces：" : "--pages：") +
                                       fee.error().message));
  }
  facts.amount = *fee;

  Result<publish::LetterTemplates> templates = LoadTemplates(o.templates);
  if (!templates) return Fail(templates.error());
  Result<publish::Document> notice = templates->FeeNotice(facts);
  if (!notice) return Fail(notice.error());
  return WriteDocument(*notice, o.to, o.output, "缴费通知书");
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
  return WriteDocument(*letter, o.to, o.output, "答复告知书");
}

// --to, -o and --templates of both commands.
void AddOutputOptions(CLI::App* command, std::string& to, std::string& output,
                      std::string& templates) {
  command->add_option("--to", to, "输出格式")
      ->check(CLI::IsMember({"docx", "pdf"}))
      ->default_str("docx");
  command->add_option("-o,--output", output, "输出文件")->required();
  command->add_option("--templates", templates, "模板目录（默认：随程序安装的 data/letters）");
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
  AddOutputOptions(command, o->to, o->output, o->templates);
  return [o, command]() -> std::optional<ExitCode> {
    if (!command->parsed()) return std::nullopt;
    return RunLetter(*o);
  };
}

std::function<std::optional<ExitCode>()> AddFeeNoticeCommand(CLI::App& app) {
  auto o = std::make_shared<FeeNoticeOptions>();
  CLI::App* command =
      app.add_subcommand("fee-notice",
                         "生成信息处理费缴费通知书（Word 或 "
                         "PDF）：按国办函〔2020〕109号的标准计算金额，写明依据、标准、"
                         "数额和缴纳方式");
  command->add_option("--agency", o->agency, "收费机关")->required();
  command->add_option("--applicant", o->applicant, "申请人姓名或名称")->required();
  command->add_option("--request", o->request, "申请获取的政府信息")->required();
  command->add_option("--received", o->received, "收到申请日期 YYYY-MM-DD")->required();
  command->add_option("--notified", o->notified, "通知日期 YYYY-MM-DD")->required();
  CLI::Option* pieces =
      command->add_option("--pieces", o->pieces, "按件计收：本申请是该申请人当月的第几件申请");
  CLI::Option* pages = command->add_option("--pages", o->pages, "按量计收：本申请获取信息的页数");
  pieces->excludes(pages);
  command->add_option("--payment", o->payment, "缴纳方式（如非税收入缴款码或收款账户）")
      ->required();
  command->add_option("--number", o->number, "文号，如 解工信收费〔2024〕1号");
  AddOutputOptions(command, o->to, o->output, o->templates);
  return [o, command, pieces, pages]() -> std::optional<ExitCode> {
    if (!command->parsed()) return std::nullopt;
    if (pieces->count() == 0 && pages->count() == 0) {
      return Fail(Error::InvalidArgument(
          "fee-notice：须给出 --pieces 或 --pages（109号：按件或按量，二选一）"));
    }
    return RunFeeNotice(*o);
  };
}

}  // namespace gongkai::cli
