#include "report/aligned_text.hpp"

#include <algorithm>
#include <bit>
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
// Rows of table 三 have 7 values; a longer line of numbers is table 四's (or prose).
constexpr std::size_t kMaxJoinedValues = 7;

constexpr std::string_view kIdeographicSpace = "\u3000";

struct Line {
  int source = 0;                  // 1-based line of the text
  std::vector<std::string> cells;  // empty: a blank line
  std::size_t numbers = 0;         // how many cells are numbers
  bool consumed = false;           // joined into another line
  bool text_only() const { return !cells.empty() && numbers == 0; }
};

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
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r') {
      spaces += c == '\t' ? 2 : 1;
      continue;
    }
    if (spaces >= 2) flush();
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

const LabelMatcher& RowLabels() {
  static const LabelMatcher kMatcher = [] {
    std::vector<std::string_view> labels;
    for (Format format : {Format::k2021, Format::k2019}) {
      const FormatSpec& spec = SpecFor(format);
      for (const auto* rows : {&spec.application_rows, &spec.tolerated_rows}) {
        for (const AppRowSpec& row : *rows) labels.push_back(row.label);
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
    }
    return found;
  }

  static std::string Concat(const std::vector<std::string>& cells) {
    std::string out;
    for (const std::string& cell : cells) out += cell;
    return out;
  }

  void Join(std::size_t i) {
    Line& line = lines_[i];
    std::vector<std::string> own_text;
    std::vector<std::string> values;
    for (const std::string& cell : line.cells) {
      Token token = ClassifyCell(cell, {});
      (token.kind == TokenKind::kText && values.empty() ? own_text : values).push_back(cell);
    }
    std::string own = Concat(own_text);
    if (!own.empty() && LabelScore(own, false) == 2) return;  // the label is complete already
    // Lines above may hold pieces of a vertical group label ("（六）其" … "他处理") between the
    // pieces of the row's own label: any subset of them is tried, nearest lines kept in order.
    std::vector<std::size_t> above = Neighbours(i, -1, kMaxLinesAbove);
    std::vector<std::size_t> below = Neighbours(i, +1, kMaxLinesBelow);
    unsigned best_above = 0;  // bit k: above[k] is part of the label
    std::size_t best_below = 0;
    int best_lines = 0;
    auto label_of = [&](unsigned above_mask, std::size_t below_count) {
      std::string label;
      for (std::size_t k = above.size(); k-- > 0;) {
        if ((above_mask >> k) & 1U) label += Concat(lines_[above[k]].cells);
      }
      label += own;
      for (std::size_t k = 0; k < below_count; ++k) label += Concat(lines_[below[k]].cells);
      return label;
    };
    // Exact joins first (cheap); approximate ones only when no join is exact.
    for (bool fuzzy : {false, true}) {
      int best_score = fuzzy && !own.empty() ? LabelScore(own, true) : 0;
      for (unsigned mask = 0; mask < (1U << above.size()); ++mask) {
        for (std::size_t b = 0; b <= below.size(); ++b) {
          int lines = std::popcount(mask) + static_cast<int>(b);
          if (lines == 0) continue;
          int score = LabelScore(label_of(mask, b), fuzzy);
          if (score > best_score || (score == best_score && score > 0 && lines < best_lines)) {
            best_score = score;
            best_above = mask;
            best_below = b;
            best_lines = lines;
          }
        }
      }
      if (best_lines > 0) break;
    }
    if (best_lines == 0) return;
    std::string label = label_of(best_above, best_below);
    for (std::size_t k = 0; k < above.size(); ++k) {
      if ((best_above >> k) & 1U) {
        lines_[above[k]].consumed = true;
        line.source = lines_[above[k]].source;  // the farthest line taken: where the label begins
      }
    }
    for (std::size_t k = 0; k < best_below; ++k) lines_[below[k]].consumed = true;
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
           (official.starts_with(printed) || official.ends_with(printed));
  });
}

}  // namespace gongkai::report
