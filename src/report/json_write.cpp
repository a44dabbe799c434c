#include <nlohmann/json.hpp>

#include "report/format.hpp"
#include "report/json.hpp"

namespace gongkai::report {
namespace {

using nlohmann::ordered_json;

ordered_json ValueJson(const std::optional<Decimal>& value) {
  if (!value) return nullptr;
  if (value->scale() == 0) return value->IntegerValue();
  return value->ToDouble();
}

template <typename T>
ordered_json OptionalJson(const std::optional<T>& value) {
  if (!value) return nullptr;
  return *value;
}

ordered_json ProactiveJson(const AnnualReport& report) {
  ordered_json out = ordered_json::object();
  for (const ProactiveTableSpec& table : SpecFor(report.format).proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      ordered_json cells = ordered_json::object();
      for (const ProactiveColumnSpec& column : table.columns) {
        cells[std::string(column.key)] = ValueJson(report.proactive.value(row.row, column.column));
      }
      if (row.row == ProactiveRow::kProcurement) {
        cells["amount_unit"] = OptionalJson(report.procurement_amount_unit);
      }
      out[std::string(row.key)] = std::move(cells);
    }
  }
  return out;
}

ordered_json ApplicationsJson(const AnnualReport& report) {
  const FormatSpec& spec = SpecFor(report.format);
  ordered_json out = ordered_json::object();
  for (AppRow row : kAllAppRows) {
    bool written = IsOfficialRow(spec, row) ||
                   (FindAppRow(spec, row) != nullptr && report.applications.RowHasValue(row));
    if (!written) continue;
    ordered_json cells = ordered_json::object();
    for (AppColumn column : kAllAppColumns) {
      cells[std::string(Key(column))] = ValueJson(report.applications.value(row, column));
    }
    out[std::string(Key(row))] = std::move(cells);
  }
  return out;
}

ordered_json AppealsJson(const AnnualReport& report) {
  ordered_json out = ordered_json::object();
  for (AppealGroup group : kAllAppealGroups) {
    ordered_json cells = ordered_json::object();
    for (AppealColumn column : kAllAppealColumns) {
      cells[std::string(Key(column))] = ValueJson(report.appeals.value(group, column));
    }
    out[std::string(Key(group))] = std::move(cells);
  }
  return out;
}

}  // namespace

ordered_json ToJsonValue(const AnnualReport& report) {
  ordered_json out = ordered_json::object();
  out["format"] = std::string(ToString(report.format));
  out["year"] = OptionalJson(report.year);
  out["agency"] = OptionalJson(report.agency);
  out["title"] = OptionalJson(report.title);
  if (report.sections) {
    out["sections"] = ordered_json{{"overview", OptionalJson(report.sections->overview)},
                                   {"problems", OptionalJson(report.sections->problems)},
                                   {"other", OptionalJson(report.sections->other)}};
  }
  out["proactive"] = ProactiveJson(report);
  out["applications"] = ApplicationsJson(report);
  out["appeals"] = AppealsJson(report);
  return out;
}

std::string ToJson(const AnnualReport& report) {
  return ToJsonValue(report).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace gongkai::report
