#include "report/label_match.hpp"

#include "base/text.hpp"

namespace gongkai::report {
namespace {

bool IsChineseNumeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}
bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Longest allowed edit distance for a fuzzy match against an official label of `length` code
// points: one edit per three characters, so two-character labels (规章) must match exactly.
int FuzzyLimit(std::size_t length) { return static_cast<int>(length / 3); }

// A printed label that is the official one cut short ("（二）部分公开" for the full row label)
// still names it when enough of it is there.
constexpr std::size_t kMinPrefixLength = 4;

bool IsPrefix(std::u32string_view prefix, std::u32string_view of) {
  return prefix.size() >= kMinPrefixLength && prefix.size() < of.size() &&
         of.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::u32string_view StripOrdinal(std::u32string_view label) {
  std::size_t pos = 0;
  if (!label.empty() && label[0] == U'(') {
    std::size_t close = label.find(U')');
    if (close != std::u32string_view::npos && close > 1 && close <= 4) {
      bool ordinal = true;
      for (std::size_t i = 1; i < close; ++i) {
        ordinal = ordinal && (IsChineseNumeral(label[i]) || IsAsciiDigit(label[i]));
      }
      if (ordinal) pos = close + 1;
    }
  } else {
    std::size_t i = 0;
    while (i < label.size() && i < 3 && (IsChineseNumeral(label[i]) || IsAsciiDigit(label[i]))) {
      ++i;
    }
    if (i > 0 && i < label.size() && label[i] == U'.') pos = i + 1;
  }
  return label.substr(pos);
}

LabelMatcher::LabelMatcher(const std::vector<std::string_view>& official_labels) {
  candidates_.reserve(official_labels.size());
  for (std::string_view label : official_labels) {
    std::u32string full = text::NormalizeLabel(label);
    std::u32string core(StripOrdinal(full));
    candidates_.push_back({std::move(full), std::move(core)});
  }
}

std::optional<LabelMatch> LabelMatcher::Match(std::string_view printed) const {
  return MatchNormalized(text::NormalizeLabel(printed));
}

std::optional<LabelMatch> LabelMatcher::MatchWording(std::u32string_view full,
                                                     bool& ambiguous) const {
  ambiguous = false;
  if (full.empty()) return std::nullopt;
  std::u32string_view core = StripOrdinal(full);
  bool has_ordinal = core.size() != full.size();
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    if (candidates_[i].full == full) return LabelMatch{i, true};
  }
  // The same words without an ordinal are the official label; with a different ordinal, a
  // deviation.
  std::optional<LabelMatch> by_core;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    if (!core.empty() && candidates_[i].core == core) {
      if (by_core) {  // ambiguous, e.g. "其他" among several groups
        ambiguous = true;
        return std::nullopt;
      }
      by_core = LabelMatch{i, !has_ordinal};
    }
  }
  return by_core;
}

std::optional<LabelMatch> LabelMatcher::MatchExactly(std::u32string_view normalized) const {
  bool ambiguous = false;
  std::optional<LabelMatch> match = MatchWording(normalized, ambiguous);
  return match && match->exact ? match : std::nullopt;
}

std::optional<LabelMatch> LabelMatcher::MatchNormalized(std::u32string_view full) const {
  bool ambiguous = false;
  if (std::optional<LabelMatch> worded = MatchWording(full, ambiguous); worded || ambiguous) {
    return worded;
  }
  if (full.empty()) return std::nullopt;
  std::u32string_view core = StripOrdinal(full);

  int best_distance = -1;
  std::size_t best_index = 0;
  bool tie = false;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const Candidate& candidate = candidates_[i];
    int limit = FuzzyLimit(candidate.core.size());
    int distance = text::EditDistance(core, candidate.core, limit);
    if (IsPrefix(core, candidate.core)) distance = std::min(distance, limit);
    if (distance > limit) continue;
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best_index = i;
      tie = false;
    } else if (distance == best_distance) {
      tie = true;
    }
  }
  if (best_distance < 0 || tie) return std::nullopt;
  return LabelMatch{best_index, false};
}

}  // namespace gongkai::report
