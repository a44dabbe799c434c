#include "report/json.hpp"

#include <gtest/gtest.h>

#include "report/format.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

using nlohmann::json;
using testing::ReadDataFile;

// True when every key of `expected` is in `actual` with an equal value (recursively).
::testing::AssertionResult ContainsAll(const json& expected, const json& actual,
                                       const std::string& path = "$") {
  if (expected.is_object()) {
    if (!actual.is_object()) return ::testing::AssertionFailure() << path << " is not an object";
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (!actual.contains(it.key()))
        return ::testing::AssertionFailure() << path << "." << it.key() << " missing";
      auto nested = ContainsAll(it.value(), actual[it.key()], path + "." + it.key());
      if (!nested) return nested;
    }
    return ::testing::AssertionSuccess();
  }
  if (expected != actual) {
    return ::testing::AssertionFailure() << path << ": expected " << expected << ", got " << actual;
  }
  return ::testing::AssertionSuccess();
}

TEST(JsonTest, SeedParsesToTheExpectedJson) {
  Result<ReadReportResult> read = testing::LoadDataReport("seed-2024-jiefang-gxj.txt");
  ASSERT_TRUE(read.has_value()) << read.error().message;
  json expected = json::parse(ReadDataFile("seed-2024-jiefang-gxj.expected.json"));
  json actual = json::parse(ToJson(read->report));
  EXPECT_TRUE(ContainsAll(expected, actual));
}

TEST(JsonTest, RoundTripsEveryCell) {
  for (const char* file : {"seed-2024-jiefang-gxj.expected.json", "report-2019-format.json"}) {
    SCOPED_TRACE(file);
    Result<AnnualReport> report = FromJson(ReadDataFile(file));
    ASSERT_TRUE(report.has_value()) << report.error().message;
    std::string written = ToJson(*report);
    Result<AnnualReport> again = FromJson(written);
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_EQ(ToJson(*again), written);
    EXPECT_TRUE(ContainsAll(json::parse(ReadDataFile(file)), json::parse(written)));
  }
}

TEST(JsonTest, KeepsDecimalsExactly) {
  json input = json::parse(ReadDataFile("seed-2024-jiefang-gxj.expected.json"));
  input["proactive"]["fees"]["amount_10k_yuan"] = 24252.311082;
  Result<AnnualReport> report = FromJsonValue(input);
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(
      report->proactive.value(ProactiveRow::kFees, ProactiveColumn::kAmount10kYuan)->ToString(),
      "24252.311082");
  EXPECT_NE(ToJson(*report).find("24252.311082"), std::string::npos);
}

TEST(JsonTest, NullIsNotZero) {
  json input = json::parse(ReadDataFile("seed-2024-jiefang-gxj.expected.json"));
  input["applications"]["received"]["commercial_enterprise"] = nullptr;
  Result<AnnualReport> report = FromJsonValue(input);
  ASSERT_TRUE(report.has_value());
  EXPECT_FALSE(report->applications.value(AppRow::kReceived, AppColumn::kCommercialEnterprise));
  EXPECT_TRUE(
      json::parse(ToJson(*report))["applications"]["received"]["commercial_enterprise"].is_null());
}

TEST(JsonTest, RejectsBadInputNamingThePlace) {
  struct Case {
    const char* file;
    const char* place;
  };
  const Case kCases[] = {
      {"json/malformed.json", "JSON 第5行"},
      {"json/negative-count.json", "$.applications.received.natural_person"},
      {"json/unknown-key.json", "$.applications.received.natural_persons"},
      {"json/impossible-year.json", "$.year"},
      {"json/missing-appeals.json", "$.appeals"},
      {"json/string-count.json", "$.appeals.reconsideration.upheld"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.file);
    Result<AnnualReport> report = FromJson(ReadDataFile(c.file));
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(report.error().message.find(c.place), std::string::npos) << report.error().message;
  }
}

// Found by fuzz/read_json.cpp: nlohmann throws out_of_range for a number beyond a double.
TEST(JsonTest, RejectsNumbersBeyondRangeWithoutThrowing) {
  Result<AnnualReport> report = FromJson("{\"year\": 1E400}");
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(report.error().message.find("超出范围"), std::string::npos) << report.error().message;
}

TEST(JsonTest, RejectsWrongTypesAndFormats) {
  EXPECT_FALSE(FromJson("[]").has_value());
  EXPECT_FALSE(FromJson(R"({"format": "2020", "year": 2020, "agency": null})").has_value());
  Result<AnnualReport> no_agency = FromJson(R"({"format": "2021", "year": 2024})");
  ASSERT_FALSE(no_agency.has_value());
  EXPECT_NE(no_agency.error().message.find("$.agency"), std::string::npos);
}

TEST(JsonTest, Writes2019RowsFor2019Reports) {
  Result<AnnualReport> report = FromJson(ReadDataFile("report-2019-format.json"));
  ASSERT_TRUE(report.has_value()) << report.error().message;
  json written = json::parse(ToJson(*report));
  EXPECT_TRUE(written["applications"].contains("other_handling"));
  EXPECT_FALSE(written["applications"].contains("other_no_correction"));
  EXPECT_EQ(written["proactive"]["licensing"]["change"], -1);
  EXPECT_EQ(written["proactive"]["procurement"]["amount_unit"], "万元");
}

}  // namespace
}  // namespace gongkai::report
