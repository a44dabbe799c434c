// gongkai: the command-line entry point. Parses options and runs one command; the exit status
// follows DESIGN.md §8 (cli/exit_codes.hpp).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/report_commands.hpp"

int main(int argc, char** argv) {
  using gongkai::cli::ExitCode;
  CLI::App app("公开 Gongkai：政府信息公开工作的办公系统与年度报告核查工具", "gongkai");
  app.require_subcommand(1);
  std::function<ExitCode()> run_report = gongkai::cli::AddReportCommands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return gongkai::cli::ToInt(ExitCode::kUnusable);
  }
  try {
    return gongkai::cli::ToInt(run_report());
  } catch (const std::exception& error) {
    std::cerr << "内部错误：" << error.what() << "\n";
    return gongkai::cli::ToInt(ExitCode::kInternal);
  }
}
