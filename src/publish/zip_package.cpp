#include "publish/zip_package.hpp"

#include <zip.h>

#include <ctime>
#include <memory>

namespace gongkai::publish {
namespace {

// 1980-01-01 12:00 UTC, the first day a zip entry can carry; noon keeps the local date the same
// in every time zone libzip converts it in.
constexpr std::time_t kEntryTime = 315576000;

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

Error ZipError(zip_error_t* error, std::string_view doing) {
  std::string message = "无法生成文档（" + std::string(doing) + "）：" + zip_error_strerror(error);
  zip_error_fini(error);
  return Error{ErrorCode::kInternal, std::move(message), {}};
}

Result<std::string> ReadAll(zip_source_t* source) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_open(source) < 0 || zip_source_stat(source, &stat) < 0 ||
      (stat.valid & ZIP_STAT_SIZE) == 0) {
    return ZipError(zip_source_error(source), "读取");
  }
  std::string bytes(stat.size, '\0');
  zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
  zip_source_close(source);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    return ZipError(zip_source_error(source), "读取");
  }
  return bytes;
}

}  // namespace

Result<std::string> ZipPackage(const std::vector<PackagePart>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) return ZipError(&error, "创建");
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr) return ZipError(&error, "创建");
  zip_source_keep(buffer.get());  // the archive's close would free it otherwise
  for (const PackagePart& part : parts) {
    zip_source_t* data = zip_source_buffer(archive, part.bytes.data(), part.bytes.size(), 0);
    zip_int64_t index =
        data == nullptr ? -1 : zip_file_add(archive, part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (data != nullptr) zip_source_free(data);
      Error failed{ErrorCode::kInternal, "无法生成文档：" + std::string(zip_strerror(archive)), {}};
      zip_discard(archive);
      return failed;
    }
    auto entry = static_cast<zip_uint64_t>(index);
    zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 6);
    zip_file_set_mtime(archive, entry, kEntryTime, 0);
  }
  if (zip_close(archive) < 0) {
    Error failed{ErrorCode::kInternal, "无法生成文档：" + std::string(zip_strerror(archive)), {}};
    zip_discard(archive);
    return failed;
  }
  zip_error_fini(&error);
  return ReadAll(buffer.get());
}

}  // namespace gongkai::publish
