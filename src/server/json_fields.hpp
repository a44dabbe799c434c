// Strict decoding of JSON request bodies: every field named by its path in errors
// ("applicant.name：…"), unknown fields refused, lengths bounded.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/result.hpp"

namespace gongkai::server {

class JsonFields {
 public:
  // Fails unless `value` is an object.
  static Result<JsonFields> Of(const nlohmann::json& value, std::string path);

  // A string of at most `max_chars` characters; kInvalidArgument naming the field otherwise.
  Result<std::string> RequiredString(const std::string& key, std::size_t max_chars);
  Result<std::string> OptionalString(const std::string& key, std::size_t max_chars);
  Result<std::int64_t> RequiredInteger(const std::string& key);
  Result<std::optional<std::int64_t>> OptionalInteger(const std::string& key);
  Result<bool> OptionalBool(const std::string& key, bool fallback);
  // An ISO date "2024-03-04" that exists in the calendar.
  Result<Date> RequiredDate(const std::string& key);
  Result<std::optional<Date>> OptionalDate(const std::string& key);
  // A string naming one of `all` (by ToString); the message lists the choices.
  template <typename E, std::size_t N>
  Result<E> RequiredEnum(const std::string& key, const std::array<E, N>& all);
  Result<JsonFields> RequiredObject(const std::string& key);
  // The elements of an array (each element's path is "key[i]"); absent = empty.
  Result<std::vector<const nlohmann::json*>> OptionalArray(const std::string& key,
                                                           std::size_t max_items);
  std::string PathOf(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
  }
  // Fails naming the first field that no accessor asked for.
  Result<void> NoOtherFields() const;

 private:
  JsonFields(const nlohmann::json& object, std::string path)
      : object_(&object), path_(std::move(path)) {}
  const nlohmann::json* Find(const std::string& key);

  const nlohmann::json* object_;
  std::string path_;
  std::set<std::string> known_;
};

template <typename E, std::size_t N>
Result<E> JsonFields::RequiredEnum(const std::string& key, const std::array<E, N>& all) {
  GONGKAI_ASSIGN_OR_RETURN(std::string name, RequiredString(key, 64));
  std::string choices;
  for (E value : all) {
    if (ToString(value) == name) return value;
    choices += (choices.empty() ? "" : "、") + std::string(ToString(value));
  }
  return Error::InvalidArgument(PathOf(key) + "：未知的取值“" + name + "”（可选：" + choices +
                                "）");
}

}  // namespace gongkai::server
