#include "web/template.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace gongkai::web {
namespace {

using nlohmann::json;

std::string Render(std::string_view text, const json& context) {
  TemplateSet set;
  EXPECT_TRUE(set.Add("t.html", text));
  Result<std::string> out = set.Render("t.html", context);
  EXPECT_TRUE(out) << out.error().message;
  return out ? *out : "";
}

TEST(TemplateTest, VariablesAreEscapedUnlessTripleBraced) {
  json context = {{"name", "<b>\"张\" & '李'</b>"}, {"n", 12}};
  EXPECT_EQ(Render("{{name}}", context), "&lt;b&gt;&quot;张&quot; &amp; &#39;李&#39;&lt;/b&gt;");
  EXPECT_EQ(Render("{{{name}}}|{{&name}}", context), "<b>\"张\" & '李'</b>|<b>\"张\" & '李'</b>");
  EXPECT_EQ(Render("共 {{n}} 件{{missing}}", context), "共 12 件");
}

TEST(TemplateTest, SectionsIterateArraysAndPushObjects) {
  json context = {{"items", {{{"t", "甲"}}, {{"t", "乙"}}}},
                  {"case", {{"id", 7}, {"org", {{"name", "工信局"}}}}},
                  {"title", "外层"}};
  EXPECT_EQ(Render("{{#items}}[{{t}}·{{title}}]{{/items}}", context), "[甲·外层][乙·外层]");
  EXPECT_EQ(Render("{{#case}}{{id}} {{org.name}}{{/case}}", context), "7 工信局");
  EXPECT_EQ(Render("{{case.org.name}}{{case.org.none}}{{title.x}}", context), "工信局");
  EXPECT_EQ(Render("{{#tags}}<{{.}}>{{/tags}}", json{{"tags", {"a", "b"}}}), "<a><b>");
  EXPECT_EQ(Render("{{tags.1}}{{tags.2}}{{tags.x}}", json{{"tags", {"a", "b"}}}), "b");
}

TEST(TemplateTest, FalsyValuesSkipSectionsAndOpenInvertedOnes) {
  for (const json& falsy :
       {json(nullptr), json(false), json(0), json(""), json::array(), json::object()}) {
    json context = {{"v", falsy}};
    EXPECT_EQ(Render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", context), "no") << falsy.dump();
  }
  EXPECT_EQ(Render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", json::object()), "no");
  EXPECT_EQ(Render("{{#v}}yes{{/v}}", json{{"v", 3}}), "yes");
}

TEST(TemplateTest, PartialsRenderInTheCurrentContext) {
  TemplateSet set;
  ASSERT_TRUE(set.Add("layout.html", "<main>{{>body.html}}</main>"));
  ASSERT_TRUE(set.Add("body.html", "{{#user}}{{name}}{{/user}}"));
  Result<std::string> out = set.Render("layout.html", json{{"user", {{"name", "王"}}}});
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "<main>王</main>");
  ASSERT_TRUE(set.Add("loop.html", "{{>loop.html}}"));
  Result<std::string> deep = set.Render("loop.html", json::object());
  ASSERT_FALSE(deep);
  EXPECT_NE(deep.error().message.find("嵌套过深"), std::string::npos);
  ASSERT_TRUE(set.Add("broken.html", "{{>nowhere.html}}"));
  EXPECT_EQ(set.Render("broken.html", json::object()).error().code, ErrorCode::kNotFound);
}

TEST(TemplateTest, ParseErrorsNameTheTemplateAndLine) {
  TemplateSet set;
  Result<void> unclosed = set.Add("a.html", "一\n二\n{{#items}}\n{{name}}");
  ASSERT_FALSE(unclosed);
  EXPECT_NE(unclosed.error().message.find("a.html:3"), std::string::npos)
      << unclosed.error().message;
  Result<void> mismatched = set.Add("b.html", "{{#a}}\n{{/b}}");
  ASSERT_FALSE(mismatched);
  EXPECT_NE(mismatched.error().message.find("b.html:2"), std::string::npos);
  EXPECT_FALSE(set.Add("c.html", "{{name"));
  EXPECT_FALSE(set.Add("d.html", "{{/x}}"));
  EXPECT_FALSE(set.Add("e.html", "{{na me}}"));
  EXPECT_FALSE(set.Has("a.html"));
  EXPECT_EQ(Render("{{! a comment }}ok", json::object()), "ok");
}

// Every shipped template parses, and every partial it names exists.
TEST(TemplateTest, ShippedTemplatesLoad) {
  Result<TemplateSet> set = TemplateSet::Load(std::string(GONGKAI_WEB_DIR) + "/templates");
  ASSERT_TRUE(set) << set.error().message;
  EXPECT_TRUE(set->Has("header.html"));
  EXPECT_TRUE(set->Has("footer.html"));
}

}  // namespace
}  // namespace gongkai::web
