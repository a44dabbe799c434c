#include "base/text.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace gongkai::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at `pos`; returns its length in bytes, or 0 when ill-formed.
int DecodeOne(std::string_view bytes, std::size_t pos, char32_t& out) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) {
    out = lead;
    return 1;
  }
  int length = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    out = lead & 0x1F;
    min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    out = lead & 0x0F;
    min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    out = lead & 0x07;
    min = 0x10000;
  } else {
    return 0;
  }
  if (pos + static_cast<std::size_t>(length) > bytes.size()) return 0;
  for (int i = 1; i < length; ++i) {
    unsigned char next = byte(pos + static_cast<std::size_t>(i));
    if ((next & 0xC0) != 0x80) return 0;
    out = (out << 6) | (next & 0x3F);
  }
  if (out < min || out > 0x10FFFF || (out >= 0xD800 && out <= 0xDFFF)) return 0;
  return length;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         c == 0x3000 || c == 0x200B || c == 0xFEFF || c == 0x2002 || c == 0x2003 || c == 0x2009;
}

// Maps typographic variants to one representative; 0 means "drop".
char32_t FoldForLabel(char32_t c) {
  if (IsSpace(c)) return 0;
  if (c >= 0xFF01 && c <= 0xFF5E) c = c - 0xFF01 + 0x21;  // full-width ASCII
  switch (c) {
    case U'、':
    case U'。':
    case U'·':
      return U'.';
    case U'〔':
    case U'【':
    case U'［':
      return U'[';
    case U'〕':
    case U'】':
    case U'］':
      return U']';
    case U'“':
    case U'”':
    case U'「':
    case U'」':
    case U'『':
    case U'』':
    case U'„':
      return U'"';
    case U'‘':
    case U'’':
      return U'\'';
    case U'—':
    case U'–':
    case U'−':
    case U'─':
      return U'-';
    default:
      break;
  }
  if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
  return c;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  for (std::size_t pos = 0; pos < bytes.size();) {
    char32_t ignored = 0;
    int length = DecodeOne(bytes, pos, ignored);
    if (length == 0) return false;
    pos += static_cast<std::size_t>(length);
  }
  return true;
}

std::u32string DecodeUtf8(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  for (std::size_t pos = 0; pos < bytes.size();) {
    char32_t c = 0;
    int length = DecodeOne(bytes, pos, c);
    if (length == 0) {
      out.push_back(kReplacement);
      ++pos;
      continue;
    }
    out.push_back(c);
    pos += static_cast<std::size_t>(length);
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size() * 3);
  for (char32_t c : code_points) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end) {
    char32_t c = 0;
    int length = DecodeOne(text, begin, c);
    if (length == 0 || !IsSpace(c)) break;
    begin += static_cast<std::size_t>(length);
  }
  while (end > begin) {
    // Step back to the start of the last code point.
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    char32_t c = 0;
    int length = DecodeOne(text, start, c);
    if (length == 0 || !IsSpace(c)) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  if (text.empty()) return lines;
  if (text.back() == '\n') text.remove_suffix(1);
  for (std::string_view line : Split(text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
  }
  return lines;
}

std::u32string NormalizeLabel(std::string_view label) {
  std::u32string out;
  out.reserve(label.size());
  for (std::size_t pos = 0; pos < label.size();) {
    char32_t c = 0;
    int length = DecodeOne(label, pos, c);
    if (length == 0) {
      c = kReplacement;
      length = 1;
    }
    pos += static_cast<std::size_t>(length);
    char32_t folded = FoldForLabel(c);
    if (folded != 0) out.push_back(folded);
  }
  return out;
}

int EditDistance(std::u32string_view a, std::u32string_view b, int limit) {
  int length_gap = static_cast<int>(a.size()) - static_cast<int>(b.size());
  if (std::abs(length_gap) > limit) return limit + 1;
  // Two rows of the dynamic-programming table; on the stack for label-sized strings.
  constexpr std::size_t kStackRow = 96;
  std::array<int, kStackRow> stack_previous{};
  std::array<int, kStackRow> stack_current{};
  std::vector<int> heap_previous;
  std::vector<int> heap_current;
  int* previous = stack_previous.data();
  int* current = stack_current.data();
  if (b.size() + 1 > kStackRow) {
    heap_previous.resize(b.size() + 1);
    heap_current.resize(b.size() + 1);
    previous = heap_previous.data();
    current = heap_current.data();
  }
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    int row_min = current[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], limit + 1);
}

void AppendHtmlEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

std::string HtmlEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendHtmlEscaped(out, text);
  return out;
}

}  // namespace gongkai::text
