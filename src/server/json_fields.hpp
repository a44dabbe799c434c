// Strict decoding of JSON request bodies: every field named by its path in errors
// ("applicant.name：…"), unknown fields refused, lengths bounded.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

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
  Result<JsonFields> RequiredObject(const std::string& key);
  // Fails naming the first field that no accessor asked for.
  Result<void> NoOtherFields() const;

 private:
  JsonFields(const nlohmann::json& object, std::string path)
      : object_(&object), path_(std::move(path)) {}
  std::string PathOf(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
  }
  const nlohmann::json* Find(const std::string& key);

  const nlohmann::json* object_;
  std::string path_;
  std::set<std::string> known_;
};

}  // namespace gongkai::server
