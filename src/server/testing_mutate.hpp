// Test helper for the request fuzz tests: 1–4 random edits of a text (deletions, insertions of
// JSON fragments, replaced bytes), from a seeded generator so that failures reproduce.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace gongkai::server::testing {

inline std::string Mutate(std::string text, std::mt19937& random) {
  static const std::vector<std::string> kInserts = {"{",
                                                    "}",
                                                    "[",
                                                    "]",
                                                    "\"",
                                                    ",",
                                                    ":",
                                                    "null",
                                                    "1e999",
                                                    "-1",
                                                    "0",
                                                    "\\u0000",
                                                    "\xff",
                                                    "true",
                                                    "\"org\"",
                                                    "{\"a\":",
                                                    "\"2024-02-30\"",
                                                    "\"\"",
                                                    "99999999999999999999"};
  int edits = std::uniform_int_distribution<int>(1, 4)(random);
  for (int i = 0; i < edits && !text.empty(); ++i) {
    std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random);
    switch (std::uniform_int_distribution<int>(0, 2)(random)) {
      case 0:
        text.erase(at, std::uniform_int_distribution<std::size_t>(1, 8)(random));
        break;
      case 1:
        text.insert(
            at,
            kInserts[std::uniform_int_distribution<std::size_t>(0, kInserts.size() - 1)(random)]);
        break;
      default:
        text[at] = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
        break;
    }
  }
  return text;
}

}  // namespace gongkai::server::testing
