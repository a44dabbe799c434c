// Table 三: each data row is a line whose label cells (group labels in merged cells, then the row
// label) are followed by the seven values; header lines carry no numbers.
#include <algorithm>
#include <set>

#include "report/table_readers.hpp"

namespace gongkai::report::detail {
namespace {

struct AppRowIndex {
  std::vector<const AppRowSpec*> rows;  // the format's rows, then the tolerated ones
  std::vector<std::string_view> labels;
};

AppRowIndex IndexRows(const FormatSpec& spec) {
  AppRowIndex index;
  for (const std::vector<AppRowSpec>* rows : {&spec.application_rows, &spec.tolerated_rows}) {
    for (const AppRowSpec& row : *rows) {
      index.rows.push_back(&row);
      index.labels.push_back(row.label);
    }
  }
  return index;
}

// Header and group labels, checked only for their wording (GK007).
std::vector<std::string_view> FixedLabels(const FormatSpec& spec) {
  std::vector<std::string_view> labels = {kAppCornerNote, kAppApplicantHeader,
                                          kAppOrganisationHeader};
  for (AppColumn column : kAllAppColumns) labels.push_back(Label(column));
  std::set<std::string_view> groups;
  for (const AppRowSpec& row : spec.application_rows) {
    if (!row.group_label.empty() && groups.insert(row.group_label).second) {
      labels.push_back(row.group_label);
    }
  }
  return labels;
}

// Built once per format: the readers run on thousands of reports.
struct AppMatchers {
  explicit AppMatchers(const FormatSpec& spec)
      : index(IndexRows(spec)),
        fixed(FixedLabels(spec)),
        row_labels(index.labels),
        fixed_labels(fixed) {}
  AppRowIndex index;
  std::vector<std::string_view> fixed;
  LabelMatcher row_labels;
  LabelMatcher fixed_labels;
};

const AppMatchers& MatchersFor(Format format) {
  static const AppMatchers k2021(SpecFor(Format::k2021));
  static const AppMatchers k2019(SpecFor(Format::k2019));
  return format == Format::k2021 ? k2021 : k2019;
}

void CheckFixedLabel(const Token& token, const LabelMatcher& matcher,
                     const std::vector<std::string_view>& labels, AnnualReport& report) {
  std::optional<LabelMatch> match = matcher.Match(token.text);
  if (match && !match->exact) {
    NoteDeviation(report, Part::kApplications, "", "", token, labels[match->index]);
  }
}

}  // namespace

int ReadApplicationTable(std::span<const TokenLine> lines, const FormatSpec& spec,
                         AnnualReport& report) {
  static constexpr std::size_t kWidth = kAllAppColumns.size();
  const AppMatchers& matchers = MatchersFor(spec.format);
  const AppRowIndex& index = matchers.index;
  const LabelMatcher& row_labels = matchers.row_labels;
  const std::vector<std::string_view>& fixed = matchers.fixed;
  const LabelMatcher& fixed_labels = matchers.fixed_labels;
  std::set<AppRow> seen;
  int rows_read = 0;
  for (const TokenLine& line : lines) {
    if (line.CountOf(TokenKind::kNumber) == 0) {
      for (const Token& token : line.cells) {
        if (token.kind == TokenKind::kText) CheckFixedLabel(token, fixed_labels, fixed, report);
      }
      continue;
    }
    auto first_number = std::find_if(line.cells.begin(), line.cells.end(),
                                     [](const Token& t) { return t.kind == TokenKind::kNumber; });
    auto last_label = std::find_if(std::make_reverse_iterator(first_number), line.cells.rend(),
                                   [](const Token& t) { return t.kind == TokenKind::kText; });
    if (last_label == line.cells.rend()) continue;  // numbers without a label
    const Token& label = *last_label;
    std::optional<LabelMatch> match = row_labels.Match(label.text);
    if (!match) continue;
    const AppRowSpec& row = *index.rows[match->index];
    for (auto group = last_label + 1; group != line.cells.rend(); ++group) {
      if (group->kind == TokenKind::kText) CheckFixedLabel(*group, fixed_labels, fixed, report);
    }
    if (!match->exact) NoteDeviation(report, Part::kApplications, row.key, "", label, row.label);
    if (!seen.insert(row.row).second) {
      report.read.structure_issues.push_back({Part::kApplications, std::string(row.key),
                                              "“" + std::string(row.label) + "”一行重复出现",
                                              label.source});
      continue;
    }
    std::span<const Token> after(last_label.base(), line.cells.end());
    FittedCells fitted = FitValueCells(after, kWidth);
    for (std::size_t i = 0; i < kWidth; ++i) {
      const Token* cell = fitted.cells[i];
      if (cell != nullptr)
        report.applications.set(row.row, kAllAppColumns[i], cell->number, cell->source);
    }
    if (!fitted.exact) {
      report.read.structure_issues.push_back({Part::kApplications, std::string(row.key),
                                              "“" + std::string(row.label) + "”一行应有 7 个单元格",
                                              label.source});
    }
    ++rows_read;
  }
  return rows_read;
}

}  // namespace gongkai::report::detail
