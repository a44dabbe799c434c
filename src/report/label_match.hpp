// Matching printed labels against the official wording (rule GK007). Labels are compared in
// normalised form (base/text.hpp NormalizeLabel), with and without their ordinal ("（一）",
// "1.", "一、"); a label that matches only approximately (a typo, a dropped or extra word) is a
// fuzzy match, which the reader keeps and reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::report {

struct LabelMatch {
  std::size_t index = 0;  // into the candidate list
  bool exact = false;     // false: matched only approximately, a GK007 deviation
};

// Immutable after construction; safe to share between threads.
class LabelMatcher {
 public:
  explicit LabelMatcher(const std::vector<std::string_view>& official_labels);

  // The candidate that `printed` names, or nullopt when none does or two fit equally well.
  std::optional<LabelMatch> Match(std::string_view printed) const;
  // The same, for a label already normalised with text::NormalizeLabel.
  std::optional<LabelMatch> MatchNormalized(std::u32string_view normalized) const;
  // Only an exact match (no edit distance computed): cheap enough to try many candidates.
  std::optional<LabelMatch> MatchExactly(std::u32string_view normalized) const;

 private:
  // The official wording, with or without its ordinal; `ambiguous` when two labels share it.
  std::optional<LabelMatch> MatchWording(std::u32string_view full, bool& ambiguous) const;
  struct Candidate {
    std::u32string full;  // normalised
    std::u32string core;  // normalised, ordinal removed
  };
  std::vector<Candidate> candidates_;
};

// The normalised label without a leading ordinal: "(一)", "一.", "1.", "(1)". A view into
// `normalized`.
std::u32string_view StripOrdinal(std::u32string_view normalized);

}  // namespace gongkai::report
