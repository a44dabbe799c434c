// UTF-8 text helpers and the label normalisation used to compare printed report labels with
// the official wording. Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::text {

// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates).
bool IsValidUtf8(std::string_view bytes);

// Decodes well-formed UTF-8; an ill-formed byte decodes as U+FFFD.
std::u32string DecodeUtf8(std::string_view bytes);
std::string EncodeUtf8(std::u32string_view code_points);

// Strips ASCII whitespace, U+3000 (ideographic space), U+00A0 and zero-width characters from
// both ends.
std::string_view Trim(std::string_view text);

// Splits on "\n", removing a trailing "\r" from each line. An empty input gives no lines.
std::vector<std::string_view> SplitLines(std::string_view text);
std::vector<std::string_view> Split(std::string_view text, char separator);

// The comparison form of a label: full-width ASCII folded to half-width, every kind of space
// removed, punctuation variants unified (（）→(), 、．→., ，→, ：→:, “”「」→", ‘’→', dashes→-),
// ASCII lower-cased. Two labels that differ only in such typography normalise equal.
std::u32string NormalizeLabel(std::string_view label);

// Levenshtein distance over code points, giving up (returning limit + 1) once the distance is
// known to exceed `limit`.
int EditDistance(std::u32string_view a, std::u32string_view b, int limit);

// Appends `text` to `out` with & < > " ' escaped for HTML text and attribute values.
void AppendHtmlEscaped(std::string& out, std::string_view text);
std::string HtmlEscaped(std::string_view text);

}  // namespace gongkai::text
