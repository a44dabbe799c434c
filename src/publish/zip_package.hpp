// An OOXML package (DOCX) as bytes: a zip of named parts, deflated, in the given order, every
// entry stamped with the same fixed time so that the same parts give the same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace gongkai::publish {

struct PackagePart {
  std::string name;  // "word/document.xml"
  std::string bytes;
};

// kInternal when libzip fails (out of memory); never for well-formed input.
Result<std::string> ZipPackage(const std::vector<PackagePart>& parts);

}  // namespace gongkai::publish
