#include "report/markdown_text.hpp"

#include <string>
#include <vector>

#include "base/text.hpp"

namespace gongkai::report {
namespace {

bool IsTableLine(std::string_view trimmed) {
  return trimmed.size() >= 3 && trimmed.front() == '|' && trimmed.find('|', 1) != trimmed.npos;
}

// "| --- | ---: |": every cell dashes with optional alignment colons.
bool IsSeparatorLine(std::string_view trimmed) {
  if (!IsTableLine(trimmed)) return false;
  bool dash = false;
  for (char c : trimmed) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ') {
      return false;
    }
  }
  return dash;
}

std::string WithoutMarkup(std::string_view text) {
  std::string out(text);
  for (std::string_view markup : {"**", "__", "<br>", "<br/>", "<br />"}) {
    for (std::size_t at = out.find(markup); at != std::string::npos; at = out.find(markup, at)) {
      out.erase(at, markup.size());
    }
  }
  return std::string(text::Trim(out));
}

// "（三）不予公开 1.属于国家秘密" → "（三）不予公开", "1.属于国家秘密": a space followed by a
// list marker splits a label cell.
std::vector<std::string> SplitGroupLabel(const std::string& cell) {
  std::size_t space = cell.rfind(' ');
  if (space == std::string::npos || space + 2 >= cell.size()) return {cell};
  char first = cell[space + 1];
  std::size_t marker = cell.find_first_of(".、", space + 1);
  bool list_marker =
      first >= '0' && first <= '9' && marker != std::string::npos && marker <= space + 3;
  if (!list_marker) return {cell};
  return {std::string(text::Trim(cell.substr(0, space))), cell.substr(space + 1)};
}

// Table 四 printed one group per row ("| 行政复议 | 72 | 64 | 178 | 37 | 351 |", as RenderMarkdown
// writes it): the group the row's label names, 0–2, or -1.
int AppealGroupOf(const std::vector<std::string>& cells) {
  if (cells.size() != 6) return -1;
  std::u32string label = text::NormalizeLabel(cells.front());
  if (label.find(U"复议后起诉") != std::u32string::npos) return 2;
  if (label.find(U"直接起诉") != std::u32string::npos) return 1;
  if (label == U"行政复议") return 0;
  return -1;
}

}  // namespace

bool LooksLikeMarkdownTables(std::string_view text) {
  int table_lines = 0;
  bool separator = false;
  for (std::string_view raw : text::SplitLines(text)) {
    std::string_view trimmed = text::Trim(raw);
    separator = separator || IsSeparatorLine(trimmed);
    table_lines += IsTableLine(trimmed) ? 1 : 0;
  }
  return separator && table_lines >= 5;
}

LayoutText MarkdownToLayout(std::string_view text) {
  std::vector<std::string> lines;
  std::vector<int> sources;
  std::vector<std::string> appeal_values;
  int appeal_line = -1;  // index of table 四's line in `lines`
  int source = 0;
  for (std::string_view raw : text::SplitLines(text)) {
    ++source;
    std::string_view trimmed = text::Trim(raw);
    if (trimmed.empty() || IsSeparatorLine(trimmed)) continue;
    std::string line;
    if (IsTableLine(trimmed)) {
      std::string_view inner = trimmed.substr(1);
      if (inner.ends_with('|')) inner.remove_suffix(1);
      std::vector<std::string> cells;
      for (std::string_view cell : text::Split(inner, '|')) cells.push_back(WithoutMarkup(cell));
      if (int group = AppealGroupOf(cells); group >= 0) {
        // The three rows become table 四's one line of fifteen values, where the first was.
        appeal_values.resize(15);
        for (std::size_t c = 1; c < cells.size(); ++c)
          appeal_values[static_cast<std::size_t>(group) * 5 + c - 1] = cells[c];
        if (appeal_line < 0) {
          appeal_line = static_cast<int>(lines.size());
          lines.emplace_back();  // filled in at the end
          sources.push_back(source);
        }
        continue;
      }
      if (!cells.empty()) {
        std::vector<std::string> label = SplitGroupLabel(cells.front());
        cells.erase(cells.begin());
        cells.insert(cells.begin(), label.begin(), label.end());
      }
      for (std::size_t i = 0; i < cells.size(); ++i) line += (i > 0 ? "\t" : "") + cells[i];
    } else {
      while (trimmed.starts_with('#')) trimmed.remove_prefix(1);
      line = WithoutMarkup(trimmed);
      for (char& c : line) c = c == '\t' ? ' ' : c;
    }
    if (line.empty()) continue;
    lines.push_back(std::move(line));
    sources.push_back(source);
  }
  if (appeal_line >= 0) {
    std::string& values = lines[static_cast<std::size_t>(appeal_line)];
    for (std::size_t i = 0; i < appeal_values.size(); ++i) {
      values += (i > 0 ? "\t" : "") + appeal_values[i];
    }
  }
  LayoutText out;
  for (const std::string& line : lines) out.text.append(line).append("\n");
  out.source_line = std::move(sources);
  return out;
}

}  // namespace gongkai::report
