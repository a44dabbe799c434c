// `gongkai deadline`, `gongkai workdays add|between` and `gongkai fee`: the statutory clock and
// the fee tariffs from the command line (DESIGN.md §8).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

// Each adds its subcommand to `app`; the returned function runs it when it was chosen, and
// returns nullopt otherwise.
std::function<std::optional<ExitCode>()> AddDeadlineCommand(CLI::App& app);
std::function<std::optional<ExitCode>()> AddWorkdaysCommand(CLI::App& app);
std::function<std::optional<ExitCode>()> AddFeeCommand(CLI::App& app);

}  // namespace gongkai::cli
