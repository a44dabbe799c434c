// Stable wire names of enums: every enum that appears in JSON, the database or a URL has a
// ToString(E) giving its name and a list of all its values; EnumFromName inverts ToString.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace gongkai {

template <typename E, std::size_t N>
std::optional<E> EnumFromName(const std::array<E, N>& all_values, std::string_view name) {
  for (E value : all_values) {
    if (ToString(value) == name) return value;
  }
  return std::nullopt;
}

}  // namespace gongkai
