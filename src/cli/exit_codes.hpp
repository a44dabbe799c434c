// The only place that knows the command's exit statuses (DESIGN.md §8).
#pragma once

#include "base/error.hpp"

namespace gongkai::cli {

enum class ExitCode {
  kOk = 0,        // success; for `check`, every report valid
  kInvalid = 1,   // the input was read but is invalid (a report with error findings)
  kUnusable = 2,  // bad usage, or input that cannot be read
  kInternal = 3,  // a bug reached the top
};

ExitCode ExitCodeFor(ErrorCode code);
int ToInt(ExitCode code);

// Prints the error's message on stderr and returns its exit status.
ExitCode Fail(const Error& error);

// The worse of two outcomes of a multi-file command: internal > unusable > invalid > ok.
ExitCode Worse(ExitCode a, ExitCode b);

}  // namespace gongkai::cli
