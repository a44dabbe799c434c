#include "publish/xml_text.hpp"

#include "base/text.hpp"

namespace gongkai::publish {

void AppendXmlText(std::string& out, std::string_view text) {
  if (!text::IsValidUtf8(text)) {  // ill-formed bytes become U+FFFD
    AppendXmlText(out, text::EncodeUtf8(text::DecodeUtf8(text)));
    return;
  }
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
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
}

}  // namespace gongkai::publish
