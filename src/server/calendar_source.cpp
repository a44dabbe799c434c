#include "server/calendar_source.hpp"

#include "store/store.hpp"

namespace gongkai::server {
namespace {

std::string RevisionOf(const std::vector<store::CalendarYear>& years) {
  std::string revision;
  for (const store::CalendarYear& year : years) {
    revision += std::to_string(year.year) + "@" + year.entered_at + ";";
  }
  return revision;
}

}  // namespace

Result<std::unique_ptr<CalendarSource>> CalendarSource::Create(
    std::vector<core::CalendarLayer> layers) {
  std::unique_ptr<CalendarSource> source(new CalendarSource(std::move(layers)));
  GONGKAI_ASSIGN_OR_RETURN(core::WorkCalendar calendar, source->BuildWith({}));
  source->current_ = std::make_shared<const core::WorkCalendar>(std::move(calendar));
  return source;
}

std::shared_ptr<const core::WorkCalendar> CalendarSource::Current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

Result<core::WorkCalendar> CalendarSource::BuildWith(
    const std::vector<store::CalendarYear>& years) const {
  if (layers_.empty()) return core::WorkCalendar::Build(layers_);
  std::vector<std::pair<int, core::CalendarLayer>> entered;
  for (const store::CalendarYear& year : years) {
    GONGKAI_ASSIGN_OR_RETURN(
        core::CalendarLayer layer,
        core::ParseCalendarCsv(year.entries, std::to_string(year.year) + " 年工作日历"));
    entered.emplace_back(year.year, std::move(layer));
  }
  std::vector<core::CalendarLayer> layers = layers_;
  GONGKAI_ASSIGN_OR_RETURN(layers.front(), core::WithEnteredYears(layers.front(), entered));
  return core::WorkCalendar::Build(layers);
}

Result<void> CalendarSource::Reload(store::Store& store) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<store::CalendarYear> years, store.ListCalendarYears());
  std::string revision = RevisionOf(years);
  {
    std::lock_guard lock(mutex_);
    checked_ = std::chrono::steady_clock::now();
    if (revision == revision_) return {};
  }
  GONGKAI_ASSIGN_OR_RETURN(core::WorkCalendar calendar, BuildWith(years));
  std::lock_guard lock(mutex_);
  current_ = std::make_shared<const core::WorkCalendar>(std::move(calendar));
  revision_ = std::move(revision);
  return {};
}

void CalendarSource::RefreshIfStale(store::Store& store) {
  {
    std::lock_guard lock(mutex_);
    if (std::chrono::steady_clock::now() - checked_ < kRefreshInterval) return;
    checked_ = std::chrono::steady_clock::now();
  }
  // A failed refresh keeps the calendar in force; the next request tries again later.
  (void)Reload(store);
}

}  // namespace gongkai::server
