// `gongkai serve [--db URL] [--listen HOST:PORT]`: the HTTP server (server/server.hpp).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

std::function<std::optional<ExitCode>()> AddServeCommand(CLI::App& app);

}  // namespace gongkai::cli
