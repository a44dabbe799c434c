// The ledger from the command line: `db migrate`, `demo`, `org list`, `report generate`,
// `export`, `import`, `backup`, `restore` (DESIGN.md §8). `--db` defaults to sqlite:gongkai.db.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

// Adds the commands; `report generate` joins the existing `report` subcommand of `app`.
std::function<std::optional<ExitCode>()> AddLedgerCommands(CLI::App& app);

}  // namespace gongkai::cli
