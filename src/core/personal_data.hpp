// Masking of applicants' personal data (个人信息保护法 Arts. 6, 51: minimum necessary exposure).
// Lists and every non-handler view show masked values; logs, public endpoints and report exports
// never carry them at all.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::core {

// "110101199003071234" -> "110***********1234": the first 3 and last 4 characters of an
// identity document number of at least 10 characters; every character masked when shorter.
std::string MaskIdNumber(std::string_view id_number);
// "13812345678" -> "138****5678": the first 3 and last 4 of 11 or more characters; every digit but
// the last 2 masked when shorter. Non-digits (a 区号 hyphen) are kept in place.
std::string MaskPhone(std::string_view phone);
// The first 6 characters (province and city, usually) followed by "****"; "****" alone for an
// address of 6 characters or fewer.
std::string MaskAddress(std::string_view address);

}  // namespace gongkai::core
