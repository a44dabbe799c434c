// Accounts and the audit trail from the command line: `user add|passwd|roles|list` (the first
// administrator of a new deployment is made this way) and `audit verify`.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

std::function<std::optional<ExitCode>()> AddAccountCommands(CLI::App& app);

}  // namespace gongkai::cli
