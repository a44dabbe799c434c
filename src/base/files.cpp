#include "base/files.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace gongkai {

Result<std::string> ReadWholeFile(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return Error::InvalidArgument(path.string() + "：是目录，不是文件");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error::NotFound(path.string() + "：无法打开文件（" + std::strerror(errno) + "）");
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Error::InvalidArgument(path.string() + "：读取失败");
  return content.str();
}

Result<void> WriteFileAtomically(const std::filesystem::path& path, std::string_view content) {
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      return Error::InvalidArgument(path.string() + "：无法写入（" + std::strerror(errno) + "）");
    }
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::filesystem::remove(temporary);
      return Error::InvalidArgument(path.string() + "：写入失败");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary);
    return Error::InvalidArgument(path.string() + "：无法写入（" + error.message() + "）");
  }
  return {};
}

std::vector<std::filesystem::path> DataPathCandidates(const std::filesystem::path& name) {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* dir = std::getenv("GONGKAI_DATA_DIR"); dir != nullptr && *dir != '\0') {
    candidates.push_back(fs::path(dir) / name);
  }
  std::error_code error;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path dir = executable.parent_path();
    candidates.push_back(dir / "data" / name);
    candidates.push_back(dir.parent_path() / "share" / "gongkai" / name);
    candidates.push_back(dir.parent_path() / "data" / name);
  }
  return candidates;
}

Result<std::filesystem::path> FindDataPath(const std::filesystem::path& name) {
  std::string tried;
  for (const std::filesystem::path& candidate : DataPathCandidates(name)) {
    std::error_code error;
    if (std::filesystem::exists(candidate, error)) return candidate;
    tried += (tried.empty() ? "" : "、") + candidate.string();
  }
  return Error::NotFound("找不到 " + name.string() + "（已查找：" + tried + "）");
}

}  // namespace gongkai
