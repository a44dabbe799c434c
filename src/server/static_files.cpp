#include "server/static_files.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gongkai::server {
namespace {

namespace fs = std::filesystem;

std::string ContentTypeOf(const fs::path& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".html", "text/html; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"}};
  auto found = kTypes.find(path.extension().string());
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

}  // namespace

Result<StaticFiles> StaticFiles::Load(const std::string& directory) {
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    return Error::NotFound("静态文件目录不存在：" + directory);
  }
  StaticFiles files;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory, error)) {
    std::string name = entry.path().filename().string();
    if (name.empty() || name.front() == '.' || !entry.is_regular_file(error)) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    files.files_[name] = {ContentTypeOf(entry.path()), content.str()};
  }
  if (error) return Error::NotFound("无法读取静态文件目录 " + directory + "：" + error.message());
  return files;
}

HttpResponse StaticFiles::Serve(const std::string& name) const {
  auto found = files_.find(name);
  if (found == files_.end()) return ErrorResponse(Error::NotFound("没有这个文件：" + name));
  HttpResponse response;
  response.content_type = found->second.content_type;
  response.body = found->second.body;
  response.headers.emplace_back("Cache-Control", "public, max-age=3600");
  return response;
}

std::string FindWebDirectory() {
  std::vector<fs::path> candidates;
  if (const char* dir = std::getenv("GONGKAI_WEB_DIR"); dir != nullptr && *dir != '\0') {
    candidates.emplace_back(dir);
  }
  std::error_code error;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path dir = executable.parent_path();
    candidates.push_back(dir / "web");
    candidates.push_back(dir.parent_path() / "share" / "gongkai" / "web");
    candidates.push_back(dir.parent_path() / "web");
  }
  for (const fs::path& candidate : candidates) {
    if (fs::is_directory(candidate / "static", error)) return candidate.string();
  }
  return "";
}

}  // namespace gongkai::server
