// Every format the annual report can be written in, by name, for the CLI (`report render --to`)
// and the server's downloads.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "report/model.hpp"

namespace gongkai::publish {

struct OutputFormat {
  std::string_view name;        // "docx"
  std::string_view media_type;  // for Content-Type
  std::string_view extension;   // ".docx"
  bool binary = false;          // never printed to a terminal
};

// text, markdown, json, html, csv, docx, pdf, xlsx.
std::span<const OutputFormat> ReportFormats();
const OutputFormat* FindReportFormat(std::string_view name);

// kInvalidArgument for an unknown format; the writers' errors otherwise (a missing font).
Result<std::string> RenderReportAs(const report::AnnualReport& report, std::string_view format);

}  // namespace gongkai::publish
