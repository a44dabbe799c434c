// gongkai: the command-line entry point. Parses options and runs one command; the exit status
// follows DESIGN.md §8 (cli/exit_codes.hpp).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/account_commands.hpp"
#include "cli/clock_commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/ledger_commands.hpp"
#include "cli/letter_command.hpp"
#include "cli/report_commands.hpp"
#include "cli/search_command.hpp"
#include "cli/serve_command.hpp"

namespace {

int Run(int argc, char** argv) {
  using gongkai::cli::ExitCode;
  CLI::App app("公开 Gongkai：政府信息公开工作的办公系统与年度报告核查工具", "gongkai");
  app.require_subcommand(1);
  app.set_version_flag("--version", "gongkai " GONGKAI_VERSION, "打印版本号并退出");
  const std::vector<std::function<std::optional<ExitCode>()>> commands = {
      gongkai::cli::AddReportCommands(app),   gongkai::cli::AddDeadlineCommand(app),
      gongkai::cli::AddWorkdaysCommand(app),  gongkai::cli::AddFeeCommand(app),
      gongkai::cli::AddLedgerCommands(app),   gongkai::cli::AddServeCommand(app),
      gongkai::cli::AddAccountCommands(app),  gongkai::cli::AddLetterCommand(app),
      gongkai::cli::AddFeeNoticeCommand(app), gongkai::cli::AddSearchCommand(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return gongkai::cli::ToInt(ExitCode::kUnusable);
  }
  for (const auto& run : commands) {
    if (std::optional<ExitCode> exit = run()) return gongkai::cli::ToInt(*exit);
  }
  return gongkai::cli::ToInt(ExitCode::kUnusable);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "内部错误：" << error.what() << "\n";
  } catch (...) {
    std::cerr << "内部错误\n";
  }
  return gongkai::cli::ToInt(gongkai::cli::ExitCode::kInternal);
}
