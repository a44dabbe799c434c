// How an application ends: the outcome rows of the annual report's table 三 (2021 format,
// 国办公开办函〔2021〕30号), each with a stable English name (the row key of
// spec/report.schema.json) and the 条例 article it rests on.
//
// One closed application has exactly one outcome; 部分公开 counts only as 部分公开 (the format's
// note on row （二）, rule GK012). The 2019 format merges the three kOther* outcomes into one row
// （六）其他处理.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace gongkai::core {

enum class Outcome {
  kDisclosed,                          // （一）予以公开
  kPartiallyDisclosed,                 // （二）部分公开
  kWithheldStateSecret,                // （三）1
  kWithheldProhibitedByLaw,            // （三）2
  kWithheldSecurityStability,          // （三）3
  kWithheldThirdPartyRights,           // （三）4
  kWithheldInternalAffairs,            // （三）5
  kWithheldProcessInformation,         // （三）6
  kWithheldEnforcementCaseFiles,       // （三）7
  kWithheldAdministrativeQuery,        // （三）8
  kUnavailableNotHeld,                 // （四）1
  kUnavailableNeedsCreation,           // （四）2
  kUnavailableUnclearAfterCorrection,  // （四）3
  kNotProcessedPetition,               // （五）1
  kNotProcessedDuplicate,              // （五）2
  kNotProcessedPublication,            // （五）3
  kNotProcessedExcessive,              // （五）4
  kNotProcessedConfirmation,           // （五）5
  kOtherNoCorrection,                  // （六）1
  kOtherFeeUnpaid,                     // （六）2
  kOtherOther,                         // （六）3
};

inline constexpr std::array kAllOutcomes = {
    Outcome::kDisclosed,
    Outcome::kPartiallyDisclosed,
    Outcome::kWithheldStateSecret,
    Outcome::kWithheldProhibitedByLaw,
    Outcome::kWithheldSecurityStability,
    Outcome::kWithheldThirdPartyRights,
    Outcome::kWithheldInternalAffairs,
    Outcome::kWithheldProcessInformation,
    Outcome::kWithheldEnforcementCaseFiles,
    Outcome::kWithheldAdministrativeQuery,
    Outcome::kUnavailableNotHeld,
    Outcome::kUnavailableNeedsCreation,
    Outcome::kUnavailableUnclearAfterCorrection,
    Outcome::kNotProcessedPetition,
    Outcome::kNotProcessedDuplicate,
    Outcome::kNotProcessedPublication,
    Outcome::kNotProcessedExcessive,
    Outcome::kNotProcessedConfirmation,
    Outcome::kOtherNoCorrection,
    Outcome::kOtherFeeUnpaid,
    Outcome::kOtherOther,
};
static_assert(kAllOutcomes.size() == static_cast<std::size_t>(Outcome::kOtherOther) + 1);

// The outcome groups of table 三 （一）–（六）.
enum class OutcomeGroup {
  kDisclosed,           // （一）予以公开
  kPartiallyDisclosed,  // （二）部分公开
  kWithheld,            // （三）不予公开
  kUnavailable,         // （四）无法提供
  kNotProcessed,        // （五）不予处理
  kOther,               // （六）其他处理
};

std::string_view ToString(Outcome outcome);  // the row key, e.g. "withheld_state_secret"
std::optional<Outcome> OutcomeFromString(std::string_view name);
OutcomeGroup GroupOf(Outcome outcome);
// The table 三 wording, prefixed by its group for rows of a group:
// "不予公开：属于国家秘密"; groups alone: "不予公开".
std::string_view ChineseLabel(Outcome outcome);
std::string_view ChineseLabel(OutcomeGroup group);
inline constexpr std::array kAllOutcomeGroups = {
    OutcomeGroup::kDisclosed,   OutcomeGroup::kPartiallyDisclosed, OutcomeGroup::kWithheld,
    OutcomeGroup::kUnavailable, OutcomeGroup::kNotProcessed,       OutcomeGroup::kOther};

// The legal basis an answer letter cites, e.g. "条例第十四条" (law-and-format.md §3.9; a
// derived mapping, not an official table).
std::string_view LegalBasis(Outcome outcome);

}  // namespace gongkai::core
