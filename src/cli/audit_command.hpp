// `gongkai report audit DIR... --out OUTDIR [--previous-dir DIR]`: every file under the
// directories read and checked in parallel (report/audit.hpp), the results written into OUTDIR
// (report/audit_output.hpp), a progress bar on a terminal.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>

#include "cli/exit_codes.hpp"

namespace gongkai::cli {

// Adds `audit` under the `report` group. The returned function runs it when it was chosen.
std::function<std::optional<ExitCode>()> AddAuditCommand(CLI::App& report_group);

}  // namespace gongkai::cli
