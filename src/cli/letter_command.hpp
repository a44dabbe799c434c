// `gongkai letter`: an answer letter (政府信息公开申请答复告知书) as DOCX or PDF;
// `gongkai fee-notice`: a fee notice (信息处理费缴费通知书), its fee computed by the 109号 tariff.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

std::function<std::optional<ExitCode>()> AddLetterCommand(CLI::App& app);
std::function<std::optional<ExitCode>()> AddFeeNoticeCommand(CLI::App& app);

}  // namespace gongkai::cli
