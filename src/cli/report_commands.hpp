// `gongkai report parse|check|render`: registered on a CLI11 app, run after parsing.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

// Adds the `report` subcommand and its children to `app`. The returned function runs whichever
// child was chosen; call it after app.parse().
std::function<ExitCode()> AddReportCommands(CLI::App& app);

}  // namespace gongkai::cli
