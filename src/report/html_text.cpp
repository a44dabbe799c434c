#include "report/html_text.hpp"

#include <array>
#include <cctype>
#include <cstdint>

#include "base/text.hpp"

namespace gongkai::report {
namespace {

// Tags after which the text continues on a new line.
constexpr std::array<std::string_view, 30> kBlockTags = {
    "p",       "div",     "br",      "h1",     "h2",         "h3",    "h4",    "h5",
    "h6",      "li",      "ul",      "ol",     "table",      "tbody", "thead", "caption",
    "section", "article", "header",  "footer", "nav",        "title", "body",  "html",
    "pre",     "hr",      "address", "center", "blockquote", "dd"};
// Tags whose content is never text of the report.
constexpr std::array<std::string_view, 6> kSkippedTags = {"script",   "style",  "noscript",
                                                          "template", "iframe", "svg"};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsOneOf(std::string_view name, const auto& names) {
  for (std::string_view candidate : names) {
    if (name == candidate) return true;
  }
  return false;
}

void AppendCodePoint(std::string& out, std::uint32_t code) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return;
  out += text::EncodeUtf8(std::u32string(1, static_cast<char32_t>(code)));
}

// The character an entity stands for, appended to `out`; false when it is not one we know.
bool AppendEntity(std::string& out, std::string_view name) {
  if (name.starts_with("#")) {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return false;
    std::uint32_t code = 0;
    for (char c : digits) {
      int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                  : hex && std::isxdigit(static_cast<unsigned char>(c))
                      ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                      : -1;
      if (value < 0) return false;
      code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(value);
    }
    AppendCodePoint(out, code == 0xA0 ? ' ' : code);
    return true;
  }
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kNamed = {{
      {"nbsp", " "},
      {"amp", "&"},
      {"lt", "<"},
      {"gt", ">"},
      {"quot", "\""},
      {"apos", "'"},
      {"ldquo", "“"},
      {"rdquo", "”"},
      {"lsquo", "‘"},
      {"rsquo", "’"},
      {"mdash", "—"},
      {"ndash", "–"},
      {"hellip", "…"},
      {"middot", "·"},
      {"times", "×"},
      {"ensp", " "},
      {"emsp", " "},
      {"thinsp", " "},
  }};
  for (const auto& [entity, replacement] : kNamed) {
    if (name == entity) {
      out += replacement;
      return true;
    }
  }
  return false;
}

class Converter {
 public:
  explicit Converter(std::string_view html) : html_(html) {}

  LayoutText Run() {
    while (pos_ < html_.size()) {
      if (html_[pos_] == '<') {
        Tag();
      } else {
        Text();
      }
    }
    EndCell();
    EndRow();
    EndLine();
    return std::move(out_);
  }

 private:
  int LineAt(std::size_t at) {
    while (counted_ < at && counted_ < html_.size()) {
      if (html_[counted_] == '\n') ++line_;
      ++counted_;
    }
    return line_;
  }

  void Text() {
    std::size_t end = html_.find('<', pos_);
    if (end == std::string_view::npos) end = html_.size();
    if (skip_depth_ == 0 && (!in_head_ || in_title_)) AddText(html_.substr(pos_, end - pos_), pos_);
    pos_ = end;
  }

  // Appends decoded text with white space collapsed to the open cell or line.
  void AddText(std::string_view raw, std::size_t at) {
    std::string& target = in_cell_ ? cell_ : line_text_;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        // The source line of a line or row is where its first visible character is.
        if (in_row_ && row_line_ == 0) row_line_ = LineAt(at + i);
        if (!in_row_ && first_line_ == 0) first_line_ = LineAt(at + i);
      }
      if (c == '&') {
        std::size_t semicolon = raw.find(';', i);
        if (semicolon != std::string_view::npos && semicolon - i <= 10) {
          std::string decoded;
          if (AppendEntity(decoded, raw.substr(i + 1, semicolon - i - 1))) {
            for (char d : decoded) AddChar(target, d);
            i = semicolon;
            continue;
          }
        }
      }
      AddChar(target, c);
    }
  }

  static void AddChar(std::string& target, char c) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space) {
      if (!target.empty() && target.back() != ' ') target += ' ';
      return;
    }
    target += c;
  }

  void Tag() {
    if (html_.substr(pos_, 4) == "<!--") {
      std::size_t end = html_.find("-->", pos_ + 4);
      pos_ = end == std::string_view::npos ? html_.size() : end + 3;
      return;
    }
    // "<" not followed by a tag name, "/" or "!" is text ("a < b").
    char next = pos_ + 1 < html_.size() ? html_[pos_ + 1] : ' ';
    if (!std::isalpha(static_cast<unsigned char>(next)) && next != '/' && next != '!' &&
        next != '?') {
      if (skip_depth_ == 0 && (!in_head_ || in_title_)) AddText("<", pos_);
      ++pos_;
      return;
    }
    std::size_t end = html_.find('>', pos_);
    if (end == std::string_view::npos) {  // a stray '<' at the end: text
      if (skip_depth_ == 0) AddText(html_.substr(pos_), pos_);
      pos_ = html_.size();
      return;
    }
    std::string_view inside = html_.substr(pos_ + 1, end - pos_ - 1);
    std::size_t at = pos_;
    pos_ = end + 1;
    if (inside.empty() || inside[0] == '!' || inside[0] == '?') return;  // doctype, PI
    bool closing = inside[0] == '/';
    if (closing) inside.remove_prefix(1);
    std::size_t name_end = 0;
    while (name_end < inside.size() &&
           !std::isspace(static_cast<unsigned char>(inside[name_end])) && inside[name_end] != '/') {
      ++name_end;
    }
    std::string name = Lower(inside.substr(0, name_end));
    if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])))) {
      if (skip_depth_ == 0) AddText(html_.substr(at, pos_ - at), at);  // "<" in text
      return;
    }
    if (IsOneOf(name, kSkippedTags)) {
      if (closing) {
        if (skip_depth_ > 0) --skip_depth_;
      } else if (!inside.ends_with("/")) {
        ++skip_depth_;
      }
      return;
    }
    if (skip_depth_ > 0) return;
    if (name == "head") {
      in_head_ = !closing;
      return;
    }
    if (name == "title") {
      in_title_ = !closing;
      EndLine();
      return;
    }
    if (name == "tr") {
      EndCell();
      EndRow();
      if (!closing) {
        EndLine();
        in_row_ = true;
      }
      return;
    }
    if (name == "td" || name == "th") {
      EndCell();
      if (!closing) {
        if (!in_row_) {  // a cell outside any row: a row of its own
          EndLine();
          in_row_ = true;
        }
        in_cell_ = true;
      }
      return;
    }
    if (name == "table") {
      EndCell();
      EndRow();
    }
    if (IsOneOf(name, kBlockTags)) {
      if (in_cell_) {
        AddChar(cell_, ' ');  // a paragraph inside a cell stays in the cell
      } else if (!in_row_) {
        EndLine();
      }
    }
  }

  void EndCell() {
    if (!in_cell_) return;
    std::string_view trimmed = text::Trim(cell_);
    // A tab inside a cell would split it in two.
    std::string clean(trimmed);
    for (char& c : clean) c = c == '\t' ? ' ' : c;
    row_.push_back(std::move(clean));
    cell_.clear();
    in_cell_ = false;
  }

  void EndRow() {
    if (!in_row_) return;
    if (std::string line = TabJoinedRow(row_); !line.empty()) Emit(line, row_line_);
    row_.clear();
    in_row_ = false;
    row_line_ = 0;
  }

  void EndLine() {
    std::string_view trimmed = text::Trim(line_text_);
    if (!trimmed.empty()) Emit(std::string(trimmed), first_line_);
    line_text_.clear();
    first_line_ = 0;
  }

  void Emit(const std::string& line, int source_line) {
    out_.text.append(line).append("\n");
    out_.source_line.push_back(source_line > 0 ? source_line : line_);
  }

  std::string_view html_;
  std::size_t pos_ = 0;
  std::size_t counted_ = 0;  // bytes of html_ whose newlines are counted in line_
  int line_ = 1;
  int skip_depth_ = 0;
  bool in_head_ = false;
  bool in_title_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  std::string line_text_;
  int first_line_ = 0;
  std::string cell_;
  std::vector<std::string> row_;
  int row_line_ = 0;
  LayoutText out_;
};

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string_view start = text::Trim(bytes.substr(0, 4096));
  std::string head = Lower(start.substr(0, 20));
  if (head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<!--") ||
      head.starts_with("<head") || head.starts_with("<meta")) {
    return true;
  }
  std::string lowered = Lower(bytes.substr(0, 1 << 20));
  return lowered.find("<table") != std::string::npos && lowered.find("<tr") != std::string::npos &&
         lowered.find("<td") != std::string::npos;
}

LayoutText HtmlToLayout(std::string_view html) { return Converter(html).Run(); }

}  // namespace gongkai::report
