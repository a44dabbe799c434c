// `gongkai report parse|check|render`: registered on a CLI11 app, run after parsing.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

// Adds the `report` subcommand and its children to `app`. After app.parse(), the returned
// function runs whichever child was chosen, or returns nullopt when none was.
std::function<std::optional<ExitCode>()> AddReportCommands(CLI::App& app);

}  // namespace gongkai::cli
