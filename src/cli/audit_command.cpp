#include "cli/audit_command.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "base/files.hpp"
#include "report/audit.hpp"
#include "report/audit_output.hpp"

namespace gongkai::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct AuditOptions {
  std::vector<std::string> directories;
  std::string out;
  std::string previous_dir;
  unsigned jobs = 0;
};

// Every regular file under `directory`, hidden files and directories skipped, `exclude` (the
// output directory) skipped, sorted by path.
Result<std::vector<std::string>> FilesUnder(const std::string& directory, const fs::path& exclude) {
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    return Error::InvalidArgument(directory + "：不是目录或无法访问");
  }
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied,
                                      error);
  if (error) return Error::InvalidArgument(directory + "：无法读取目录（" + error.message() + "）");
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error)
      return Error::InvalidArgument(directory + "：无法读取目录（" + error.message() + "）");
    const fs::path& path = it->path();
    bool hidden = path.filename().string().starts_with('.');
    if (it->is_directory(error)) {
      std::error_code same_error;
      if (hidden || (!exclude.empty() && fs::equivalent(path, exclude, same_error))) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (!hidden && it->is_regular_file(error)) files.push_back(path.string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Redraws one line on stderr: "审核 1234/10000 [#####-----] 12%"; at most every 100 ms.
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}

  void Update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    Clock::time_point now = Clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    constexpr std::size_t kWidth = 30;
    std::size_t filled = total == 0 ? kWidth : done * kWidth / total;
    std::string bar(filled, '#');
    bar.append(kWidth - filled, '-');
    std::fprintf(stderr, "\r审核 %zu/%zu [%s] %3zu%%", done, total, bar.c_str(),
                 total == 0 ? 100 : done * 100 / total);
    if (done == total) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  bool enabled_;
  Clock::time_point last_{};
};

Result<void> WriteOutputs(const fs::path& out, const std::vector<report::AuditEntry>& entries) {
  std::error_code error;
  fs::create_directories(out / "reports", error);
  if (error)
    return Error::InvalidArgument(out.string() + "：无法创建输出目录（" + error.message() + "）");
  for (std::size_t page = 0; page < report::AuditDetailPageCount(entries.size()); ++page) {
    Result<void> written = WriteFileAtomically(out / report::AuditDetailPageName(page),
                                               report::AuditDetailHtml(entries, page));
    if (!written) return written;
  }
  for (const auto& [name, content] :
       {std::pair<std::string, std::string>{"summary.csv", report::AuditCsv(entries)},
        {"summary.json", report::AuditJson(entries)},
        {"index.html", report::AuditIndexHtml(entries)}}) {
    Result<void> written = WriteFileAtomically(out / name, content);
    if (!written) return written;
  }
  return {};
}

ExitCode RunAudit(const AuditOptions& options) {
  Clock::time_point start = Clock::now();
  fs::path out(options.out);
  std::vector<std::string> files;
  for (const std::string& directory : options.directories) {
    Result<std::vector<std::string>> found = FilesUnder(directory, out);
    if (!found) return Fail(found.error());
    files.insert(files.end(), found->begin(), found->end());
  }
  report::AuditOptions audit;
  audit.threads = options.jobs;
  if (!options.previous_dir.empty()) {
    Result<std::vector<std::string>> previous = FilesUnder(options.previous_dir, out);
    if (!previous) return Fail(previous.error());
    audit.previous_files = std::move(*previous);
  }
  ProgressBar bar(isatty(STDERR_FILENO) != 0);
  audit.progress = [&bar](std::size_t done, std::size_t total) { bar.Update(done, total); };
  std::vector<report::AuditEntry> entries = report::AuditFiles(files, audit);
  Result<void> written = WriteOutputs(out, entries);
  if (!written) return Fail(written.error());

  ExitCode exit = ExitCode::kOk;
  std::size_t valid = 0;
  std::size_t invalid = 0;
  std::size_t unreadable = 0;
  for (const report::AuditEntry& entry : entries) {
    if (!entry.readable) {
      ++unreadable;
      std::cerr << "无法读取 " << entry.file << "：" << entry.reason << "\n";
      exit = Worse(exit, ExitCode::kUnusable);
    } else if (entry.valid) {
      ++valid;
    } else {
      ++invalid;
      exit = Worse(exit, ExitCode::kInvalid);
    }
  }
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::fprintf(stdout, "%zu 份文件：有效 %zu，无效 %zu，无法读取 %zu；用时 %.1f 秒\n结果：%s\n",
               entries.size(), valid, invalid, unreadable, seconds,
               (out / "index.html").string().c_str());
  return exit;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddAuditCommand(CLI::App& report_group) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* audit = report_group.add_subcommand(
      "audit",
      "批量核查目录中的所有报告文件（并行），输出 summary.csv、summary.json 和 index.html；"
      "退出码 0 全部有效，1 有无效报告，2 有无法读取的文件");
  audit->add_option("DIR", options->directories, "报告所在目录（含子目录）")->required();
  audit->add_option("--out", options->out, "输出目录")->required();
  audit->add_option("--previous-dir", options->previous_dir,
                    "上一年度报告所在目录：按机关名称配对，用于跨年核查（GK010、GK011）");
  audit->add_option("--jobs", options->jobs, "并行线程数（默认每核一个）");
  return [options, audit]() -> std::optional<ExitCode> {
    if (!audit->parsed()) return std::nullopt;
    return RunAudit(*options);
  };
}

}  // namespace gongkai::cli
