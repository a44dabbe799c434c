// File access: whole-file reads, atomic writes, and finding the installed data files.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace gongkai {

// Fails with kNotFound when the file cannot be opened, naming it.
Result<std::string> ReadWholeFile(const std::filesystem::path& path);

// Writes to a temporary file beside `path`, then renames it over `path`, so that a reader never
// sees half a file. Fails with kInvalidArgument naming the path.
Result<void> WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

// Where the installed data file or directory `name` (data/ of the source tree) may be, in order:
// $GONGKAI_DATA_DIR/name, then beside the executable: data/name (the build), ../share/gongkai/name
// (installed), ../data/name (the source tree).
std::vector<std::filesystem::path> DataPathCandidates(const std::filesystem::path& name);

// The first of DataPathCandidates that exists, or kNotFound naming all of them.
Result<std::filesystem::path> FindDataPath(const std::filesystem::path& name);

}  // namespace gongkai
