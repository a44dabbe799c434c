#include "report/html_text.hpp"

#include <gtest/gtest.h>

#include "report/read.hpp"
#include "report/render.hpp"
#include "report/testing.hpp"

namespace gongkai::report {
namespace {

TEST(HtmlTextTest, RecognisesHtmlByContent) {
  EXPECT_TRUE(LooksLikeHtml("  <!DOCTYPE html><html></html>"));
  EXPECT_TRUE(LooksLikeHtml("<html lang=\"zh\">"));
  EXPECT_TRUE(LooksLikeHtml("标题\n<table><tr><td>1</td></tr></table>"));
  EXPECT_FALSE(LooksLikeHtml("一、总体情况\n本年新收\t1\t0"));
  EXPECT_FALSE(LooksLikeHtml("a < b and c > d"));
}

TEST(HtmlTextTest, RowsBecomeTabSeparatedLinesAndBlocksLines) {
  LayoutText layout = HtmlToLayout(
      "<html><head><title>某局 2024 年报告</title><style>td{color:red}</style>"
      "<script>var x = '<td>9</td>';</script></head><body>\n"
      "<div>一、总体情况</div><p>第一段&nbsp;文字&amp;符号</p>\n"
      "<table>\n<tr><td rowspan=\"2\">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>\n"
      "<tr><td>2.其他</td><td>3</td>\n"  // unclosed row
      "<tr><td></td><td></td></tr>\n"    // an empty row is dropped
      "</table><!-- <p>注释</p> --><p>末尾</p></body></html>");
  EXPECT_EQ(layout.text,
            "某局 2024 年报告\n一、总体情况\n第一段 文字&符号\n（三）不予公开\t1.属于国家秘密\t0\n"
            "2.其他\t3\n末尾\n");
  ASSERT_EQ(layout.source_line.size(), 6u);
  EXPECT_EQ(layout.source_line[1], 2);
  EXPECT_EQ(layout.source_line[3], 4);  // the first row's HTML line
  EXPECT_EQ(layout.source_line[4], 5);
}

// Word spreads one label over many inline tags; a paragraph inside a cell stays in the cell.
TEST(HtmlTextTest, InlineTagsDoNotSplitText) {
  LayoutText layout = HtmlToLayout(
      "<table><tr><td><p><span>一、本年新收</span><span lang=EN-US><o:p></o:p></span>"
      "<font>政府信息公开申请数量</font></p></td><td><p>2</p><p></p></td></tr></table>");
  EXPECT_EQ(layout.text, "一、本年新收政府信息公开申请数量\t2\n");
}

TEST(HtmlTextTest, EntitiesAndStrayMarkup) {
  LayoutText layout =
      HtmlToLayout("<p>&ldquo;三安全一稳定&rdquo; &#20844;&#x5F00; &bogus; a &lt; b < c</p><p>x<");
  EXPECT_EQ(layout.text, "“三安全一稳定” 公开 &bogus; a < b < c\nx<\n");
}

// A report rendered as HTML by Gongkai reads back to the same tables.
TEST(HtmlTextTest, OwnHtmlRoundTrips) {
  for (const char* file : {"seed-2024-jiefang-gxj.txt", "report-2019-format.json"}) {
    SCOPED_TRACE(file);
    Result<ReadReportResult> original = testing::LoadDataReport(file);
    ASSERT_TRUE(original.has_value());
    Result<ReadReportResult> again = ReadReport(RenderHtml(original->report));
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_EQ(again->kind, SourceKind::kHtml);
    EXPECT_EQ(RenderText(again->report), RenderText(original->report));
  }
}

TEST(HtmlTextTest, APageWithoutAReportIsUnreadableNotACrash) {
  Result<ReadReportResult> read =
      ReadReport("<!doctype html><html><body><nav>首页</nav><p>欢迎</p></body></html>");
  ASSERT_FALSE(read.has_value());
  EXPECT_EQ(read.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace gongkai::report
