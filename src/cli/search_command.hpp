// `gongkai search`: full-text search of the catalogue, and rebuilding its index.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

std::function<std::optional<ExitCode>()> AddSearchCommand(CLI::App& app);

}  // namespace gongkai::cli
