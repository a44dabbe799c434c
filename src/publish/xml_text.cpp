#include "publish/xml_text.hpp"

#include "base/text.hpp"

namespace gongkai::publish {

void AppendXmlText(std::string& out, std::string_view text) {
  const std::string valid =
      text::IsValidUtf8(text) ? std::string(text) : text::EncodeUtf8(text::DecodeUtf8(text));
  std::string printable;
  printable.reserve(valid.size());
  for (char c : valid) {
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') printable += c;
  }
  text::AppendHtmlEscaped(out, printable);  // the five XML entities (&#39; for the apostrophe)
}

}  // namespace gongkai::publish
