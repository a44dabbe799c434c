#include "report/layout_reader.hpp"

#include <algorithm>
#include <set>

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/label_match.hpp"
#include "report/table_readers.hpp"

namespace gongkai::report {
namespace {

constexpr int kSectionCount = 6;
// The title is looked for among the first lines only.
constexpr int kTitleSearchLines = 12;
constexpr std::string_view kTitleMarker = "年度报告";
// Longer than any label of either format (the longest has 36 characters, 108 bytes), with room
// for spaces and notes.
constexpr std::size_t kMaxLabelBytes = 240;

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Finds "2024 年" in a title; returns the position of the year's first digit or npos.
std::size_t FindYear(std::string_view title, int& year) {
  for (std::size_t i = 0; i + 4 <= title.size(); ++i) {
    bool four_digits = std::all_of(title.begin() + static_cast<long>(i),
                                   title.begin() + static_cast<long>(i) + 4, IsAsciiDigit);
    if (!four_digits || (i > 0 && IsAsciiDigit(title[i - 1]))) continue;
    if (i + 4 < title.size() && IsAsciiDigit(title[i + 4])) continue;
    std::string_view after = text::Trim(title.substr(i + 4));
    if (after.substr(0, 3) != "年") continue;
    year = std::stoi(std::string(title.substr(i, 4)));
    return i;
  }
  return std::string_view::npos;
}

std::string JoinCells(const TokenLine& line) {
  std::string joined;
  for (const Token* token : line.NonBlank()) {
    if (!joined.empty()) joined += ' ';
    joined += token->text;
  }
  return joined;
}

// Title, year and agency from the first lines: "<agency> 2024 年政府信息公开工作年度报告", the
// agency possibly on the line before.
void ReadTitle(const std::vector<TokenLine>& lines, AnnualReport& report) {
  const TokenLine* previous = nullptr;
  int seen = 0;
  for (const TokenLine& line : lines) {
    if (line.NonBlank().empty()) continue;
    if (++seen > kTitleSearchLines) return;
    std::string text = JoinCells(line);
    int year = 0;
    std::size_t year_pos = FindYear(text, year);
    // A title wrapped over two lines ("…2024 年政府信息公" / "开工作年度报告").
    if (year_pos != std::string::npos && text.find(kTitleMarker) == std::string::npos &&
        &line != &lines.back()) {
      const TokenLine* next = &line + 1;
      while (next != &lines.back() && next->NonBlank().empty()) ++next;
      std::string joined = text + JoinCells(*next);
      if (joined.find(kTitleMarker) != std::string::npos) text = joined;
    }
    if (text.find(kTitleMarker) == std::string::npos || year_pos == std::string::npos) {
      previous = &line;
      continue;
    }
    std::string agency(text::Trim(std::string_view(text).substr(0, year_pos)));
    // "标题：沭阳县…" on a site page: an organ's name has no colon, what precedes one is a caption.
    for (std::string_view colon : {"：", ":"}) {
      std::size_t at = agency.rfind(colon);
      if (at != std::string::npos)
        agency = std::string(text::Trim(agency.substr(at + colon.size())));
    }
    // "首页政务公开年报 平潭综合实验区": a breadcrumb before the name; an organ's name has no
    // space.
    if (std::size_t space = agency.rfind(' '); space != std::string::npos) {
      std::string last = agency.substr(space + 1);
      if (text::DecodeUtf8(last).size() >= 3) agency = last;
    }
    std::string title = text;
    if (agency.empty() && previous != nullptr) {
      agency = JoinCells(*previous);
      title = agency + text;
    }
    report.title = title;
    report.year = year;
    if (!agency.empty()) report.agency = agency;
    report.read.title = SourcePos{line.line, 1};
    return;
  }
}

// Labels that one format prints and the other does not.
std::vector<std::string_view> DistinctLabels(const FormatSpec& spec, const FormatSpec& other) {
  auto labels_of = [](const FormatSpec& s) {
    std::set<std::u32string> normalized;
    std::vector<std::string_view> raw;
    for (const ProactiveTableSpec& table : s.proactive) {
      raw.push_back(table.heading);
      for (const ProactiveRowSpec& row : table.rows) raw.push_back(row.label);
      for (const ProactiveColumnSpec& column : table.columns) raw.push_back(column.label);
    }
    for (const AppRowSpec& row : s.application_rows) raw.push_back(row.label);
    for (std::string_view label : raw) normalized.insert(text::NormalizeLabel(label));
    return std::pair{raw, normalized};
  };
  auto [raw, unused] = labels_of(spec);
  auto [other_raw, other_normalized] = labels_of(other);
  std::vector<std::string_view> distinct;
  for (std::string_view label : raw) {
    if (other_normalized.count(text::NormalizeLabel(label)) == 0) distinct.push_back(label);
  }
  return distinct;
}

// The format whose distinctive labels the report prints more often; the year decides a tie.
Format DetectFormat(const std::vector<TokenLine>& lines, std::optional<int> year) {
  static const LabelMatcher kMarkers2021(
      DistinctLabels(SpecFor(Format::k2021), SpecFor(Format::k2019)));
  static const LabelMatcher kMarkers2019(
      DistinctLabels(SpecFor(Format::k2019), SpecFor(Format::k2021)));
  int score2021 = 0;
  int score2019 = 0;
  for (const TokenLine& line : lines) {
    for (const Token& token : line.cells) {
      // Labels are short; prose is not worth normalising here.
      if (token.kind != TokenKind::kText || token.text.size() > kMaxLabelBytes) continue;
      std::u32string normalized = text::NormalizeLabel(token.text);
      std::optional<LabelMatch> match2021 = kMarkers2021.MatchNormalized(normalized);
      std::optional<LabelMatch> match2019 = kMarkers2019.MatchNormalized(normalized);
      score2021 += match2021 && match2021->exact ? 1 : 0;
      score2019 += match2019 && match2019->exact ? 1 : 0;
    }
  }
  if (score2021 != score2019) return score2021 > score2019 ? Format::k2021 : Format::k2019;
  return year.value_or(2021) >= 2021 ? Format::k2021 : Format::k2019;
}

// A section heading stands alone on its line and begins with its Chinese ordinal.
std::optional<int> SectionHeadingOf(const TokenLine& line, const LabelMatcher& headings,
                                    AnnualReport& report) {
  std::vector<const Token*> cells = line.NonBlank();
  if (cells.size() != 1 || cells[0]->kind != TokenKind::kText) return std::nullopt;
  std::optional<LabelMatch> match = headings.Match(cells[0]->text);
  if (!match) return std::nullopt;
  // The ordinal must be printed: "五、" before the words.
  std::u32string normalized = text::NormalizeLabel(cells[0]->text);
  static constexpr std::u32string_view kOrdinals = U"一二三四五六";
  if (normalized.size() < 2 || normalized[0] != kOrdinals[match->index] || normalized[1] != U'.') {
    return std::nullopt;
  }
  if (!match->exact) {
    detail::NoteDeviation(report, Part::kDocument, "", "", *cells[0],
                          SpecFor(report.format).sections[match->index].heading);
  }
  return static_cast<int>(match->index);
}

struct SectionBounds {
  std::array<std::optional<std::size_t>, kSectionCount> heading_index{};  // into lines
};

SectionBounds FindSections(const std::vector<TokenLine>& lines, AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  // Both formats have the same six headings.
  static const LabelMatcher headings = [] {
    std::vector<std::string_view> labels;
    for (const SectionSpec& section : SpecFor(Format::k2021).sections) {
      labels.push_back(section.heading);
    }
    return LabelMatcher(labels);
  }();
  SectionBounds bounds;
  int last = -1;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::optional<int> section = SectionHeadingOf(lines[i], headings, report);
    if (!section) continue;
    auto index = static_cast<std::size_t>(*section);
    if (*section <= last || bounds.heading_index[index]) {
      report.read.structure_issues.push_back(
          {Part::kDocument, "",
           "章节“" + std::string(spec.sections[index].heading) + "”重复或顺序不对",
           SourcePos{lines[i].line, 1}});
      continue;
    }
    bounds.heading_index[index] = i;
    report.read.section_headings[index] = SourcePos{lines[i].line, 1};
    last = *section;
  }
  return bounds;
}

// The lines of section `index`: after its heading, up to the next heading found. A section
// whose heading is missing spans the whole document for table search.
std::span<const TokenLine> SectionLines(const std::vector<TokenLine>& lines,
                                        const SectionBounds& bounds, int index) {
  auto begin_index = bounds.heading_index[static_cast<std::size_t>(index)];
  if (!begin_index) return std::span<const TokenLine>(lines);
  std::size_t begin = *begin_index + 1;
  std::size_t end = lines.size();
  for (const std::optional<std::size_t>& other : bounds.heading_index) {
    if (other && *other >= begin && *other < end) end = *other;
  }
  return std::span<const TokenLine>(lines).subspan(begin, end - begin);
}

std::optional<std::string> SectionText(const std::vector<TokenLine>& lines,
                                       const SectionBounds& bounds, int index) {
  if (!bounds.heading_index[static_cast<std::size_t>(index)]) return std::nullopt;
  std::string body;
  for (const TokenLine& line : SectionLines(lines, bounds, index)) {
    std::string text = JoinCells(line);
    if (text.empty()) continue;
    if (!body.empty()) body += '\n';
    body += text;
  }
  return body;
}

}  // namespace

Result<AnnualReport> ReadLayout(const std::vector<TokenLine>& lines) {
  AnnualReport report;
  report.read.from_layout = true;
  ReadTitle(lines, report);
  report.format = DetectFormat(lines, report.year);
  const FormatSpec& spec = SpecFor(report.format);

  SectionBounds bounds = FindSections(lines, report);
  report.sections = Sections{SectionText(lines, bounds, 0), SectionText(lines, bounds, 4),
                             SectionText(lines, bounds, 5)};
  int rows = detail::ReadProactiveTables(SectionLines(lines, bounds, 1), spec, report);
  rows += detail::ReadApplicationTable(SectionLines(lines, bounds, 2), spec, report);
  rows += detail::ReadAppealTable(SectionLines(lines, bounds, 3), report);

  if (rows == 0) {
    bool any_heading = std::any_of(bounds.heading_index.begin(), bounds.heading_index.end(),
                                   [](const auto& index) { return index.has_value(); });
    // Saying "unreadable" is honest; a wall of "missing row" findings for a table printed in a
    // layout this reader does not know would not be.
    return Error::InvalidArgument(
        any_heading
            ? "找到了章节标题，但未能识别任何表格行（表格版式无法读取）"
            : "无法识别为政府信息公开工作年度报告：未找到任何章节标题（如“一、总体情况”）或表格行");
  }
  return report;
}

Result<AnnualReport> ReadTextLayout(std::string_view text) {
  return ReadLayout(TokenizeText(text));
}

std::string TabJoinedRow(const std::vector<std::string>& cells) {
  bool any =
      std::any_of(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty(); });
  if (!any) return "";
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) line += '\t';
    line += cells[i];
  }
  return line;
}

Result<AnnualReport> ReadMappedLayout(const LayoutText& layout) {
  std::vector<TokenLine> lines = TokenizeText(layout.text);
  for (TokenLine& line : lines) {
    auto index = static_cast<std::size_t>(line.line - 1);
    int source = index < layout.source_line.size() ? layout.source_line[index] : line.line;
    line.line = source;
    for (Token& cell : line.cells) cell.source.line = source;
  }
  Result<AnnualReport> report = ReadLayout(lines);
  if (!report) return report;
  report->read.structure_issues.insert(report->read.structure_issues.end(), layout.issues.begin(),
                                       layout.issues.end());
  return report;
}

}  // namespace gongkai::report
