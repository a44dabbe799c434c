#include "server/json_fields.hpp"

#include "base/text.hpp"

namespace gongkai::server {

Result<JsonFields> JsonFields::Of(const nlohmann::json& value, std::string path) {
  if (!value.is_object()) {
    return Error::InvalidArgument((path.empty() ? std::string("请求体") : path) +
                                  "：应为 JSON 对象");
  }
  return JsonFields(value, std::move(path));
}

const nlohmann::json* JsonFields::Find(const std::string& key) {
  known_.insert(key);
  auto found = object_->find(key);
  return found == object_->end() || found->is_null() ? nullptr : &*found;
}

Result<std::string> JsonFields::OptionalString(const std::string& key, std::size_t max_chars) {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) return std::string();
  if (!value->is_string()) return Error::InvalidArgument(PathOf(key) + "：应为字符串");
  std::string text = value->get<std::string>();
  if (!text::IsValidUtf8(text))
    return Error::InvalidArgument(PathOf(key) + "：不是有效的 UTF-8 文本");
  if (text::DecodeUtf8(text).size() > max_chars) {
    return Error::InvalidArgument(PathOf(key) + "：不能超过 " + std::to_string(max_chars) +
                                  " 个字");
  }
  return text;
}

Result<std::string> JsonFields::RequiredString(const std::string& key, std::size_t max_chars) {
  GONGKAI_ASSIGN_OR_RETURN(std::string text, OptionalString(key, max_chars));
  if (text::Trim(text).empty()) return Error::InvalidArgument(PathOf(key) + "：必填");
  return text;
}

Result<std::int64_t> JsonFields::RequiredInteger(const std::string& key) {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) return Error::InvalidArgument(PathOf(key) + "：必填");
  if (!value->is_number_integer()) return Error::InvalidArgument(PathOf(key) + "：应为整数");
  return value->get<std::int64_t>();
}

Result<JsonFields> JsonFields::RequiredObject(const std::string& key) {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) return Error::InvalidArgument(PathOf(key) + "：必填");
  return Of(*value, PathOf(key));
}

Result<void> JsonFields::NoOtherFields() const {
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    if (known_.count(it.key()) == 0)
      return Error::InvalidArgument(PathOf(it.key()) + "：未知的字段");
  }
  return {};
}

}  // namespace gongkai::server
