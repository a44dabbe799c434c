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

Result<std::optional<std::int64_t>> JsonFields::OptionalInteger(const std::string& key) {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) return std::optional<std::int64_t>();
  if (!value->is_number_integer()) return Error::InvalidArgument(PathOf(key) + "：应为整数");
  return std::optional<std::int64_t>(value->get<std::int64_t>());
}

Result<bool> JsonFields::OptionalBool(const std::string& key, bool fallback) {
  const nlohmann::json* value = Find(key);
  if (value == nullptr) return fallback;
  if (!value->is_boolean()) return Error::InvalidArgument(PathOf(key) + "：应为 true 或 false");
  return value->get<bool>();
}

Result<std::optional<Date>> JsonFields::OptionalDate(const std::string& key) {
  GONGKAI_ASSIGN_OR_RETURN(std::string text, OptionalString(key, 10));
  if (text.empty()) return std::optional<Date>();
  std::optional<Date> date = Date::Parse(text);
  if (!date) {
    return Error::InvalidArgument(PathOf(key) + "：“" + text + "”不是有效日期（格式 2024-03-04）");
  }
  return date;
}

Result<Date> JsonFields::RequiredDate(const std::string& key) {
  GONGKAI_ASSIGN_OR_RETURN(std::optional<Date> date, OptionalDate(key));
  if (!date) return Error::InvalidArgument(PathOf(key) + "：必填");
  return *date;
}

Result<std::vector<const nlohmann::json*>> JsonFields::OptionalArray(const std::string& key,
                                                                     std::size_t max_items) {
  const nlohmann::json* value = Find(key);
  std::vector<const nlohmann::json*> items;
  if (value == nullptr) return items;
  if (!value->is_array()) return Error::InvalidArgument(PathOf(key) + "：应为数组");
  if (value->size() > max_items) {
    return Error::InvalidArgument(PathOf(key) + "：最多 " + std::to_string(max_items) + " 项");
  }
  for (const nlohmann::json& item : *value) items.push_back(&item);
  return items;
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
