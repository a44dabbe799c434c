#include "cli/calendar_loading.hpp"

#include <filesystem>

#include "base/files.hpp"

namespace gongkai::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCalendarName = "cn-workcalendar.csv";

Result<core::CalendarLayer> LoadLayer(const std::string& path) {
  Result<std::string> content = ReadWholeFile(path);
  if (!content) return content.error();
  return core::ParseCalendarCsv(*content, path);
}

}  // namespace

void AddCalendarOptions(CLI::App& command, CalendarOptions& options) {
  command.add_option("--calendar", options.file, "工作日历 CSV（默认：随程序安装的全国日历）");
  command.add_option("--overlay", options.overlays, "地方调整日历 CSV，可多次指定，后者优先");
}

Result<core::WorkCalendar> LoadCalendar(const CalendarOptions& options) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<core::CalendarLayer> layers, LoadCalendarLayers(options));
  return core::WorkCalendar::Build(layers);
}

Result<std::vector<core::CalendarLayer>> LoadCalendarLayers(const CalendarOptions& options) {
  std::string base = options.file;
  if (base.empty()) {
    Result<fs::path> found = FindDataPath(kCalendarName);
    if (!found) {
      return Error::NotFound("找不到全国工作日历：" + found.error().message +
                             "；请用 --calendar 指定");
    }
    base = found->string();
  }
  std::vector<core::CalendarLayer> layers;
  for (const std::string& path : [&] {
         std::vector<std::string> all = {base};
         all.insert(all.end(), options.overlays.begin(), options.overlays.end());
         return all;
       }()) {
    Result<core::CalendarLayer> layer = LoadLayer(path);
    if (!layer) return layer.error();
    layers.push_back(std::move(*layer));
  }
  return layers;
}

}  // namespace gongkai::cli
