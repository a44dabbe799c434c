#include "report/aligned_text.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/label_match.hpp"
#include "report/tokens.hpp"

namespace gongkai::report {
namespace {

// The most lines above and below a line of numbers that a wrapped label is looked for in.
constexpr int kMaxLinesAbove = 3;
constexpr int kMaxLinesBelow = 2;
// Rows of table 三 have 7 values (table 二's at most 3); a longer line of numbers is table 四's.
constexpr std::size_t kMaxJoinedValues = 7;

constexpr std::string_view kIdeographicSpace = "\u3000";

struct Line {
  int source = 0;                  // 1-based line of the text
  std::vector<std::string> cells;  // empty: a blank line
  std::size_t numbers = 0;         // how many cells are numbers
  bool consumed = false;           // joined into another line
  bool text_only() const { return !cells.empty() && numbers == 0; }
};

bool IsNumber(std::string_view word) {
  if (word.starts_with('-')) word.remove_prefix(1);
  std::size_t point = word.find('.');
  std::string_view whole = word.substr(0, point);
  std::string_view fraction =
      point == std::string_view::npos ? std::string_view("0") : word.substr(point + 1);
  return !whole.empty() && !fraction.empty() &&
         std::all_of(whole.begin(), whole.end(), IsAsciiDigit) &&
         std::all_of(fraction.begin(), fraction.end(), IsAsciiDigit);
}

// Whether `rest` of a line is only numbers ("0    0   0"): the values of a row.
bool IsOnlyValues(std::string_view rest) {
  bool any = false;
  for (std::string_view word : text::Split(rest, ' ')) {
    if (word.empty()) continue;
    if (!IsNumber(word)) return false;
    any = true;
  }
  return any;
}

// Whether `rest` begins with a list marker followed by text: "2.没有…", "2．", "3、".
bool StartsWithListMarker(std::string_view rest) {
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 2 && IsAsciiDigit(rest[digits])) ++digits;
  if (digits == 0) return false;
  std::string_view after = rest.substr(digits);
  for (std::string_view marker : {".", "．", "、"}) {
    if (!after.starts_with(marker)) continue;
    std::string_view text = after.substr(marker.size());
    return !text.empty() && text[0] != ' ' && !IsAsciiDigit(text[0]);
  }
  return false;
}

// Whether the last character of `cell` is not ASCII (a Chinese character or punctuation).
bool EndsWide(const std::string& cell) {
  return !cell.empty() && (static_cast<unsigned char>(cell.back()) & 0x80) != 0;
}

// Cells are separated by two or more spaces (a tab counts as two). A single space separates
// them too where Chinese text is followed by a number or a list marker: PDF text puts only one
// space between a label that fills its cell and the next cell ("…禁止公开 0", "无法提 2.没有…"),
// and between two numbers that fill their cells ("0 12345") when only numbers follow.
std::vector<std::string> SplitCells(std::string_view raw) {
  std::string line(raw);
  for (std::size_t at = line.find(kIdeographicSpace); at != std::string::npos;
       at = line.find(kIdeographicSpace, at)) {
    line.replace(at, kIdeographicSpace.size(), "  ");
  }
  std::vector<std::string> cells;
  std::string cell;
  int spaces = 0;
  auto flush = [&] {
    std::string_view trimmed = text::Trim(cell);
    if (!trimmed.empty()) cells.emplace_back(trimmed);
    cell.clear();
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      spaces += c == '\t' ? 2 : 1;
      continue;
    }
    const std::string_view rest = std::string_view(line).substr(i);
    if (spaces >= 2 ||
        (spaces == 1 && EndsWide(cell) && (IsOnlyValues(rest) || StartsWithListMarker(rest))) ||
        (spaces == 1 && IsNumber(text::Trim(cell)) && IsOnlyValues(rest))) {
      flush();
    }
    if (spaces == 1 && !cell.empty()) cell += ' ';
    spaces = 0;
    cell += c;
  }
  flush();
  return cells;
}

// "-3-", "— 3 —", "第3页", "第 3 页 共 9 页": a page footer or header.
bool IsPageMarker(std::string_view line) {
  std::string compact;
  for (char c : line) {
    if (c != ' ') compact += c;
  }
  if (compact.empty()) return false;
  std::string digits_removed;
  bool has_digit = false;
  for (char c : compact) {
    if (c >= '0' && c <= '9') {
      has_digit = true;
    } else {
      digits_removed += c;
    }
  }
  if (!has_digit) return false;
  return digits_removed == "--" || digits_removed == "——" || digits_removed == "－－" ||
         digits_removed == "—" || digits_removed == "第页" || digits_removed == "第页共页";
}

// The row labels of tables 二 and 三 in both formats.
const LabelMatcher& RowLabels() {
  static const LabelMatcher kMatcher = [] {
    std::vector<std::string_view> labels;
    for (Format format : {Format::k2021, Format::k2019}) {
      const FormatSpec& spec = SpecFor(format);
      for (const auto* rows : {&spec.application_rows, &spec.tolerated_rows}) {
        for (const AppRowSpec& row : *rows) labels.push_back(row.label);
      }
      for (const ProactiveTableSpec& table : spec.proactive) {
        for (const ProactiveRowSpec& row : table.rows) labels.push_back(row.label);
      }
    }
    return LabelMatcher(labels);
  }();
  return kMatcher;
}

// No row label is longer than this (normalised code points), with room for a few typos.
std::size_t MaxLabelLength() {
  static const std::size_t kLength = [] {
    std::size_t longest = 0;
    for (Format format : {Format::k2021, Format::k2019}) {
      const FormatSpec& spec = SpecFor(format);
      for (const auto* rows : {&spec.application_rows, &spec.tolerated_rows}) {
        for (const AppRowSpec& row : *rows) {
          longest = std::max(longest, text::NormalizeLabel(row.label).size());
        }
      }
    }
    return longest + 8;
  }();
  return kLength;
}

// True for the merged group labels of table 三 in either format ("（六）其他处理").
bool IsGroupLabel(const std::string& cell) {
  static const std::vector<std::u32string> kGroups = [] {
    std::vector<std::u32string> groups{text::NormalizeLabel(kAppResultsGroup)};
    for (Format format : {Format::k2021, Format::k2019}) {
      for (const AppRowSpec& row : SpecFor(format).application_rows) {
        if (!row.group_label.empty()) groups.push_back(text::NormalizeLabel(row.group_label));
      }
    }
    return groups;
  }();
  const std::u32string normalized = text::NormalizeLabel(cell);
  return std::find(kGroups.begin(), kGroups.end(), normalized) != kGroups.end();
}

// 2 for an exact row label, 1 for an approximate one (only when `fuzzy`), 0 for none.
int LabelScore(const std::string& label, bool fuzzy) {
  std::u32string normalized = text::NormalizeLabel(label);
  if (normalized.size() < 4 || normalized.size() > MaxLabelLength()) return 0;
  if (RowLabels().MatchExactly(normalized)) return 2;
  if (!fuzzy) return 0;
  std::optional<LabelMatch> match = RowLabels().MatchNormalized(normalized);
  return match ? 1 : 0;
}

class Joiner {
 public:
  explicit Joiner(std::vector<Line> lines) : lines_(std::move(lines)) {}

  LayoutText Run() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const Line& line = lines_[i];
      if (line.numbers > 0 && line.numbers <= kMaxJoinedValues && !line.consumed) Join(i);
    }
    LayoutText out;
    for (const Line& line : lines_) {
      if (line.consumed || line.cells.empty()) continue;
      std::string joined;
      for (std::size_t c = 0; c < line.cells.size(); ++c) {
        joined += (c ? "\t" : "") + line.cells[c];
      }
      out.text.append(joined).append("\n");
      out.source_line.push_back(line.source);
    }
    return out;
  }

 private:
  // The text-only lines just above (nearest first) or below line `i`, at most `limit`, allowing
  // one blank line in between.
  std::vector<std::size_t> Neighbours(std::size_t i, int step, int limit) const {
    std::vector<std::size_t> found;
    int blanks = 0;
    for (auto j = static_cast<long>(i) + step;
         j >= 0 && j < static_cast<long>(lines_.size()) && static_cast<int>(found.size()) < limit;
         j += step) {
      const Line& line = lines_[static_cast<std::size_t>(j)];
      if (line.consumed) break;
      if (line.cells.empty()) {
        if (++blanks > 1) break;
        continue;
      }
      if (!line.text_only()) break;
      found.push_back(static_cast<std::size_t>(j));
      // A whole group label between a label's pieces does not use up the limit.
      if (line.cells.size() == 1 && IsGroupLabel(line.cells.front())) ++limit;
    }
    return found;
  }

  // A short first cell ("其他处", "果", "（六）") may be a piece of a vertical group label
  // printed beside the row label, and a whole group label ("（六）其他处理") may stand beside a
  // wrapped label's second line; a line's text is tried with and without it.
  static bool HasGroupPiece(const std::vector<std::string>& cells) {
    return cells.size() >= 2 &&
           (text::DecodeUtf8(cells.front()).size() <= 3 || IsGroupLabel(cells.front()));
  }

  // The text of `cells`: all of them (kWhole) or all but a leading group-label piece.
  enum class Part { kUnused, kWhole, kWithoutGroupPiece };
  static std::string TextOf(const std::vector<std::string>& cells, Part part) {
    std::string out;
    if (part == Part::kUnused) return out;
    std::size_t first = part == Part::kWithoutGroupPiece ? 1 : 0;
    for (std::size_t c = first; c < cells.size(); ++c) out += cells[c];
    return out;
  }

  // The parts a line can contribute: unused and whole always; without its group piece when it
  // has one (and, for the row's own line, whole only when `optional` is false).
  static std::vector<Part> PartsOf(const std::vector<std::string>& cells, bool optional) {
    std::vector<Part> parts;
    if (optional) parts.push_back(Part::kUnused);
    parts.push_back(Part::kWhole);
    if (HasGroupPiece(cells) ||
        (!optional && cells.size() == 1 && text::DecodeUtf8(cells.front()).size() <= 3) ||
        (cells.size() == 1 && IsGroupLabel(cells.front()))) {  // a group label between pieces
      parts.push_back(Part::kWithoutGroupPiece);
    }
    return parts;
  }

  void Join(std::size_t i) {
    Line& line = lines_[i];
    std::vector<std::string> own_text;
    std::vector<std::string> values;
    for (const std::string& cell : line.cells) {
      Token token = ClassifyCell(cell, {});
      (token.kind == TokenKind::kText && values.empty() ? own_text : values).push_back(cell);
    }
    std::string own = TextOf(own_text, Part::kWhole);
    if (!own.empty() && LabelScore(own, false) == 2) return;  // the label is complete already
    // Lines above may hold pieces of a vertical group label ("（六）其" … "他处理") between the
    // pieces of the row's own label: every combination of the nearest lines is tried, each
    // line whole, without its group piece, or not at all; lines keep their order.
    std::vector<std::size_t> above = Neighbours(i, -1, kMaxLinesAbove);
    std::vector<std::size_t> below = Neighbours(i, +1, kMaxLinesBelow);
    // slots: above (farthest first), the own line, below (nearest first).
    std::vector<const std::vector<std::string>*> slots;
    std::vector<std::vector<Part>> options;
    for (std::size_t k = above.size(); k-- > 0;) {
      slots.push_back(&lines_[above[k]].cells);
      options.push_back(PartsOf(lines_[above[k]].cells, true));
    }
    std::size_t own_slot = slots.size();
    slots.push_back(&own_text);
    options.push_back(own_text.empty() ? std::vector<Part>{Part::kUnused}
                                       : PartsOf(own_text, false));
    for (std::size_t k : below) {
      slots.push_back(&lines_[k].cells);
      options.push_back(PartsOf(lines_[k].cells, true));
    }
    std::vector<Part> choice(slots.size());
    std::vector<Part> best;
    int best_lines = 0;
    // Exact joins first; approximate ones (whole lines only) when no join is exact.
    for (bool fuzzy : {false, true}) {
      int best_score = fuzzy && !own.empty() ? LabelScore(own, true) : 0;
      std::vector<std::size_t> digit(slots.size(), 0);
      for (;;) {
        int lines = 0;
        bool stripped = false;
        bool below_gap = false;  // below lines must be taken nearest first
        bool valid = true;
        std::string label;
        for (std::size_t s = 0; s < slots.size(); ++s) {
          choice[s] = options[s][digit[s]];
          if (s > own_slot) {
            if (choice[s] == Part::kUnused)
              below_gap = true;
            else if (below_gap)
              valid = false;
          }
          if (s != own_slot && choice[s] != Part::kUnused) ++lines;
          stripped = stripped || choice[s] == Part::kWithoutGroupPiece;
          label += TextOf(*slots[s], choice[s]);
        }
        if (valid && lines > 0 && !(fuzzy && stripped)) {
          int score = LabelScore(label, fuzzy);
          if (score > best_score || (score == best_score && score > 0 && lines < best_lines)) {
            best_score = score;
            best = choice;
            best_lines = lines;
          }
        }
        std::size_t s = 0;
        while (s < slots.size() && ++digit[s] == options[s].size()) digit[s++] = 0;
        if (s == slots.size()) break;
      }
      if (best_lines > 0) break;
    }
    if (best_lines == 0) return;
    std::string label;
    for (std::size_t s = 0; s < slots.size(); ++s) label += TextOf(*slots[s], best[s]);
    for (std::size_t k = 0; k < above.size(); ++k) {
      if (best[above.size() - 1 - k] != Part::kUnused) {
        lines_[above[k]].consumed = true;
        line.source = lines_[above[k]].source;  // the farthest line taken: where the label begins
      }
    }
    for (std::size_t k = 0; k < below.size(); ++k) {
      if (best[own_slot + 1 + k] != Part::kUnused) lines_[below[k]].consumed = true;
    }
    line.cells.clear();
    line.cells.push_back(label);
    line.cells.insert(line.cells.end(), values.begin(), values.end());
  }

  std::vector<Line> lines_;
};

}  // namespace

bool LooksSpaceAligned(std::string_view text) {
  int tabbed = 0;
  int aligned = 0;
  for (std::string_view line : text::SplitLines(text)) {
    if (line.find('\t') != std::string_view::npos) {
      ++tabbed;
    } else if (SplitCells(line).size() >= 3) {
      ++aligned;
    }
  }
  return aligned >= 5 && tabbed < aligned / 4;
}

LayoutText AlignedToLayout(std::string_view text) {
  std::vector<Line> lines;
  int source = 0;
  for (std::string_view raw : text::SplitLines(text)) {
    ++source;
    if (IsPageMarker(text::Trim(raw))) continue;
    Line line{source, SplitCells(raw), 0, false};
    for (const std::string& cell : line.cells) {
      if (ClassifyCell(cell, {}).kind == TokenKind::kNumber) ++line.numbers;
    }
    lines.push_back(std::move(line));
  }
  return Joiner(std::move(lines)).Run();
}

void ForgiveWrappedHeaders(AnnualReport& report) {
  std::erase_if(report.read.label_deviations, [](const LabelDeviation& deviation) {
    if (!deviation.row.empty()) return false;
    std::u32string printed = text::NormalizeLabel(deviation.printed);
    std::u32string official = text::NormalizeLabel(deviation.official);
    return printed.size() >= 2 && printed.size() < official.size() &&
           official.find(printed) != std::u32string::npos;
  });
}

}  // namespace gongkai::report
