// GK006 structure, GK007 label wording, GK008 format against year.
#include "report/validate_rules.hpp"

namespace gongkai::report::detail {
namespace {

std::string_view PartName(Part part) {
  switch (part) {
    case Part::kDocument:
      return "";
    case Part::kProactive:
      return "表二";
    case Part::kApplications:
      return "表三";
    case Part::kAppeals:
      return "表四";
  }
  return "";
}

Finding StructureFinding(Part part, std::string row, std::string message, SourcePos source) {
  return Finding{"GK006",
                 Severity::kError,
                 part,
                 std::move(row),
                 "",
                 std::monostate{},
                 std::monostate{},
                 std::move(message),
                 source,
                 {}};
}

void CheckSections(const AnnualReport& report, FindingSink& sink) {
  const FormatSpec& spec = SpecFor(report.format);
  if (report.read.from_layout) {
    for (std::size_t i = 0; i < spec.sections.size(); ++i) {
      if (report.read.section_headings[i].known()) continue;
      sink.Add(StructureFinding(Part::kDocument, "",
                                "缺少章节“" + std::string(spec.sections[i].heading) + "”", {}));
    }
    return;
  }
  if (!report.sections) return;  // a JSON report without free text: nothing to say
  const std::pair<const std::optional<std::string>*, int> kTextSections[] = {
      {&report.sections->overview, 0},
      {&report.sections->problems, 4},
      {&report.sections->other, 5}};
  for (auto [text, index] : kTextSections) {
    if (*text) continue;
    sink.Add(StructureFinding(
        Part::kDocument, "",
        "缺少章节“" + std::string(spec.sections[static_cast<std::size_t>(index)].heading) + "”",
        {}));
  }
}

void CheckRowsPresent(const AnnualReport& report, FindingSink& sink) {
  const FormatSpec& spec = SpecFor(report.format);
  for (const ProactiveTableSpec& table : spec.proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      if (report.proactive.RowPrinted(row.row)) continue;
      sink.Add(StructureFinding(
          Part::kProactive, std::string(row.key),
          "表二" + std::string(table.heading) + "缺少“" + std::string(row.label) + "”一行", {}));
    }
  }
  for (const AppRowSpec& row : spec.application_rows) {
    if (report.applications.RowPrinted(row.row)) continue;
    sink.Add(StructureFinding(Part::kApplications, std::string(row.key),
                              "表三缺少“" + std::string(row.label) + "”一行", {}));
  }
  for (const AppRowSpec& row : spec.tolerated_rows) {
    if (!report.applications.RowHasValue(row.row)) continue;
    Finding finding =
        StructureFinding(Part::kApplications, std::string(row.key),
                         "表三印有另一版格式的“" + std::string(row.label) + "”行（" +
                             std::string(Instrument(report.format)) + "格式的（六）其他处理分" +
                             (report.format == Format::k2021 ? "为三行）" : "为一行）"),
                         report.applications.at(row.row, AppColumn::kTotal).source);
    finding.message += LineSuffix(finding.source);
    sink.Add(std::move(finding));
  }
  for (AppealGroup group : kAllAppealGroups) {
    bool any = false;
    for (AppealColumn column : kAllAppealColumns) any = any || report.appeals.value(group, column);
    if (any) continue;
    sink.Add(StructureFinding(Part::kAppeals, std::string(Key(group)),
                              "表四缺少“" + std::string(Label(group)) + "”的数值", {}));
  }
}

}  // namespace

// GK006: the six sections in order; every row of the format present with its cells.
void CheckStructure(const AnnualReport& report, FindingSink& sink) {
  CheckSections(report, sink);
  CheckRowsPresent(report, sink);
  for (const StructureIssue& issue : report.read.structure_issues) {
    sink.Add(StructureFinding(issue.part, issue.row, issue.message + LineSuffix(issue.source),
                              issue.source));
  }
}

// GK007: a printed label that deviates from the official wording; the finding names it.
void CheckLabels(const AnnualReport& report, FindingSink& sink) {
  for (const LabelDeviation& deviation : report.read.label_deviations) {
    Finding finding{"GK007",           Severity::kWarning,
                    deviation.part,    deviation.row,
                    deviation.column,  deviation.official,
                    deviation.printed, "",
                    deviation.source,  {}};
    finding.message = std::string(PartName(deviation.part)) + "标签“" + deviation.printed +
                      "”与规定格式不符，应为“" + deviation.official + "”" +
                      LineSuffix(deviation.source);
    sink.Add(std::move(finding));
  }
}

// GK008: reports on 2021 and later use the 2021 format (国办公开办函〔2021〕30号); reports on
// 2019 and 2020 the 2019 format (〔2019〕60号). Earlier years had neither.
void CheckFormatYear(const AnnualReport& report, FindingSink& sink) {
  constexpr int kFirst2019FormatYear = 2019;
  constexpr int kFirst2021FormatYear = 2021;
  if (!report.year || *report.year < kFirst2019FormatYear) return;
  Format expected = *report.year >= kFirst2021FormatYear ? Format::k2021 : Format::k2019;
  if (report.format == expected) return;
  Finding finding{"GK008",
                  Severity::kWarning,
                  Part::kDocument,
                  "",
                  "",
                  std::string(ToString(expected)),
                  std::string(ToString(report.format)),
                  "",
                  report.read.title,
                  {}};
  finding.message = std::to_string(*report.year) + " 年度报告应使用" +
                    std::string(Instrument(expected)) + "格式，实际使用" +
                    std::string(Instrument(report.format)) + "格式" + LineSuffix(report.read.title);
  sink.Add(std::move(finding));
}

}  // namespace gongkai::report::detail
