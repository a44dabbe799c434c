#include "publish/report_formats.hpp"

#include <array>

#include "publish/docx_writer.hpp"
#include "publish/pdf_writer.hpp"
#include "publish/report_document.hpp"
#include "publish/xlsx_writer.hpp"
#include "report/json.hpp"
#include "report/render.hpp"

namespace gongkai::publish {
namespace {

constexpr std::array kFormats = {
    OutputFormat{"text", "text/plain; charset=utf-8", ".txt", false},
    OutputFormat{"markdown", "text/markdown; charset=utf-8", ".md", false},
    OutputFormat{"json", "application/json; charset=utf-8", ".json", false},
    OutputFormat{"html", "text/html; charset=utf-8", ".html", false},
    OutputFormat{"csv", "text/csv; charset=utf-8", ".csv", false},
    OutputFormat{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 ".docx", true},
    OutputFormat{"pdf", "application/pdf", ".pdf", true},
    OutputFormat{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 ".xlsx", true},
};

}  // namespace

std::span<const OutputFormat> ReportFormats() { return kFormats; }

const OutputFormat* FindReportFormat(std::string_view name) {
  for (const OutputFormat& format : kFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

Result<std::string> RenderReportAs(const report::AnnualReport& report, std::string_view format) {
  if (format == "text") return report::RenderText(report) + "\n";
  if (format == "markdown") return report::RenderMarkdown(report) + "\n";
  if (format == "json") return report::ToJson(report);
  if (format == "html") return report::RenderHtml(report);
  if (format == "csv") return report::RenderCsv(report);
  if (format == "docx") return WriteDocx(ReportDocument(report));
  if (format == "pdf") return WritePdf(ReportDocument(report));
  if (format == "xlsx") return WriteXlsx(report);
  return Error::InvalidArgument("未知的输出格式“" + std::string(format) +
                                "”：可选 text、markdown、json、html、csv、docx、pdf、xlsx");
}

}  // namespace gongkai::publish
