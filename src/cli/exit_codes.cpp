#include "cli/exit_codes.hpp"

#include <iostream>

namespace gongkai::cli {
namespace {

int Rank(ExitCode code) {
  switch (code) {
    case ExitCode::kOk:
      return 0;
    case ExitCode::kInvalid:
      return 1;
    case ExitCode::kUnusable:
      return 2;
    case ExitCode::kInternal:
      return 3;
  }
  return 3;
}

}  // namespace

ExitCode ExitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kNotFound:
    case ErrorCode::kConflict:
    case ErrorCode::kFailedPrecondition:
    case ErrorCode::kUnauthenticated:
    case ErrorCode::kPermissionDenied:
    case ErrorCode::kRateLimited:
      return ExitCode::kUnusable;
    case ErrorCode::kUnavailable:
    case ErrorCode::kInternal:
      return ExitCode::kInternal;
  }
  return ExitCode::kInternal;
}

ExitCode Fail(const Error& error) {
  std::cerr << error.message << "\n";
  return ExitCodeFor(error.code);
}

int ToInt(ExitCode code) { return static_cast<int>(code); }

ExitCode Worse(ExitCode a, ExitCode b) { return Rank(a) >= Rank(b) ? a : b; }

}  // namespace gongkai::cli
