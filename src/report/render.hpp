// Renderers of a report. Each is a pure function of the report: the same report renders to the
// same bytes.
#pragma once

#include <string>

#include "report/model.hpp"

namespace gongkai::report {

// The printed text layout: title, the six section headings, free text as paragraphs separated
// by blank lines, and the tables as tab-separated lines in the official row order with the
// official labels. ReadTextLayout reads it back to the same report.
std::string RenderText(const AnnualReport& report);

// Markdown: headings, paragraphs and pipe tables (merged header cells flattened).
std::string RenderMarkdown(const AnnualReport& report);

// HTML in the official layout (merged header cells, the 勾稽 note of table 三). Value cells carry
// data-cell="applications.received.total" (Part.row.column schema keys); blank cells are empty
// with class "blank". RenderHtmlBody is the <article> alone, for a page; RenderHtml a
// self-contained document with print CSS for A4.
std::string RenderHtmlBody(const AnnualReport& report);
std::string RenderHtml(const AnnualReport& report);

// CSV, one line per cell of the format's tables: table,row,column,value (schema keys; blank
// cells have an empty value), for researchers.
std::string RenderCsv(const AnnualReport& report);

// The title as printed, or "<agency> <year> 年政府信息公开工作年度报告" built from the report.
std::string TitleOf(const AnnualReport& report);

}  // namespace gongkai::report
