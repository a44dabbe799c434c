#include "core/personal_data.hpp"

#include "base/text.hpp"

namespace gongkai::core {

std::string MaskIdNumber(std::string_view id_number) {
  std::u32string chars = text::DecodeUtf8(id_number);
  if (chars.empty()) return "";
  std::size_t keep_front = chars.size() >= 10 ? 3 : 0;
  std::size_t keep_back = chars.size() >= 10 ? 4 : 0;
  for (std::size_t i = keep_front; i + keep_back < chars.size(); ++i) chars[i] = U'*';
  return text::EncodeUtf8(chars);
}

std::string MaskPhone(std::string_view phone) {
  std::u32string chars = text::DecodeUtf8(phone);
  std::size_t digits = 0;
  for (char32_t c : chars) digits += (c >= U'0' && c <= U'9') ? 1 : 0;
  std::size_t keep_front = digits >= 11 ? 3 : 0;
  std::size_t keep_back = digits >= 11 ? 4 : 2;
  std::size_t seen = 0;
  for (char32_t& c : chars) {
    if (c < U'0' || c > U'9') continue;
    bool front = seen < keep_front;
    bool back = seen + keep_back >= digits;
    if (!front && !back) c = U'*';
    ++seen;
  }
  return text::EncodeUtf8(chars);
}

std::string MaskAddress(std::string_view address) {
  std::u32string chars = text::DecodeUtf8(address);
  if (chars.empty()) return "";
  if (chars.size() <= 6) return "****";
  return text::EncodeUtf8(chars.substr(0, 6)) + "****";
}

}  // namespace gongkai::core
