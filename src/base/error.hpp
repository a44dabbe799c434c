// Error values shared by every layer. Expected failures travel as Result<T> (result.hpp);
// exceptions never cross a public API of ours.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

// Protocol-neutral. Only the CLI maps these to exit codes (cli/exit_codes.cpp) and only the
// server will map them to HTTP statuses.
enum class ErrorCode {
  kInvalidArgument,     // the input is malformed; the caller must fix it
  kNotFound,            // a named thing (file, record) does not exist
  kConflict,            // valid input, but the current state forbids it
  kFailedPrecondition,  // the system lacks setup, e.g. no calendar for that year
  kUnauthenticated,     // no valid session or credentials
  kPermissionDenied,    // signed in, but the roles do not allow it
  kRateLimited,         // too many attempts; retry later
  kUnavailable,         // storage or another dependency is down; a retry may work
  kInternal,            // a bug reached a boundary
};

std::string_view ToString(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // safe to show to users; names the place (file:line, JSON path)
  std::string detail;   // for logs only

  static Error InvalidArgument(std::string message) {
    return {ErrorCode::kInvalidArgument, std::move(message), {}};
  }
  static Error NotFound(std::string message) {
    return {ErrorCode::kNotFound, std::move(message), {}};
  }
  static Error PermissionDenied(std::string message) {
    return {ErrorCode::kPermissionDenied, std::move(message), {}};
  }
  static Error Internal(std::string message) {
    return {ErrorCode::kInternal, std::move(message), {}};
  }
};

}  // namespace gongkai
