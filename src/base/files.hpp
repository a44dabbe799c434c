// File access: whole-file reads and atomic writes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace gongkai {

// Fails with kNotFound when the file cannot be opened, naming it.
Result<std::string> ReadWholeFile(const std::filesystem::path& path);

// Writes to a temporary file beside `path`, then renames it over `path`, so that a reader never
// sees half a file. Fails with kInvalidArgument naming the path.
Result<void> WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace gongkai
