#include "report/pdf_text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

namespace gongkai::report {
namespace {

// poppler reports damage it recovers from on stderr; the reader's own errors say what matters.
void SilencePoppler() {
  static const bool silenced = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)silenced;
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

Result<std::string> PdfToText(std::string_view bytes) {
  SilencePoppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Error::InvalidArgument("PDF 文件过大（超过 2 GiB）");
  }
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (document == nullptr) {
    return Error::InvalidArgument("PDF 文件已损坏，无法打开（请重新下载或另存为 PDF 后再试）");
  }
  if (document->is_locked()) {
    return Error::InvalidArgument("PDF 文件设有打开密码，无法读取");
  }
  std::string text;
  for (int index = 0; index < document->pages(); ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (index > 0) text += '\f';
    if (page == nullptr) continue;
    poppler::byte_array utf8 =
        page->text(page->page_rect(), poppler::page::physical_layout).to_utf8();
    text.append(utf8.data(), utf8.size());
  }
  return text;
}

}  // namespace gongkai::report
