#include "base/json_writer.hpp"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(JsonWriter, NestedStructuresWithCommas) {
  JsonWriter out;
  out.BeginObject()
      .Key("id")
      .Int(17)
      .Key("tags")
      .BeginArray()
      .String("a")
      .Null()
      .Bool(true)
      .BeginObject()
      .EndObject()
      .EndArray()
      .Key("empty")
      .BeginArray()
      .EndArray()
      .Key("raw")
      .Raw("{\"x\":1}")
      .EndObject();
  EXPECT_EQ(std::move(out).Take(),
            R"({"id":17,"tags":["a",null,true,{}],"empty":[],"raw":{"x":1}})");
}

TEST(JsonWriter, EscapesStrings) {
  JsonWriter out;
  out.String("引号\"反斜杠\\换行\n\x01");
  EXPECT_EQ(std::move(out).Take(), "\"引号\\\"反斜杠\\\\换行\\n\\u0001\"");
}

TEST(JsonWriter, NegativeAndLargeIntegers) {
  JsonWriter out;
  out.BeginArray().Int(-5).Int(INT64_MAX).EndArray();
  EXPECT_EQ(std::move(out).Take(), "[-5,9223372036854775807]");
}

}  // namespace
}  // namespace gongkai
