// The batch audit over real files: order kept, bad files recorded, previous years paired
// (GK010–GK011), and the four outputs consistent with each other.
#include "report/audit.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "report/audit_output.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

using testing::DataPath;

TEST(AuditTest, ReadsEveryFileInOrderAndRecordsTheOnesItCannotRead) {
  std::vector<std::string> files = {
      DataPath("samples/2023_hongze_qu.txt"),     // GK004, GK006 errors
      DataPath("no-such-file.txt"),               // missing
      DataPath("fixtures/2024_huaian_shi.docx"),  // valid
      DataPath("json/malformed.json"),            // broken
      DataPath("samples/seed-2024-jiefang-gxj.txt"),
  };
  std::vector<std::size_t> progress;
  AuditOptions options;
  options.threads = 3;
  options.progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 5u);
    progress.push_back(done);
  };
  std::vector<AuditEntry> entries = AuditFiles(files, options);
  ASSERT_EQ(entries.size(), files.size());
  EXPECT_EQ(progress, (std::vector<std::size_t>{1, 2, 3, 4, 5}));
  for (std::size_t i = 0; i < files.size(); ++i) EXPECT_EQ(entries[i].file, files[i]);

  EXPECT_TRUE(entries[0].readable);
  EXPECT_FALSE(entries[0].valid);
  EXPECT_EQ(entries[0].error_codes, (std::vector<std::string>{"GK004", "GK006"}));
  EXPECT_EQ(entries[0].warning_codes, (std::vector<std::string>{"GK007"}));
  EXPECT_EQ(entries[0].agency, "洪泽区人民政府");
  EXPECT_EQ(entries[0].year, 2023);

  EXPECT_FALSE(entries[1].readable);
  EXPECT_NE(entries[1].reason.find("无法打开"), std::string::npos) << entries[1].reason;
  EXPECT_FALSE(entries[3].readable);
  EXPECT_NE(entries[3].reason.find("JSON"), std::string::npos) << entries[3].reason;

  EXPECT_TRUE(entries[2].valid);
  EXPECT_EQ(entries[2].kind, SourceKind::kDocx);
  EXPECT_EQ(entries[2].blank_cells, 0);
  EXPECT_TRUE(entries[4].previous_file.empty());
}

TEST(AuditTest, BlankCellsCountTheFormatsNullCells) {
  std::vector<AuditEntry> entries = AuditFiles({DataPath("samples/2023_shuyang_fgj.txt")});
  ASSERT_TRUE(entries[0].readable);
  // Five 法人或其他组织 columns of the 25 rows of table 三 are blank on the page.
  EXPECT_EQ(entries[0].blank_cells, 125);
}

TEST(AuditTest, PairsEachReportWithItsAgencysPreviousYear) {
  // The carried-forward file is the same agency's 2023 report with 5 applications carried
  // into 2024, which the 2024 report does not show (GK010).
  AuditOptions options;
  options.previous_files = {DataPath("rules/previous-2023-carried-forward.json"),
                            DataPath("samples/2023_hongze_qu.txt")};
  std::vector<AuditEntry> entries =
      AuditFiles({DataPath("samples/seed-2024-jiefang-gxj.txt")}, options);
  ASSERT_TRUE(entries[0].readable);
  EXPECT_EQ(entries[0].previous_file, DataPath("rules/previous-2023-carried-forward.json"));
  EXPECT_NE(std::find(entries[0].warning_codes.begin(), entries[0].warning_codes.end(), "GK010"),
            entries[0].warning_codes.end());
}

TEST(AuditOutputTest, DetailPagesHoldAHundredFilesEach) {
  EXPECT_EQ(AuditDetailPageCount(0), 0u);
  EXPECT_EQ(AuditDetailPageCount(100), 1u);
  EXPECT_EQ(AuditDetailPageCount(101), 2u);
  EXPECT_EQ(AuditDetailLink(0), "reports/1.html#r1");
  EXPECT_EQ(AuditDetailLink(100), "reports/2.html#r101");
  EXPECT_EQ(AuditDetailPageName(1), "reports/2.html");
}

TEST(AuditOutputTest, SummariesAgreeWithTheEntries) {
  std::vector<AuditEntry> entries =
      AuditFiles({DataPath("samples/2023_hongze_qu.txt"), DataPath("no-such-file.txt"),
                  DataPath("samples/seed-2024-jiefang-gxj.txt")});
  std::string csv = AuditCsv(entries);
  EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBF文件,机关,年度"));
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 4);
  EXPECT_NE(csv.find(",洪泽区人民政府,2023,2021,对齐文本,无效,GK004 GK006,GK007,"),
            std::string::npos);

  nlohmann::json json = nlohmann::json::parse(AuditJson(entries));
  EXPECT_EQ(json["totals"]["files"], 3);
  EXPECT_EQ(json["totals"]["valid"], 1);
  EXPECT_EQ(json["totals"]["invalid"], 1);
  EXPECT_EQ(json["totals"]["unreadable"], 1);
  EXPECT_EQ(json["totals"]["reports_by_rule"]["GK007"], 2);
  ASSERT_EQ(json["reports"].size(), 3u);
  EXPECT_EQ(json["reports"][0]["valid"], false);

  std::string index = AuditIndexHtml(entries);
  EXPECT_EQ(index.find("src=\"http"), std::string::npos);
  EXPECT_EQ(index.find("<link"), std::string::npos);
  EXPECT_NE(index.find("href=\"reports/1.html#r3\""), std::string::npos);
  EXPECT_NE(index.find("<svg"), std::string::npos);

  std::string detail = AuditDetailHtml(entries, 0);
  EXPECT_NE(detail.find("id=\"r1\""), std::string::npos);
  EXPECT_NE(detail.find("id=\"r3\""), std::string::npos);
  EXPECT_NE(detail.find("GK004"), std::string::npos);
  EXPECT_NE(detail.find("../index.html"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::report
