// The files of the installed web/static/ directory (style sheets, scripts, images), read once at
// start and served from memory on the I/O thread with their content type and a cache lifetime.
// Names are single path segments: nothing outside the directory can be named.
#pragma once

#include <map>
#include <string>

#include "base/result.hpp"
#include "server/http.hpp"

namespace gongkai::server {

class StaticFiles {
 public:
  // Reads every regular file directly in `directory` whose name does not start with ".". Fails
  // with kNotFound when the directory does not exist.
  static Result<StaticFiles> Load(const std::string& directory);

  // 200 with the file, or 404.
  HttpResponse Serve(const std::string& name) const;
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
  };
  std::map<std::string, File> files_;
};

// Where web/ is: $GONGKAI_WEB_DIR, then beside the binary (web/), then ../share/gongkai/web and
// ../web relative to it. Empty when none exists.
std::string FindWebDirectory();

}  // namespace gongkai::server
