#include "cli/report_commands.hpp"

#include <iostream>
#include <memory>

#include "base/files.hpp"
#include "cli/audit_command.hpp"
#include "publish/report_formats.hpp"
#include "report/check_output.hpp"
#include "report/format.hpp"
#include "report/json.hpp"
#include "report/read.hpp"
#include "report/render.hpp"
#include "report/validate.hpp"

namespace gongkai::cli {
namespace {

struct ReportOptions {
  std::vector<std::string> files;
  bool json = false;
  std::string previous;
  std::string to = "text";
  std::string output;
};

Result<report::AnnualReport> LoadReport(const std::string& file) {
  Result<std::string> bytes = ReadWholeFile(file);
  if (!bytes) return bytes.error();
  Result<report::ReadReportResult> read = report::ReadReport(*bytes);
  if (!read) return Error{read.error().code, file + "：" + read.error().message, {}};
  return std::move(read->report);
}

void PrintJson(const nlohmann::ordered_json& value) {
  std::cout << value.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

std::string ParseSummary(const std::string& file, const report::AnnualReport& report) {
  std::string out = file + "\n  格式：" + std::string(report::ToString(report.format)) + "（" +
                    std::string(report::Instrument(report.format)) + "）\n";
  out += "  年度：" + (report.year ? std::to_string(*report.year) : std::string("未识别")) + "\n";
  out += "  机关：" + report.agency.value_or("未识别") + "\n";
  return out + "\n" + report::RenderMarkdown(report) + "\n";
}

ExitCode RunParse(const ReportOptions& options) {
  ExitCode exit = ExitCode::kOk;
  nlohmann::ordered_json reports = nlohmann::ordered_json::array();
  for (const std::string& file : options.files) {
    Result<report::AnnualReport> report = LoadReport(file);
    if (!report) {
      std::cerr << "无法读取 " << report.error().message << "\n";
      exit = Worse(exit, ExitCodeFor(report.error().code));
      continue;
    }
    if (options.json) {
      reports.push_back(report::ToJsonValue(*report));
    } else {
      std::cout << ParseSummary(file, *report);
    }
  }
  if (options.json)
    PrintJson(options.files.size() == 1 && reports.size() == 1 ? reports[0] : reports);
  return exit;
}

ExitCode RunCheck(const ReportOptions& options) {
  std::unique_ptr<report::AnnualReport> previous;
  if (!options.previous.empty()) {
    Result<report::AnnualReport> loaded = LoadReport(options.previous);
    if (!loaded) {
      std::cerr << "无法读取上一年度报告 " << loaded.error().message << "\n";
      return ExitCodeFor(loaded.error().code);
    }
    previous = std::make_unique<report::AnnualReport>(std::move(*loaded));
  }
  ExitCode exit = ExitCode::kOk;
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (const std::string& file : options.files) {
    Result<report::AnnualReport> report = LoadReport(file);
    if (!report) {
      std::cerr << "无法读取 " << report.error().message << "\n";
      if (options.json) results.push_back(report::UnreadableJson(file, report.error().message));
      exit = Worse(exit, ExitCodeFor(report.error().code));
      continue;
    }
    report::ValidationResult result = report::Validate(*report, {.previous = previous.get()});
    if (!result.valid()) exit = Worse(exit, ExitCode::kInvalid);
    if (options.json) {
      results.push_back(report::CheckJson(file, *report, result));
    } else {
      std::cout << report::CheckHuman(file, *report, result);
    }
  }
  if (options.json) PrintJson(options.files.size() == 1 ? results[0] : results);
  return exit;
}

ExitCode RunRender(const ReportOptions& options) {
  Result<report::AnnualReport> report = LoadReport(options.files.front());
  if (!report) {
    std::cerr << "无法读取 " << report.error().message << "\n";
    return ExitCodeFor(report.error().code);
  }
  const publish::OutputFormat* format = publish::FindReportFormat(options.to);
  if (format != nullptr && format->binary && options.output.empty()) {
    std::cerr << options.to << " 是二进制格式，请用 -o 指定输出文件\n";
    return ExitCode::kUnusable;
  }
  Result<std::string> output = publish::RenderReportAs(*report, options.to);
  if (!output) {
    std::cerr << output.error().message << "\n";
    return ExitCodeFor(output.error().code);
  }
  const std::string& rendered = *output;
  if (options.output.empty()) {
    std::cout << rendered;
    return ExitCode::kOk;
  }
  Result<void> written = WriteFileAtomically(options.output, rendered);
  if (!written) {
    std::cerr << written.error().message << "\n";
    return ExitCodeFor(written.error().code);
  }
  return ExitCode::kOk;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddReportCommands(CLI::App& app) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* group = app.add_subcommand("report", "年度报告：读取、核查、输出");
  group->require_subcommand(1);

  CLI::App* parse = group->add_subcommand(
      "parse",
      "读取年度报告（文本、HTML、DOCX、PDF 或 JSON，按内容识别），输出内容；--json 输出规范 "
      "JSON（多个文件时为数组）");
  parse->add_option("FILE", options->files, "报告文件")->required();
  parse->add_flag("--json", options->json, "输出规范 JSON（report.schema.json）");

  CLI::App* check = group->add_subcommand(
      "check", "核查年度报告是否符合 GK001–GK011 规则；退出码 0 有效，1 无效，2 无法读取");
  check->add_option("FILE", options->files, "报告文件")->required();
  check->add_flag("--json", options->json, "输出机器可读的核查结果");
  check->add_option("--previous", options->previous, "上一年度报告，用于跨年核查（GK010、GK011）");

  CLI::App* render = group->add_subcommand(
      "render", "把报告输出为文本版式、Markdown、JSON、HTML、CSV、Word、PDF 或 Excel");
  render->add_option("FILE", options->files, "报告文件（文本、HTML、DOCX、PDF 或 JSON）")
      ->required()
      ->expected(1);
  render->add_option("--to", options->to, "输出格式")
      ->check(CLI::IsMember({"text", "markdown", "json", "html", "csv", "docx", "pdf", "xlsx"}))
      ->default_str("text");
  render->add_option("-o,--output", options->output, "输出文件（默认标准输出）");

  auto run_audit = AddAuditCommand(*group);

  return [options, parse, check, render, run_audit]() -> std::optional<ExitCode> {
    if (std::optional<ExitCode> audited = run_audit()) return audited;
    if (parse->parsed()) return RunParse(*options);
    if (check->parsed()) return RunCheck(*options);
    if (render->parsed()) return RunRender(*options);
    return std::nullopt;
  };
}

}  // namespace gongkai::cli
