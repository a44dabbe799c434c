#include "report/read.hpp"

#include "base/text.hpp"
#include "report/aligned_text.hpp"
#include "report/docx_text.hpp"
#include "report/html_text.hpp"
#include "report/json.hpp"
#include "report/layout_reader.hpp"
#include "report/markdown_text.hpp"
#include "report/pdf_text.hpp"
#include "report/reading_order.hpp"
#include "report/run_together.hpp"

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

// Text without markup: space-aligned columns or the tab-separated layout.
Result<ReadReportResult> ReadPlainText(std::string_view text) {
  if (LooksLikeMarkdownTables(text)) {
    Result<AnnualReport> report = ReadMappedLayout(MarkdownToLayout(text));
    if (!report) return report.error();
    return ReadReportResult{std::move(*report), SourceKind::kMarkdown};
  }
  if (LooksRunTogether(text)) {
    Result<AnnualReport> report = ReadMappedLayout(RunTogetherToLayout(text));
    if (!report) return report.error();
    return ReadReportResult{std::move(*report), SourceKind::kRunTogether};
  }
  if (LooksOneValuePerLine(text)) {
    Result<AnnualReport> report = ReadMappedLayout(ReadingOrderToLayout(text));
    if (!report) return report.error();
    ForgiveWrappedHeaders(*report);  // header cells wrap here as in aligned text
    return ReadReportResult{std::move(*report), SourceKind::kReadingOrder};
  }
  if (LooksSpaceAligned(text)) {
    Result<AnnualReport> report = ReadMappedLayout(AlignedToLayout(text));
    if (!report) return report.error();
    ForgiveWrappedHeaders(*report);
    return ReadReportResult{std::move(*report), SourceKind::kAlignedText};
  }
  Result<AnnualReport> report = ReadTextLayout(text);
  if (!report) return report.error();
  return ReadReportResult{std::move(*report), SourceKind::kTextLayout};
}

Result<ReadReportResult> ReadPdf(std::string_view bytes) {
  Result<std::string> text = PdfToText(bytes);
  if (!text) return text.error();
  if (text::Trim(*text).empty()) {
    return Error::InvalidArgument("PDF 中没有文字（可能是扫描件），无法读取表格；请提供文字版 PDF");
  }
  Result<ReadReportResult> read = ReadPlainText(*text);
  if (read) read->kind = SourceKind::kPdf;
  return read;
}

Result<ReadReportResult> ReadDocx(std::string_view bytes) {
  Result<LayoutText> layout = DocxToLayout(bytes);
  if (!layout) return layout.error();
  Result<AnnualReport> report = ReadMappedLayout(*layout);
  if (!report) return report.error();
  return ReadReportResult{std::move(*report), SourceKind::kDocx};
}

}  // namespace

Result<ReadReportResult> ReadReport(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  if (text::Trim(bytes).empty()) return Error::InvalidArgument("文件为空，没有可读取的报告内容");
  if (LooksLikePdf(bytes)) return ReadPdf(bytes);
  if (LooksLikeDocx(bytes)) return ReadDocx(bytes);
  if (bytes.find('\0') != std::string_view::npos) {
    return Error::InvalidArgument(
        "不是可读取的报告文件（含二进制数据）；支持 UTF-8 文本、HTML、JSON、DOCX 和 PDF");
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
  return ReadPlainText(bytes);
}

}  // namespace gongkai::report
