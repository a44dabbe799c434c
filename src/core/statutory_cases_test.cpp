// Runs the data-file cases of tests/data/deadlines and tests/data/fees (their README.md gives the
// format): the statutory clock and the 109号 tariffs, checkable by people who do not read C++.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "base/text.hpp"
#include "core/clock.hpp"
#include "core/fee.hpp"
#include "core/testing.hpp"

namespace gongkai::core {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> CaseFiles(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry :
       fs::directory_iterator(std::string(GONGKAI_TEST_DATA_DIR) + "/" + folder)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Date D(std::string_view text) {
  std::optional<Date> date = Date::Parse(text);
  EXPECT_TRUE(date.has_value()) << "bad date in case file: " << text;
  return date.value_or(Date());
}

std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> words;
  for (std::string_view word : text::Split(line, ' ')) {
    if (!word.empty()) words.emplace_back(word);
  }
  return words;
}

std::pair<std::string, std::string> KeyValue(const std::string& word) {
  std::size_t equals = word.find('=');
  if (equals == std::string::npos) return {word, ""};
  return {word.substr(0, equals), word.substr(equals + 1)};
}

// Expects `result` to fail with a message containing `needle`.
template <typename T>
void ExpectError(const Result<T>& result, const std::string& needle) {
  ASSERT_FALSE(result.has_value()) << "expected an error containing " << needle;
  EXPECT_NE(result.error().message.find(needle), std::string::npos) << result.error().message;
}

struct Runner {
  std::string folder;
  std::vector<CalendarLayer> layers;
  std::optional<WorkCalendar> calendar;
  ClockSettings settings;

  const WorkCalendar& Calendar() {
    if (!calendar) {
      Result<WorkCalendar> built = WorkCalendar::Build(layers);
      EXPECT_TRUE(built.has_value()) << built.error().message;
      calendar = *built;
    }
    return *calendar;
  }

  void Setting(const std::string& word) {
    auto [name, value] = KeyValue(word);
    if (name == "receipt_day") {
      settings.receipt_day =
          value == "counted" ? ReceiptDayRule::kCounted : ReceiptDayRule::kNotCounted;
    } else if (name == "consultation_pause_end") {
      settings.consultation_pause_end =
          value == "reply" ? ConsultationPauseEnd::kReply : ConsultationPauseEnd::kReplyOrWindowEnd;
    } else if (name == "fee_pauses") {
      settings.fee_notice_pauses_clock = value != "no";
    } else {
      ADD_FAILURE() << "unknown setting " << name;
    }
  }

  void CalendarCheck(const std::vector<std::string>& w) {
    const WorkCalendar& cal = Calendar();
    const std::string& op = w[0];
    auto equals = std::find(w.begin(), w.end(), "=");
    ASSERT_NE(equals, w.end());
    bool wants_error = equals + 1 != w.end() && equals[1] == "error";
    std::string expected = wants_error ? (equals + 2 != w.end() ? equals[2] : "") : equals[1];
    if (op == "add") {
      Result<Date> got = cal.AddWorkingDays(D(w[1]), std::stoi(w[2]));
      if (wants_error) return ExpectError(got, expected);
      ASSERT_TRUE(got.has_value()) << got.error().message;
      EXPECT_EQ(got->ToString(), expected);
    } else if (op == "between") {
      Result<int> got = cal.WorkingDaysBetween(D(w[1]), D(w[2]));
      if (wants_error) return ExpectError(got, expected);
      ASSERT_TRUE(got.has_value()) << got.error().message;
      EXPECT_EQ(*got, std::stoi(expected));
    } else if (op == "year") {
      Result<int> got = cal.WorkingDaysInYear(std::stoi(w[1]));
      if (wants_error) return ExpectError(got, expected);
      ASSERT_TRUE(got.has_value()) << got.error().message;
      EXPECT_EQ(*got, std::stoi(expected));
    } else if (op == "working") {
      Result<bool> got = cal.IsWorkingDay(D(w[1]));
      if (wants_error) return ExpectError(got, expected);
      ASSERT_TRUE(got.has_value()) << got.error().message;
      EXPECT_EQ(*got, expected == "yes");
    }
  }

  // Events from "key=value" words, in date order (stable for the same date).
  static std::vector<CaseEvent> Events(const std::vector<std::string>& words,
                                       std::optional<Date>& today) {
    std::vector<CaseEvent> events;
    auto add = [&](CaseEventKind kind, Date date) -> CaseEvent& {
      events.push_back(CaseEvent::At(kind, date));
      return events.back();
    };
    CaseEvent* last_extension = nullptr;
    CaseEvent* last_correction = nullptr;
    CaseEvent* last_delay = nullptr;
    for (const std::string& word : words) {
      auto [key, value] = KeyValue(word);
      if (key == "received") add(CaseEventKind::kReceived, D(value));
      if (key == "correction-requested") {
        last_correction = &add(CaseEventKind::kCorrectionRequested, D(value));
      }
      if (key == "correction-until" && last_correction) last_correction->until = D(value);
      if (key == "correction-received") add(CaseEventKind::kCorrectionReceived, D(value));
      if (key == "consultation") {
        std::size_t colon = value.find(':');
        add(CaseEventKind::kConsultationStarted, D(value.substr(0, colon)));
        if (colon + 1 < value.size())
          add(CaseEventKind::kConsultationEnded, D(value.substr(colon + 1)));
      }
      if (key == "extended") {
        last_extension = &add(CaseEventKind::kExtended, Date());
        last_extension->days = std::stoi(value);
      }
      if (key == "approved-by" && last_extension) last_extension->approver = value;
      if (key == "extended-on" && last_extension) last_extension->date = D(value);
      if (key == "fee-notice") add(CaseEventKind::kFeeNotified, D(value));
      if (key == "fee-paid") add(CaseEventKind::kFeePaid, D(value));
      if (key == "delayed-on") last_delay = &add(CaseEventKind::kDelayed, D(value));
      if (key == "delayed-to" && last_delay) last_delay->until = D(value);
      if (key == "delay-reason" && last_delay) last_delay->reason = value;
      if (key == "answered") add(CaseEventKind::kAnswered, D(value)).outcome = Outcome::kDisclosed;
      if (key == "withdrawn") add(CaseEventKind::kWithdrawn, D(value));
      if (key == "today") today = D(value);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const CaseEvent& a, const CaseEvent& b) { return a.date < b.date; });
    return events;
  }

  void CaseCheck(const std::vector<std::string>& w) {
    auto arrow = std::find(w.begin(), w.end(), "=>");
    ASSERT_NE(arrow, w.end()) << "a case line needs =>";
    std::optional<Date> today;
    std::vector<CaseEvent> events = Events({w.begin() + 1, arrow}, today);
    Result<ClockResult> result = ComputeClock(Calendar(), events, settings, today);
    std::map<std::string, std::string> expected;
    for (auto it = arrow + 1; it != w.end(); ++it) expected.insert(KeyValue(*it));
    if (expected.count("error")) return ExpectError(result, expected["error"]);
    ASSERT_TRUE(result.has_value()) << result.error().message;
    for (const auto& [key, value] : expected) {
      SCOPED_TRACE(key);
      if (key == "due") {
        EXPECT_EQ(result->due ? result->due->ToString() : "none", value);
      }
      if (key == "state") {
        EXPECT_EQ(ToString(result->state), value);
      }
      if (key == "working-days") {
        EXPECT_EQ(result->working_days, std::stoi(value));
      }
      if (key == "days-left") {
        EXPECT_EQ(result->working_days_left, std::stoi(value));
      }
      if (key == "overdue") {
        EXPECT_EQ(result->overdue, value == "yes");
      }
      if (key == "provisional") {
        EXPECT_EQ(result->provisional, value == "yes");
      }
      if (key == "payment-due") {
        EXPECT_EQ(result->payment_due->ToString(), value);
      }
      if (key == "correction-notice-due") {
        EXPECT_EQ(result->correction_notice_due->ToString(), value);
      }
    }
  }

  void FeeCheck(const std::vector<std::string>& w) {
    ASSERT_GE(w.size(), 4u);
    int count = std::stoi(w[1]);
    Result<Money> fee = w[0] == "pages"   ? PageFee(count)
                        : w[0] == "piece" ? PieceFee(count)
                                          : PiecesMonthTotal(count);
    if (w[3] == "error") return ExpectError(fee, "");
    ASSERT_TRUE(fee.has_value()) << fee.error().message;
    EXPECT_EQ(fee->YuanText(), w[3]);
  }

  void Line(std::string_view line) {
    std::vector<std::string> w = Words(line);
    if (w.empty() || w[0].starts_with("#")) return;
    const std::string& op = w[0];
    if (op == "calendar") {
      Result<CalendarLayer> national = testing::NationalLayer();
      ASSERT_TRUE(national.has_value()) << national.error().message;
      layers = {*national};
      calendar.reset();
    } else if (op == "overlay") {
      std::string path = folder + "/" + w[1];
      Result<CalendarLayer> layer = ParseCalendarCsv(testing::ReadFile(path), path);
      ASSERT_TRUE(layer.has_value()) << layer.error().message;
      layers.push_back(*layer);
      calendar.reset();
    } else if (op == "setting") {
      Setting(w[1]);
    } else if (op == "case") {
      CaseCheck(w);
    } else if (op == "pages" || op == "piece" || op == "month") {
      FeeCheck(w);
    } else {
      CalendarCheck(w);
    }
  }
};

class StatutoryCasesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(StatutoryCasesTest, EveryLineHolds) {
  const std::string& file = GetParam();
  Runner runner{fs::path(file).parent_path().string(), {}, std::nullopt, {}};
  int line_number = 0;
  int checks = 0;
  const std::string content = testing::ReadFile(file);
  for (std::string_view line : text::SplitLines(content)) {
    ++line_number;
    SCOPED_TRACE(file + ":" + std::to_string(line_number) + ": " + std::string(line));
    runner.Line(line);
    checks += !line.empty() && line[0] != '#' ? 1 : 0;
  }
  EXPECT_GT(checks, 0) << file << " holds no check";
}

std::vector<std::string> AllCaseFiles() {
  std::vector<std::string> files = CaseFiles("deadlines");
  std::vector<std::string> fees = CaseFiles("fees");
  files.insert(files.end(), fees.begin(), fees.end());
  return files;
}

INSTANTIATE_TEST_SUITE_P(DataFiles, StatutoryCasesTest, ::testing::ValuesIn(AllCaseFiles()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           std::string name = fs::path(param.param).stem().string();
                           std::replace_if(
                               name.begin(), name.end(),
                               [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
                               '_');
                           return name;
                         });

}  // namespace
}  // namespace gongkai::core
