#include "report/reading_order.hpp"

#include <optional>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/label_match.hpp"
#include "report/tokens.hpp"

namespace gongkai::report {
namespace {

constexpr std::size_t kAppColumns = 7;
constexpr std::size_t kAppealValues = 15;
constexpr std::size_t kAppealParts = 4;
constexpr std::size_t kAppealGroups = 3;
// The longest run of rows a converter emits column by column (table 三's （三）+（四） is 11).
constexpr std::size_t kMaxColumnBlock = 12;

struct Line {
  std::string_view text;  // trimmed
  int source = 0;
  bool number = false;  // a lone number
};

bool IsLoneNumber(std::string_view trimmed) {
  return !trimmed.empty() && trimmed.find_first_of(" \t") == std::string_view::npos &&
         ClassifyCell(trimmed, {}).kind == TokenKind::kNumber;
}

std::vector<Line> LinesOf(std::string_view text) {
  std::vector<Line> lines;
  int source = 0;
  for (std::string_view raw : text::SplitLines(text)) {
    ++source;
    std::string_view trimmed = text::Trim(raw);
    if (trimmed.empty()) continue;
    lines.push_back({trimmed, source, IsLoneNumber(trimmed)});
  }
  return lines;
}

// The index of the first line from `from` that is `heading` (normalised), or lines.size().
std::size_t FindHeading(const std::vector<Line>& lines, std::size_t from,
                        std::string_view heading) {
  std::u32string wanted = text::NormalizeLabel(heading);
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (!lines[i].number && text::NormalizeLabel(lines[i].text) == wanted) return i;
  }
  return lines.size();
}

std::optional<long long> Integer(std::string_view value) {
  Token token = ClassifyCell(value, {});
  if (token.kind != TokenKind::kNumber || !token.number || token.number->scale() != 0) {
    return std::nullopt;
  }
  return token.number->IntegerValue();
}

struct ValueRef {
  std::string_view text;
  int source = 0;
  std::optional<long long> integer;  // the value, when it is a whole number
};

ValueRef ValueOf(const Line& line) { return {line.text, line.source, Integer(line.text)}; }

// Whether the last of `values` is the sum of the others.
bool AddsUp(const std::vector<const ValueRef*>& values) {
  return LastIsSumOfOthers(values, [](const ValueRef* value) { return value->integer; });
}

// Table 三's rows from its values in table order: the runs of rows read row by row or column by
// column that make the most rows add up (dynamic programming over the rows); ties go to fewer
// columnwise runs.
std::vector<std::vector<ValueRef>> ApplicationRows(const std::vector<ValueRef>& values,
                                                   std::size_t rows) {
  struct Best {
    int added_up = -1;
    int columnwise = 0;
    std::size_t run = 0;  // the last run's length
    bool by_column = false;
  };
  std::vector<Best> best(rows + 1);
  best[0].added_up = 0;
  auto row_of = [&](std::size_t first_row, std::size_t run, std::size_t r, bool by_column) {
    std::vector<ValueRef> row;
    std::size_t base = first_row * kAppColumns;
    for (std::size_t c = 0; c < kAppColumns; ++c) {
      row.push_back(values[base + (by_column ? c * run + r : r * kAppColumns + c)]);
    }
    return row;
  };
  auto adds_up = [](const std::vector<ValueRef>& row) {
    std::vector<const ValueRef*> cells;
    cells.reserve(row.size());
    for (const ValueRef& value : row) cells.push_back(&value);
    return AddsUp(cells);
  };
  for (std::size_t end = 1; end <= rows; ++end) {
    for (std::size_t run = 1; run <= std::min(end, kMaxColumnBlock); ++run) {
      const Best& before = best[end - run];
      if (before.added_up < 0) continue;
      for (bool by_column : {false, true}) {
        if (by_column && run == 1) continue;
        if (!by_column && run > 1) continue;  // row by row: runs of one row
        int added_up = before.added_up;
        for (std::size_t r = 0; r < run; ++r) {
          added_up += adds_up(row_of(end - run, run, r, by_column)) ? 1 : 0;
        }
        int columnwise = before.columnwise + (by_column ? 1 : 0);
        Best& current = best[end];
        if (added_up > current.added_up ||
            (added_up == current.added_up && columnwise < current.columnwise)) {
          current = {added_up, columnwise, run, by_column};
        }
      }
    }
  }
  std::vector<std::vector<ValueRef>> out(rows);
  for (std::size_t end = rows; end > 0;) {
    const Best& step = best[end];
    for (std::size_t r = 0; r < step.run; ++r) {
      out[end - step.run + r] = row_of(end - step.run, step.run, r, step.by_column);
    }
    end -= step.run;
  }
  return out;
}

// Table 四's fifteen values in table order (复议, 直接起诉, 复议后起诉; each 维持, 纠正, 其他,
// 尚未审结, 总计), see the header comment.
std::vector<ValueRef> AppealValues(const std::vector<ValueRef>& values) {
  auto groups_adding_up = [](const std::vector<ValueRef>& ordered) {
    int count = 0;
    for (std::size_t g = 0; g < kAppealGroups; ++g) {
      std::vector<const ValueRef*> group;
      for (std::size_t c = 0; c <= kAppealParts; ++c) group.push_back(&ordered[g * 5 + c]);
      count += AddsUp(group) ? 1 : 0;
    }
    return count;
  };
  if (groups_adding_up(values) == static_cast<int>(kAppealGroups)) return values;
  std::optional<std::vector<ValueRef>> found;
  bool ambiguous = false;
  // Three positions hold the totals; the other twelve are the groups' parts, four by four.
  for (std::size_t a = 0; a < kAppealValues; ++a) {
    for (std::size_t b = a + 1; b < kAppealValues; ++b) {
      for (std::size_t c = b + 1; c < kAppealValues; ++c) {
        std::vector<std::size_t> totals = {a, b, c};
        std::vector<std::size_t> parts;
        for (std::size_t i = 0; i < kAppealValues; ++i) {
          if (i != a && i != b && i != c) parts.push_back(i);
        }
        // Each run of four parts goes with a total after it that equals its sum; the group is
        // the total's place among the totals.
        std::vector<ValueRef> ordered(kAppealValues);
        std::vector<bool> used(kAppealGroups, false);
        bool fits = true;
        for (std::size_t run = 0; run < kAppealGroups && fits; ++run) {
          std::vector<const ValueRef*> group;
          for (std::size_t k = 0; k < kAppealParts; ++k)
            group.push_back(&values[parts[run * 4 + k]]);
          std::optional<std::size_t> chosen;
          for (std::size_t t = 0; t < kAppealGroups; ++t) {
            if (used[t] || totals[t] < parts[run * 4 + 3]) continue;
            group.push_back(&values[totals[t]]);
            bool adds = AddsUp(group);
            group.pop_back();
            if (adds) {
              chosen = t;
              break;
            }
          }
          if (!chosen) {
            fits = false;
            break;
          }
          used[*chosen] = true;
          for (std::size_t k = 0; k < kAppealParts; ++k) {
            ordered[*chosen * 5 + k] = values[parts[run * 4 + k]];
          }
          ordered[*chosen * 5 + 4] = values[totals[*chosen]];
        }
        if (!fits) continue;
        if (found) {
          for (std::size_t i = 0; i < kAppealValues; ++i) {
            ambiguous = ambiguous || (*found)[i].text != ordered[i].text;
          }
        } else {
          found = ordered;
        }
      }
    }
  }
  return found && !ambiguous ? *found : values;
}

class Converter {
 public:
  explicit Converter(std::string_view text) : lines_(LinesOf(text)) {}

  LayoutText Run() {
    const FormatSpec& spec = SpecFor(Format::k2021);
    std::size_t applications = FindHeading(lines_, 0, spec.sections[2].heading);
    std::size_t appeals = FindHeading(lines_, applications, spec.sections[3].heading);
    std::size_t after = FindHeading(lines_, appeals, spec.sections[4].heading);
    if (applications == lines_.size() || appeals == lines_.size()) {
      EmitJoined(0, lines_.size());
      return std::move(out_);
    }
    EmitJoined(0, applications + 1);
    if (!EmitApplications(applications + 1, appeals)) EmitJoined(applications + 1, appeals);
    Emit(std::string(lines_[appeals].text), lines_[appeals].source);
    EmitAppeals(appeals + 1, after);
    EmitJoined(after, lines_.size());
    return std::move(out_);
  }

 private:
  void Emit(const std::string& line, int source) {
    out_.text.append(line).append("\n");
    out_.source_line.push_back(source);
  }

  // Lines [from, to) as they are, except that a row label of table 二 followed by lone numbers
  // becomes one row with them (at most three: the widest sub-table), and one with no numbers
  // after it takes the lone numbers just before it ("550" / "行政许可").
  void EmitJoined(std::size_t from, std::size_t to) {
    std::vector<std::size_t> pending;  // lone numbers not yet emitted
    auto flush = [&] {
      for (std::size_t k : pending) Emit(std::string(lines_[k].text), lines_[k].source);
      pending.clear();
    };
    for (std::size_t i = from; i < to; ++i) {
      if (lines_[i].number) {
        pending.push_back(i);
        continue;
      }
      std::string line(lines_[i].text);
      if (!IsProactiveRowLabel(line)) {
        flush();
        Emit(line, lines_[i].source);
        continue;
      }
      std::size_t j = i + 1;
      while (j < to && j < i + 4 && lines_[j].number) line += "\t" + std::string(lines_[j++].text);
      if (j == i + 1 && !pending.empty() && pending.size() <= 3) {
        for (std::size_t k : pending) line += "\t" + std::string(lines_[k].text);
        pending.clear();
      }
      flush();
      Emit(line, lines_[i].source);
      i = j - 1;
    }
    flush();
  }

  static bool IsProactiveRowLabel(std::string_view text) {
    static const LabelMatcher kMatcher = [] {
      std::vector<std::string_view> labels;
      for (Format format : {Format::k2021, Format::k2019}) {
        for (const ProactiveTableSpec& table : SpecFor(format).proactive) {
          for (const ProactiveRowSpec& row : table.rows) labels.push_back(row.label);
        }
      }
      return LabelMatcher(labels);
    }();
    return kMatcher.MatchExactly(text::NormalizeLabel(text)).has_value();
  }

  // The rows of table 三 from the values in [from, to); false when their number fits no rows.
  bool EmitApplications(std::size_t from, std::size_t to) {
    std::vector<ValueRef> values;
    for (std::size_t i = from; i < to; ++i) {
      if (lines_[i].number) values.push_back(ValueOf(lines_[i]));
    }
    const FormatSpec& spec = SpecFor(Format::k2021);
    std::vector<AppRowSpec> rows = spec.application_rows;
    if (values.size() != rows.size() * kAppColumns) {
      // The single 2019-style （六） row in place of its three.
      std::vector<AppRowSpec> single;
      for (const AppRowSpec& row : rows) {
        bool other = row.group_label == spec.tolerated_rows.front().label;
        if (!other) single.push_back(row);
        if (other && row.row == AppRow::kOtherNoCorrection)
          single.push_back(spec.tolerated_rows.front());
      }
      rows = std::move(single);
    }
    if (values.size() != rows.size() * kAppColumns) return false;
    std::vector<std::string> printed = PrintedLabels(from, to, rows);
    std::vector<std::vector<ValueRef>> table = ApplicationRows(values, rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::string line = printed[r];
      int source = table[r].front().source;
      for (const ValueRef& value : table[r]) line += "\t" + std::string(value.text);
      Emit(line, source);
    }
    return true;
  }

  // For each row, its label as printed on a line of its own in [from, to), or the official one.
  std::vector<std::string> PrintedLabels(std::size_t from, std::size_t to,
                                         const std::vector<AppRowSpec>& rows) const {
    std::vector<std::string_view> official;
    official.reserve(rows.size());
    for (const AppRowSpec& row : rows) official.push_back(row.label);
    LabelMatcher matcher(official);
    std::vector<std::string> printed(official.begin(), official.end());
    std::vector<bool> seen(rows.size(), false);
    for (std::size_t i = from; i < to; ++i) {
      if (lines_[i].number) continue;
      std::optional<LabelMatch> match = matcher.Match(lines_[i].text);
      if (!match || seen[match->index]) continue;
      seen[match->index] = true;
      // The first line of a label wrapped over several lines is not a deviation.
      bool first_piece = !match->exact && text::NormalizeLabel(official[match->index])
                                              .starts_with(text::NormalizeLabel(lines_[i].text));
      if (!first_piece) printed[match->index] = std::string(lines_[i].text);
    }
    return printed;
  }

  // Table 四's text lines as they are, then its values on one line (where the first was).
  void EmitAppeals(std::size_t from, std::size_t to) {
    std::vector<ValueRef> values;
    for (std::size_t i = from; i < to; ++i) {
      if (lines_[i].number) {
        values.push_back(ValueOf(lines_[i]));
      } else {
        Emit(std::string(lines_[i].text), lines_[i].source);
      }
    }
    if (values.empty()) return;
    if (values.size() == kAppealValues) values = AppealValues(values);
    std::string line;
    for (const ValueRef& value : values)
      line += (line.empty() ? "" : "\t") + std::string(value.text);
    Emit(line, values.front().source);
  }

  std::vector<Line> lines_;
  LayoutText out_;
};

}  // namespace

bool LooksOneValuePerLine(std::string_view text) {
  int lone = 0;
  int several = 0;
  for (std::string_view raw : text::SplitLines(text)) {
    std::string_view trimmed = text::Trim(raw);
    if (IsLoneNumber(trimmed)) {
      ++lone;
      continue;
    }
    int numbers = 0;
    for (std::string_view cell : text::Split(trimmed, '\t')) {
      numbers += IsLoneNumber(text::Trim(cell)) ? 1 : 0;
    }
    several += numbers >= 2 ? 1 : 0;
  }
  return lone >= 100 && lone >= 3 * several;
}

LayoutText ReadingOrderToLayout(std::string_view text) { return Converter(text).Run(); }

}  // namespace gongkai::report
