#include "publish/report_document.hpp"

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/render.hpp"

namespace gongkai::publish {
namespace {

void AddParagraphs(Document& document, const std::optional<std::string>& body) {
  if (!body) return;
  for (std::string_view paragraph : text::SplitLines(*body)) {
    std::string_view trimmed = text::Trim(paragraph);
    if (!trimmed.empty()) document.Add(BlockKind::kParagraph, std::string(trimmed));
  }
}

}  // namespace

Document ReportDocument(const report::AnnualReport& report) {
  const report::FormatSpec& spec = report::SpecFor(report.format);
  const report::Sections sections = report.sections.value_or(report::Sections{});
  Document document;
  document.title = report::TitleOf(report);
  document.date = report.year ? std::to_string(*report.year + 1) + "-01-01" : "2000-01-01";
  auto heading = [&](std::size_t section) {
    document.Add(BlockKind::kHeading, std::string(spec.sections[section].heading));
  };
  document.Add(BlockKind::kTitle, document.title);
  heading(0);
  AddParagraphs(document, sections.overview);
  heading(1);
  for (report::PrintedTable& table : report::ProactiveTables(report)) {
    document.AddTable(std::move(table));
  }
  heading(2);
  document.AddTable(report::ApplicationTable(report));
  heading(3);
  document.AddTable(report::AppealTable(report));
  heading(4);
  AddParagraphs(document, sections.problems);
  heading(5);
  AddParagraphs(document, sections.other);
  return document;
}

}  // namespace gongkai::publish
