// A streaming JSON writer for hot responses: appends to one string, no tree, no per-key
// allocation. The caller keeps the structure balanced; keys and values are written in call order.
//
//   JsonWriter out;
//   out.BeginObject().Key("id").Int(17).Key("due").String("2024-10-30").EndObject();
//   std::string body = std::move(out).Take();
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

class JsonWriter {
 public:
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);
  // Text must be UTF-8; quotes, backslashes and control characters are escaped.
  JsonWriter& String(std::string_view text);
  JsonWriter& Int(std::int64_t value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // A value already serialised as JSON (e.g. from nlohmann::json::dump()).
  JsonWriter& Raw(std::string_view json);
  template <typename T>
  JsonWriter& OptionalString(const std::optional<T>& text) {
    return text ? String(*text) : Null();
  }

  std::string Take() && { return std::move(out_); }

 private:
  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);
  void Separate();  // the comma before a value or key, when one is due

  std::string out_;
  std::vector<bool> has_items_;  // per open container: an item was written
  bool after_key_ = false;
};

}  // namespace gongkai
