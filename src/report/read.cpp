#include "report/read.hpp"

#include "base/text.hpp"
#include "report/aligned_text.hpp"
#include "report/html_text.hpp"
#include "report/json.hpp"
#include "report/layout_reader.hpp"

namespace gongkai::report {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool LooksLikeJson(std::string_view text) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    return c == '{' || c == '[';
  }
  return false;
}

}  // namespace

Result<ReadReportResult> ReadReport(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  if (text::Trim(bytes).empty()) return Error::InvalidArgument("文件为空，没有可读取的报告内容");
  if (bytes.find('\0') != std::string_view::npos) {
    return Error::InvalidArgument("不是文本文件（含二进制数据）；目前支持 UTF-8 文本和 JSON");
  }
  if (!text::IsValidUtf8(bytes)) {
    return Error::InvalidArgument("文件不是 UTF-8 编码的文本（如为 GBK 编码，请先转换为 UTF-8）");
  }
  if (LooksLikeJson(bytes)) {
    Result<AnnualReport> report = FromJson(bytes);
    if (!report) return report.error();
    return ReadReportResult{std::move(*report), SourceKind::kJson};
  }
  if (LooksLikeHtml(bytes)) {
    Result<AnnualReport> report = ReadMappedLayout(HtmlToLayout(bytes));
    if (!report) return report.error();
    return ReadReportResult{std::move(*report), SourceKind::kHtml};
  }
  if (LooksSpaceAligned(bytes)) {
    Result<AnnualReport> report = ReadMappedLayout(AlignedToLayout(bytes));
    if (!report) return report.error();
    ForgiveWrappedHeaders(*report);
    return ReadReportResult{std::move(*report), SourceKind::kAlignedText};
  }
  Result<AnnualReport> report = ReadTextLayout(bytes);
  if (!report) return report.error();
  return ReadReportResult{std::move(*report), SourceKind::kTextLayout};
}

}  // namespace gongkai::report
