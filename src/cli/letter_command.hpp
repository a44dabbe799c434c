// `gongkai letter`: an answer letter (政府信息公开申请答复告知书) as DOCX or PDF.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

std::function<std::optional<ExitCode>()> AddLetterCommand(CLI::App& app);

}  // namespace gongkai::cli
