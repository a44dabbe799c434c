#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "report/format.hpp"
#include "report/json.hpp"

namespace gongkai::report {
namespace {

using nlohmann::json;

// Years a report can cover: the 条例 took effect in 2008 (国务院令第492号).
constexpr int kFirstReportYear = 2008;
constexpr int kLastReportYear = 2100;

std::string TypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "布尔值";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "数字 " + value.dump();
    case json::value_t::string:
      return "字符串";
    case json::value_t::array:
      return "数组";
    case json::value_t::object:
      return "对象";
    case json::value_t::binary:
    case json::value_t::discarded:
      return "无效值";
  }
  return "无效值";
}

Error SchemaError(const std::string& path, const std::string& what) {
  return Error::InvalidArgument(path + "：" + what);
}

// Reads the members of one JSON object, refusing keys it was not told about.
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {}

  // nullptr when absent.
  const json* Find(std::string_view key) {
    known_.insert(std::string(key));
    auto found = object_.find(std::string(key));
    return found == object_.end() ? nullptr : &*found;
  }
  std::string PathOf(std::string_view key) const { return path_ + "." + std::string(key); }

  // Fails naming the first member that no Find() asked for.
  Result<void> RejectUnknownKeys(bool allow_dollar_keys = false) const {
    for (auto it = object_.begin(); it != object_.end(); ++it) {
      if (known_.count(it.key()) != 0) continue;
      if (allow_dollar_keys && !it.key().empty() && it.key()[0] == '$') continue;
      std::string allowed;
      for (const std::string& key : known_) allowed += (allowed.empty() ? "" : ", ") + key;
      return SchemaError(PathOf(it.key()), "未知的键（此处允许：" + allowed + "）");
    }
    return {};
  }

 private:
  const json& object_;
  std::string path_;
  std::set<std::string> known_;
};

Result<const json*> RequireObject(const json* value, const std::string& path, bool required) {
  if (value == nullptr) {
    if (required) return SchemaError(path, "缺少必需的对象");
    return static_cast<const json*>(nullptr);
  }
  if (!value->is_object()) return SchemaError(path, "应为对象，实际为" + TypeName(*value));
  return value;
}

std::optional<Decimal> DecimalFromFloat(double number) {
  std::optional<Decimal> shortest = Decimal::Parse(json(number).dump());
  if (shortest) return shortest->Normalized();
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", number);
  std::optional<Decimal> fixed = Decimal::Parse(buffer);
  if (fixed) return fixed->Normalized();
  return std::nullopt;
}

Result<std::optional<Decimal>> ReadNumber(const json& value, const std::string& path,
                                          ValueKind kind) {
  if (value.is_null()) return std::optional<Decimal>();
  if (!value.is_number()) {
    return SchemaError(path, "应为数字或 null，实际为" + TypeName(value));
  }
  std::optional<Decimal> number;
  if (value.is_number_float()) {
    double as_double = value.get<double>();
    if (std::isfinite(as_double)) number = DecimalFromFloat(as_double);
  } else {
    number = Decimal::Parse(value.dump());
  }
  if (!number) return SchemaError(path, "数值超出范围：" + value.dump());
  bool whole = number->IsInteger();
  switch (kind) {
    case ValueKind::kCount:
      if (!whole || number->IsNegative()) {
        return SchemaError(path, "应为不小于 0 的整数或 null，实际为 " + value.dump());
      }
      return std::optional<Decimal>(Decimal::FromInteger(number->IntegerValue()));
    case ValueKind::kSignedCount:
      if (!whole) return SchemaError(path, "应为整数或 null，实际为 " + value.dump());
      return std::optional<Decimal>(Decimal::FromInteger(number->IntegerValue()));
    case ValueKind::kAmount:
      if (number->IsNegative()) {
        return SchemaError(path, "应为不小于 0 的数字或 null，实际为 " + value.dump());
      }
      return number;
  }
  return number;
}

Result<std::optional<std::string>> ReadOptionalString(const json* value, const std::string& path) {
  if (value == nullptr || value->is_null()) return std::optional<std::string>();
  if (!value->is_string()) return SchemaError(path, "应为字符串或 null，实际为" + TypeName(*value));
  return std::optional<std::string>(value->get<std::string>());
}

Result<void> ReadProactive(const json& object, const std::string& path, AnnualReport& report) {
  ObjectReader rows(object, path);
  for (const ProactiveTableSpec& table : SpecFor(report.format).proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      Result<const json*> cells = RequireObject(rows.Find(row.key), rows.PathOf(row.key), false);
      if (!cells) return cells.error();
      if (*cells == nullptr) continue;
      ObjectReader columns(**cells, rows.PathOf(row.key));
      for (const ProactiveColumnSpec& column : table.columns) {
        const json* value = columns.Find(column.key);
        if (value == nullptr) continue;
        Result<std::optional<Decimal>> number =
            ReadNumber(*value, columns.PathOf(column.key), column.kind);
        if (!number) return number.error();
        report.proactive.set(row.row, column.column, *number);
      }
      if (row.row == ProactiveRow::kProcurement) {
        Result<std::optional<std::string>> unit =
            ReadOptionalString(columns.Find("amount_unit"), columns.PathOf("amount_unit"));
        if (!unit) return unit.error();
        report.procurement_amount_unit = *unit;
      }
      if (Result<void> unknown = columns.RejectUnknownKeys(); !unknown) return unknown;
    }
  }
  return rows.RejectUnknownKeys();
}

// Reads an object whose members are all required counts, e.g. a row of table 三.
template <typename Column, std::size_t kCount, typename Store>
Result<void> ReadCountRow(const json& object, const std::string& path,
                          const std::array<Column, kCount>& columns, Store store) {
  ObjectReader reader(object, path);
  for (Column column : columns) {
    const json* value = reader.Find(Key(column));
    if (value == nullptr) return SchemaError(reader.PathOf(Key(column)), "缺少必需的键");
    Result<std::optional<Decimal>> number =
        ReadNumber(*value, reader.PathOf(Key(column)), ValueKind::kCount);
    if (!number) return number.error();
    store(column, *number);
  }
  return reader.RejectUnknownKeys();
}

Result<void> ReadApplications(const json& object, const std::string& path, AnnualReport& report) {
  ObjectReader rows(object, path);
  for (AppRow row : kAllAppRows) {
    Result<const json*> cells = RequireObject(rows.Find(Key(row)), rows.PathOf(Key(row)), false);
    if (!cells) return cells.error();
    if (*cells == nullptr) continue;
    Result<void> read = ReadCountRow(**cells, rows.PathOf(Key(row)), kAllAppColumns,
                                     [&](AppColumn column, std::optional<Decimal> v) {
                                       report.applications.set(row, column, v);
                                     });
    if (!read) return read;
  }
  return rows.RejectUnknownKeys();
}

Result<void> ReadAppeals(const json& object, const std::string& path, AnnualReport& report) {
  ObjectReader groups(object, path);
  for (AppealGroup group : kAllAppealGroups) {
    Result<const json*> cells =
        RequireObject(groups.Find(Key(group)), groups.PathOf(Key(group)), false);
    if (!cells) return cells.error();
    if (*cells == nullptr) continue;
    Result<void> read = ReadCountRow(**cells, groups.PathOf(Key(group)), kAllAppealColumns,
                                     [&](AppealColumn column, std::optional<Decimal> v) {
                                       report.appeals.set(group, column, v);
                                     });
    if (!read) return read;
  }
  return groups.RejectUnknownKeys();
}

Result<void> ReadSections(const json& object, const std::string& path, AnnualReport& report) {
  ObjectReader reader(object, path);
  Sections sections;
  for (auto [key, target] :
       {std::pair{"overview", &sections.overview}, std::pair{"problems", &sections.problems},
        std::pair{"other", &sections.other}}) {
    Result<std::optional<std::string>> value =
        ReadOptionalString(reader.Find(key), reader.PathOf(key));
    if (!value) return value.error();
    *target = *value;
  }
  report.sections = std::move(sections);
  return reader.RejectUnknownKeys();
}

Result<void> ReadHeader(ObjectReader& top, AnnualReport& report) {
  const json* format = top.Find("format");
  if (format == nullptr) return SchemaError("$.format", "缺少必需的键（\"2021\" 或 \"2019\"）");
  std::optional<Format> parsed_format =
      format->is_string() ? FormatFromString(format->get<std::string>()) : std::nullopt;
  if (!parsed_format) {
    return SchemaError("$.format", "应为 \"2021\" 或 \"2019\"，实际为 " + format->dump());
  }
  report.format = *parsed_format;

  const json* year = top.Find("year");
  if (year == nullptr) return SchemaError("$.year", "缺少必需的键（年份或 null）");
  if (!year->is_null()) {
    if (!year->is_number_integer()) {
      return SchemaError("$.year", "应为整数年份或 null，实际为" + TypeName(*year));
    }
    std::int64_t value = year->get<std::int64_t>();
    if (value < kFirstReportYear || value > kLastReportYear) {
      return SchemaError("$.year", "年份 " + std::to_string(value) + " 不可能（应在 " +
                                       std::to_string(kFirstReportYear) + "–" +
                                       std::to_string(kLastReportYear) + " 之间）");
    }
    report.year = static_cast<int>(value);
  }
  const json* agency = top.Find("agency");
  if (agency == nullptr) return SchemaError("$.agency", "缺少必需的键（机关名称或 null）");
  Result<std::optional<std::string>> agency_text = ReadOptionalString(agency, "$.agency");
  if (!agency_text) return agency_text.error();
  report.agency = *agency_text;
  Result<std::optional<std::string>> title = ReadOptionalString(top.Find("title"), "$.title");
  if (!title) return title.error();
  report.title = *title;
  return {};
}

std::string LineColumnOf(std::string_view text, std::size_t byte_offset) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return "JSON 第" + std::to_string(line) + "行第" + std::to_string(column) + "列";
}

}  // namespace

Result<AnnualReport> FromJsonValue(const json& value) {
  if (!value.is_object()) return SchemaError("$", "应为一个报告对象，实际为" + TypeName(value));
  AnnualReport report;
  ObjectReader top(value, "$");
  if (Result<void> header = ReadHeader(top, report); !header) return header.error();
  if (const json* sections = top.Find("sections"); sections != nullptr) {
    Result<const json*> object = RequireObject(sections, "$.sections", true);
    if (!object) return object.error();
    if (Result<void> read = ReadSections(**object, "$.sections", report); !read)
      return read.error();
  }
  struct TablePart {
    const char* key;
    Result<void> (*read)(const json&, const std::string&, AnnualReport&);
  };
  for (const TablePart& part :
       {TablePart{"proactive", ReadProactive}, TablePart{"applications", ReadApplications},
        TablePart{"appeals", ReadAppeals}}) {
    std::string path = std::string("$.") + part.key;
    Result<const json*> object = RequireObject(top.Find(part.key), path, true);
    if (!object) return object.error();
    if (Result<void> read = part.read(**object, path, report); !read) return read.error();
  }
  if (Result<void> unknown = top.RejectUnknownKeys(true); !unknown) return unknown.error();
  return report;
}

Result<AnnualReport> FromJson(std::string_view text) {
  json value;
  try {
    value = json::parse(text);
  } catch (const json::parse_error& error) {
    std::string what = error.what();
    // nlohmann's message is "[json.exception.parse_error.101] parse error at line …: detail".
    std::size_t detail = what.rfind(": ");
    return Error::InvalidArgument(
        LineColumnOf(text, error.byte > 0 ? error.byte - 1 : 0) + "：JSON 语法错误（" +
        (detail == std::string::npos ? what : what.substr(detail + 2)) + "）");
  } catch (const json::exception& error) {
    // A number beyond the range of a double, e.g. 1E400 (found by fuzz/read_json.cpp).
    std::string what = error.what();
    std::size_t detail = what.find("] ");
    return Error::InvalidArgument("JSON 中的数值超出范围（" +
                                  (detail == std::string::npos ? what : what.substr(detail + 2)) +
                                  "）");
  }
  return FromJsonValue(value);
}

}  // namespace gongkai::report
