#include "report/docx_text.hpp"

#include <expat.h>
#include <zip.h>

#include <memory>
#include <string>
#include <vector>

#include "base/text.hpp"

namespace gongkai::report {
namespace {

constexpr std::string_view kBodyPart = "word/document.xml";
constexpr std::size_t kMaxBodyBytes = std::size_t{64} << 20;

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryCloser {
  void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};
struct ParserFree {
  void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

// The unpacked bytes of word/document.xml.
Result<std::string> ReadBody(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Error::InvalidArgument("DOCX 文件无法打开");
  }
  std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(source);
    return Error::InvalidArgument("DOCX 文件已损坏，无法解压（请用 Word 或 WPS 重新保存后再试）");
  }
  std::unique_ptr<zip_file_t, EntryCloser> entry(
      zip_fopen(archive.get(), std::string(kBodyPart).c_str(), 0));
  if (entry == nullptr) {
    return Error::InvalidArgument("不是 Word 文档：压缩包中没有 word/document.xml");
  }
  std::string body;
  char buffer[1 << 16];
  for (;;) {
    zip_int64_t read = zip_fread(entry.get(), buffer, sizeof buffer);
    if (read < 0) return Error::InvalidArgument("DOCX 文件已损坏：word/document.xml 解压失败");
    if (read == 0) break;
    if (body.size() + static_cast<std::size_t>(read) > kMaxBodyBytes) {
      return Error::InvalidArgument("DOCX 正文解压后超过 64 MiB，不像年度报告");
    }
    body.append(buffer, static_cast<std::size_t>(read));
  }
  return body;
}

// The local name of an element: "w:tc" → "tc".
std::string_view LocalName(const XML_Char* name) {
  std::string_view full(name);
  std::size_t colon = full.rfind(':');
  return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

std::string_view Attribute(const XML_Char** attributes, std::string_view local) {
  for (int i = 0; attributes[i] != nullptr; i += 2) {
    if (LocalName(attributes[i]) == local) return attributes[i + 1];
  }
  return {};
}

// Builds the layout from expat's callbacks over the body.
class BodyConverter {
 public:
  void Start(std::string_view name, const XML_Char** attributes) {
    if (skip_depth_ > 0 || name == "delText" || name == "instrText" || name == "Fallback") {
      ++skip_depth_;
      return;
    }
    if (name == "tbl") {
      if (++table_depth_ == 1) EndLine();
      return;
    }
    if (name == "p") {
      ++paragraph_;
      if (!in_cell_)
        EndLine();
      else if (!cell_.empty())
        cell_ += ' ';
      return;
    }
    if (table_depth_ == 1 && name == "tr") {
      EndLine();
      in_row_ = true;
      row_paragraph_ = paragraph_ + 1;
      return;
    }
    if (table_depth_ == 1 && name == "tc") {
      in_cell_ = true;
      cell_continues_merge_ = false;
      cell_.clear();
      return;
    }
    if (table_depth_ == 1 && in_cell_ && name == "vMerge") {
      // <w:vMerge/> or w:val="continue" continues the cell above; "restart" begins a merge.
      cell_continues_merge_ = Attribute(attributes, "val") != "restart";
      return;
    }
    if (name == "t") {
      in_text_ = true;
      return;
    }
    if (name == "r") {
      in_run_ = true;
      return;
    }
    if (in_run_ && (name == "tab" || name == "br" || name == "cr")) {
      if (in_cell_) {
        cell_ += ' ';
      } else if (name == "tab") {
        line_ += '\t';
      } else {
        EndLine();
      }
      return;
    }
    if (in_run_ && name == "noBreakHyphen") Text("-");
  }

  void End(std::string_view name) {
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    if (name == "t") {
      in_text_ = false;
    } else if (name == "r") {
      in_run_ = false;
    } else if (name == "p") {
      if (!in_cell_) EndLine();
    } else if (name == "tbl") {
      if (table_depth_ > 0) --table_depth_;
    } else if (table_depth_ == 1 && name == "tc") {
      EndCell();
    } else if (table_depth_ == 1 && name == "tr") {
      EndCell();
      EndRow();
    }
  }

  void Text(std::string_view text) {
    if (skip_depth_ > 0 || !in_text_) return;
    std::string& target = in_cell_ ? cell_ : line_;
    for (char c : text) target += (c == '\t' && in_cell_) || c == '\n' || c == '\r' ? ' ' : c;
  }

  LayoutText Finish() {
    EndCell();
    EndRow();
    EndLine();
    return std::move(out_);
  }

 private:
  void EndCell() {
    if (!in_cell_) return;
    if (!cell_continues_merge_) row_.emplace_back(text::Trim(cell_));
    cell_.clear();
    in_cell_ = false;
  }

  void EndRow() {
    if (!in_row_) return;
    if (std::string line = TabJoinedRow(row_); !line.empty()) Emit(line, row_paragraph_);
    row_.clear();
    in_row_ = false;
  }

  void EndLine() {
    std::string_view trimmed = text::Trim(line_);
    if (!trimmed.empty()) Emit(trimmed, paragraph_);
    line_.clear();
  }

  void Emit(std::string_view line, int paragraph) {
    out_.text.append(line).append("\n");
    out_.source_line.push_back(paragraph > 0 ? paragraph : 1);
  }

  int skip_depth_ = 0;
  int table_depth_ = 0;
  int paragraph_ = 0;
  int row_paragraph_ = 0;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool cell_continues_merge_ = false;
  bool in_run_ = false;
  bool in_text_ = false;
  std::string line_;
  std::string cell_;
  std::vector<std::string> row_;
  LayoutText out_;
};

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  static_cast<BodyConverter*>(data)->Start(LocalName(name), attributes);
}
void XMLCALL OnEnd(void* data, const XML_Char* name) {
  static_cast<BodyConverter*>(data)->End(LocalName(name));
}
void XMLCALL OnText(void* data, const XML_Char* text, int length) {
  static_cast<BodyConverter*>(data)->Text(std::string_view(text, static_cast<std::size_t>(length)));
}

}  // namespace

bool LooksLikeDocx(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") &&
         bytes.substr(0, 1 << 16).find("word/") != std::string_view::npos;
}

Result<LayoutText> DocxToLayout(std::string_view bytes) {
  Result<std::string> body = ReadBody(bytes);
  if (!body) return body.error();
  std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreate("UTF-8"));
  if (parser == nullptr) return Error::Internal("XML 解析器无法创建");
  BodyConverter converter;
  XML_SetUserData(parser.get(), &converter);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  if (XML_Parse(parser.get(), body->data(), static_cast<int>(body->size()), XML_TRUE) ==
      XML_STATUS_ERROR) {
    return Error::InvalidArgument("DOCX 文件已损坏：word/document.xml 第 " +
                                  std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                                  " 行 XML 错误（" +
                                  XML_ErrorString(XML_GetErrorCode(parser.get())) + "）");
  }
  return converter.Finish();
}

}  // namespace gongkai::report
