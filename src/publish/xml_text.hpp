// Text for XML documents (OOXML parts).
#pragma once

#include <string>
#include <string_view>

namespace gongkai::publish {

// Appends `text` escaped for XML content and attributes. Control characters XML 1.0 forbids
// (all below U+0020 but tab and newline) are dropped and ill-formed UTF-8 is replaced (U+FFFD),
// so text read from any report is safe.
void AppendXmlText(std::string& out, std::string_view text);

}  // namespace gongkai::publish
