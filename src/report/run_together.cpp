#include "report/run_together.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "report/format.hpp"
#include "report/tokens.hpp"

namespace gongkai::report {
namespace {

constexpr std::size_t kMinLineBytes = 1000;
constexpr int kMinRowLabels = 10;
constexpr std::size_t kAppColumns = 7;
constexpr std::size_t kAppealValues = 15;
// More digits than this in one row are not a row of a report (and would take long to split).
constexpr std::size_t kMaxDigits = 40;
// Splits beyond this many are not kept: the row is ambiguous anyway.
constexpr std::size_t kMaxSplits = 64;
// Combinations of table 三's ambiguous rows tried against the column sums.
constexpr std::size_t kMaxCombinations = 4096;

enum class AnchorKind { kText, kAppRow, kProactiveRow, kAppealsHeading };

struct Anchor {
  std::u32string normalized;
  AnchorKind kind = AnchorKind::kText;
  const AppRowSpec* app_row = nullptr;
  std::size_t columns = 0;  // for a row of table 二: its sub-table's columns
};

std::u32string Normalized(std::string_view label) { return text::NormalizeLabel(label); }

// Every label that cuts the run-together text: section headings, table 二's headings and row
// labels, table 三's row and group labels (both formats), table 四's heading.
std::vector<Anchor> Anchors(Format format) {
  std::vector<Anchor> anchors;
  const FormatSpec& spec = SpecFor(format);
  for (const SectionSpec& section : spec.sections) {
    anchors.push_back({Normalized(section.heading), AnchorKind::kText});
  }
  anchors[3].kind = AnchorKind::kAppealsHeading;
  for (const ProactiveTableSpec& table : spec.proactive) {
    anchors.push_back({Normalized(table.heading), AnchorKind::kText});
    for (const ProactiveRowSpec& row : table.rows) {
      anchors.push_back(
          {Normalized(row.label), AnchorKind::kProactiveRow, nullptr, table.columns.size()});
    }
  }
  for (const auto* rows : {&spec.application_rows, &spec.tolerated_rows}) {
    for (const AppRowSpec& row : *rows) {
      anchors.push_back({Normalized(row.label), AnchorKind::kAppRow, &row});
      if (!row.group_label.empty())
        anchors.push_back({Normalized(row.group_label), AnchorKind::kText});
    }
  }
  // A group label that is also a row label (（六）其他处理 of the other format) is the row.
  std::erase_if(anchors, [&](const Anchor& anchor) {
    return anchor.kind == AnchorKind::kText &&
           std::any_of(anchors.begin(), anchors.end(), [&](const Anchor& other) {
             return other.kind == AnchorKind::kAppRow && other.normalized == anchor.normalized;
           });
  });
  // Longest first: at one place the longer label wins ("（六）其他处理" over a shorter one).
  std::stable_sort(anchors.begin(), anchors.end(), [](const Anchor& a, const Anchor& b) {
    return a.normalized.size() > b.normalized.size();
  });
  return anchors;
}

// A line in normalised form, with the index into the original code points of each character.
struct MappedLine {
  std::u32string original;
  std::u32string normalized;
  std::vector<std::size_t> origin;
};

MappedLine Map(std::string_view line) {
  MappedLine mapped;
  mapped.original = text::DecodeUtf8(line);
  for (std::size_t i = 0; i < mapped.original.size(); ++i) {
    std::u32string one = Normalized(text::EncodeUtf8(std::u32string(1, mapped.original[i])));
    for (char32_t c : one) {
      mapped.normalized += c;
      mapped.origin.push_back(i);
    }
  }
  return mapped;
}

// Whether `segment` is values only: digits, '.', spaces, and at least one digit.
bool IsValueSegment(std::string_view segment) {
  return std::any_of(segment.begin(), segment.end(), IsAsciiDigit) &&
         std::all_of(segment.begin(), segment.end(),
                     [](char c) { return IsAsciiDigit(c) || c == '.' || c == ' '; });
}

// The ways to cut `segment` (digits, '.', spaces) into `count` numbers: a space always ends a
// number, a number has no leading zero, a '.' sits inside one; kept only when `fits`.
std::vector<std::vector<std::string>> Splits(
    std::string_view segment, std::size_t count,
    const std::function<bool(const std::vector<std::string>&)>& fits) {
  std::vector<std::string> words;
  for (std::string_view word : text::Split(segment, ' ')) {
    if (!word.empty()) words.emplace_back(word);
  }
  std::size_t digits = 0;
  for (const std::string& word : words) {
    digits += word.size();
    for (char c : word) {
      if (!IsAsciiDigit(c) && c != '.') return {};
    }
  }
  if (words.empty() || digits > kMaxDigits) return {};
  std::vector<std::vector<std::string>> found;
  std::vector<std::string> current;
  std::function<void(std::size_t, std::size_t)> cut = [&](std::size_t word, std::size_t at) {
    if (found.size() > kMaxSplits) return;
    if (word == words.size()) {
      if (current.size() == count && fits(current)) found.push_back(current);
      return;
    }
    if (current.size() >= count) return;
    const std::string& text = words[word];
    for (std::size_t length = 1; at + length <= text.size(); ++length) {
      std::string number = text.substr(at, length);
      bool leading_zero = number.size() > 1 && number[0] == '0' && number[1] != '.';
      bool bad_point = number.front() == '.' || number.back() == '.' ||
                       std::count(number.begin(), number.end(), '.') > 1;
      if (!leading_zero && !bad_point) {
        current.push_back(number);
        bool word_done = at + length == text.size();
        cut(word_done ? word + 1 : word, word_done ? 0 : at + length);
        current.pop_back();
      }
      if (number == "0") break;  // a zero is one digit
    }
  };
  cut(0, 0);
  return found;
}

std::optional<long long> Whole(const std::string& number) {
  if (number.empty() || number.size() > 15 ||
      !std::all_of(number.begin(), number.end(), IsAsciiDigit)) {
    return std::nullopt;
  }
  return std::stoll(number);
}

// Whether the last of values[first, first + n) is the sum of the others.
bool AddsUp(const std::vector<std::string>& values, std::size_t first, std::size_t n) {
  return LastIsSumOfOthers(std::span<const std::string>(values).subspan(first, n), Whole);
}

// `count` cells that are blank: "-" is read as blank (null), never as a number.
std::string BlankCells(std::size_t count) {
  std::string cells;
  for (std::size_t c = 0; c < count; ++c) cells += c == 0 ? "-" : "\t-";
  return cells;
}

// A row of table 三 waiting for the column sums to choose among its splits.
struct PendingRow {
  const AppRowSpec* spec = nullptr;
  std::size_t line = 0;  // index into the output lines
  std::string segment;
  std::vector<std::vector<std::string>> splits;
};

class Converter {
 public:
  explicit Converter(std::string_view text) : text_(text) {}

  LayoutText Run() {
    Format format = text_.find("本年制发件数") != std::string_view::npos ||
                            text_.find("本年新制作数量") == std::string_view::npos
                        ? Format::k2021
                        : Format::k2019;
    anchors_ = Anchors(format);
    int source = 0;
    for (std::string_view line : text::SplitLines(text_)) {
      ++source;
      if (line.size() >= kMinLineBytes) {
        Cut(line, source);
      } else if (!text::Trim(line).empty()) {
        Emit(std::string(text::Trim(line)), source);
      }
    }
    ResolveApplications(format);
    LayoutText out;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      out.text.append(lines_[i]).append("\n");
      out.source_line.push_back(sources_[i]);
    }
    out.issues = std::move(issues_);
    return out;
  }

 private:
  std::size_t Emit(std::string line, int source) {
    lines_.push_back(std::move(line));
    sources_.push_back(source);
    return lines_.size() - 1;
  }

  // Cuts a long line at every anchor; each anchor's text up to the next is its segment.
  void Cut(std::string_view line, int source) {
    MappedLine mapped = Map(line);
    struct Found {
      const Anchor* anchor;
      std::size_t begin;  // original code point index
      std::size_t end;
    };
    std::vector<Found> found;
    for (std::size_t p = 0; p < mapped.normalized.size();) {
      const Anchor* match = nullptr;
      for (const Anchor& anchor : anchors_) {
        if (mapped.normalized.compare(p, anchor.normalized.size(), anchor.normalized) == 0) {
          match = &anchor;
          break;
        }
      }
      if (match == nullptr) {
        ++p;
        continue;
      }
      std::size_t last = p + match->normalized.size() - 1;
      found.push_back({match, mapped.origin[p], mapped.origin[last] + 1});
      p = last + 1;
    }
    auto piece = [&](std::size_t begin, std::size_t end) {
      return std::string(text::Trim(
          text::EncodeUtf8(std::u32string_view(mapped.original).substr(begin, end - begin))));
    };
    std::size_t before = found.empty() ? mapped.original.size() : found.front().begin;
    if (std::string head = piece(0, before); !head.empty()) Emit(head, source);
    for (std::size_t k = 0; k < found.size(); ++k) {
      std::size_t next = k + 1 < found.size() ? found[k + 1].begin : mapped.original.size();
      Place(*found[k].anchor, piece(found[k].begin, found[k].end), piece(found[k].end, next),
            source);
    }
  }

  void Place(const Anchor& anchor, std::string label, const std::string& segment, int source) {
    switch (IsValueSegment(segment) ? anchor.kind : AnchorKind::kText) {
      case AnchorKind::kAppRow:
        pending_.push_back({anchor.app_row, Emit(label, source), segment,
                            Splits(segment, kAppColumns, [](const auto& values) {
                              return AddsUp(values, 0, kAppColumns);
                            })});
        return;
      case AnchorKind::kProactiveRow: {
        auto splits = Splits(segment, anchor.columns, [](const auto&) { return true; });
        if (splits.size() == 1) {
          for (const std::string& value : splits.front()) label += "\t" + value;
        } else {
          issues_.push_back({Part::kProactive, "",
                             "表二“" + label + "”的数字“" + segment + "”连写在一起，可拆分为 " +
                                 std::to_string(anchor.columns) +
                                 " 个数的方式不止一种，无法确定，单元格留空",
                             SourcePos{source, 0}});
          label += "\t" + BlankCells(anchor.columns);
        }
        Emit(label, source);
        return;
      }
      case AnchorKind::kAppealsHeading:
        Emit(label, source);
        PlaceAppeals(segment, source);
        return;
      case AnchorKind::kText:
        break;
    }
    if (anchor.kind == AnchorKind::kAppealsHeading) {
      Emit(label, source);
      PlaceAppeals(segment, source);
      return;
    }
    Emit(label, source);
    if (!segment.empty()) Emit(segment, source);
  }

  // Table 四: its header text, then its trailing digits split into fifteen values.
  void PlaceAppeals(const std::string& segment, int source) {
    std::size_t digits = segment.size();
    while (digits > 0 && (IsAsciiDigit(segment[digits - 1]) || segment[digits - 1] == ' '))
      --digits;
    std::string header(text::Trim(std::string_view(segment).substr(0, digits)));
    std::string values(text::Trim(std::string_view(segment).substr(digits)));
    if (!header.empty()) Emit(header, source);
    if (values.empty()) return;
    auto splits = Splits(values, kAppealValues, [](const std::vector<std::string>& v) {
      return AddsUp(v, 0, 5) && AddsUp(v, 5, 5) && AddsUp(v, 10, 5);
    });
    if (splits.size() != 1) {
      issues_.push_back({Part::kAppeals, "",
                         "表四的数字“" + values + "”连写在一起，" +
                             (splits.empty() ? std::string("没有") : std::string("不止一种")) +
                             "使各项合计成立的拆分方式，无法确定，单元格留空",
                         SourcePos{source, 0}});
      Emit(BlankCells(kAppealValues), source);
      return;
    }
    std::string line;
    for (const std::string& value : splits.front()) line += (line.empty() ? "" : "\t") + value;
    Emit(line, source);
  }

  // Chooses each table 三 row's split: the combination that makes the most column sums hold.
  void ResolveApplications(Format format) {
    std::vector<std::size_t> open;
    std::size_t combinations = 1;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      if (pending_[i].splits.size() > 1) {
        open.push_back(i);
        combinations *= pending_[i].splits.size();
        if (combinations > kMaxCombinations) break;
      }
    }
    std::vector<std::size_t> chosen(pending_.size(), 0);
    std::vector<bool> decided(pending_.size(), true);
    if (!open.empty() && combinations <= kMaxCombinations) {
      int best = -1;
      std::vector<std::size_t> best_choice;
      std::vector<bool> differs(pending_.size(), false);
      std::vector<std::size_t> digit(open.size(), 0);
      for (;;) {
        for (std::size_t k = 0; k < open.size(); ++k) chosen[open[k]] = digit[k];
        int score = ColumnSumsHolding(format, chosen);
        if (score > best) {
          best = score;
          best_choice = chosen;
          std::fill(differs.begin(), differs.end(), false);
        } else if (score == best) {
          for (std::size_t i : open) differs[i] = differs[i] || chosen[i] != best_choice[i];
        }
        std::size_t k = 0;
        while (k < open.size() && ++digit[k] == pending_[open[k]].splits.size()) digit[k++] = 0;
        if (k == open.size()) break;
      }
      chosen = best_choice;
      for (std::size_t i : open) decided[i] = !differs[i];
    } else {
      for (std::size_t i : open) decided[i] = false;
    }
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      PendingRow& row = pending_[i];
      std::string& line = lines_[row.line];
      if (row.splits.empty() || !decided[i]) {
        issues_.push_back({Part::kApplications, std::string(row.spec->key),
                           "表三“" + line + "”一行的数字“" + row.segment + "”连写在一起，" +
                               (row.splits.empty() ? std::string("没有使总计等于各列之和的拆分")
                                                   : std::string("有多种拆分均能使各项合计成立")) +
                               "，无法确定，单元格留空",
                           SourcePos{sources_[row.line], 0}});
        line += "\t" + BlankCells(kAppColumns);
        continue;
      }
      for (const std::string& value : row.splits[chosen[i]]) line += "\t" + value;
    }
  }

  // How many of GK001 (received + carried over = total + carried forward) and GK003 (total = the
  // outcome rows) hold, per column, with each row's split as in `chosen`.
  int ColumnSumsHolding(Format format, const std::vector<std::size_t>& chosen) const {
    std::map<AppRow, const std::vector<std::string>*> rows;
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      if (!pending_[i].splits.empty()) rows[pending_[i].spec->row] = &pending_[i].splits[chosen[i]];
    }
    auto value = [&](AppRow row, std::size_t column) -> std::optional<long long> {
      auto found = rows.find(row);
      if (found == rows.end()) return std::nullopt;
      return Whole((*found->second)[column]);
    };
    int holding = 0;
    for (std::size_t c = 0; c < kAppColumns; ++c) {
      auto received = value(AppRow::kReceived, c);
      auto carried = value(AppRow::kCarriedOver, c);
      auto total = value(AppRow::kTotal, c);
      auto forward = value(AppRow::kCarriedForward, c);
      if (received && carried && total && forward && *received + *carried == *total + *forward) {
        ++holding;
      }
      long long outcomes = 0;
      for (const auto& [row, values] : rows) {
        const std::vector<AppRow>& outcome_rows = SpecFor(format).outcome_rows;
        bool outcome =
            std::find(outcome_rows.begin(), outcome_rows.end(), row) != outcome_rows.end() ||
            row == AppRow::kOtherHandling;
        if (outcome) outcomes += Whole((*values)[c]).value_or(0);
      }
      if (total && *total == outcomes) ++holding;
    }
    return holding;
  }

  std::string_view text_;
  std::vector<Anchor> anchors_;
  std::vector<std::string> lines_;
  std::vector<int> sources_;
  std::vector<PendingRow> pending_;
  std::vector<StructureIssue> issues_;
};

}  // namespace

bool LooksRunTogether(std::string_view text) {
  for (std::string_view line : text::SplitLines(text)) {
    if (line.size() < kMinLineBytes) continue;
    std::u32string normalized = Normalized(line);
    int labels = 0;
    for (const AppRowSpec& row : SpecFor(Format::k2021).application_rows) {
      labels += normalized.find(Normalized(row.label)) != std::u32string::npos ? 1 : 0;
    }
    if (labels >= kMinRowLabels) return true;
  }
  return false;
}

LayoutText RunTogetherToLayout(std::string_view text) { return Converter(text).Run(); }

}  // namespace gongkai::report
