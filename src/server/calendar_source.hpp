// The work calendar a server uses: the national file (and any overlays) with the years that
// administrators entered in the database. Every process re-reads the entered years at most
// kRefreshInterval after another process changed them, and at once after its own change.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "core/work_calendar.hpp"
#include "store/records.hpp"

namespace gongkai::store {
class Store;
}

namespace gongkai::server {

class CalendarSource {
 public:
  static constexpr std::chrono::seconds kRefreshInterval{10};

  // `layers`: national first, then overlays. Fails as WorkCalendar::Build does.
  static Result<std::unique_ptr<CalendarSource>> Create(std::vector<core::CalendarLayer> layers);

  // The calendar in force; holders keep it alive across a reload.
  std::shared_ptr<const core::WorkCalendar> Current() const;
  // The calendar that `years` (all entered years) would give; fails naming the year at fault.
  Result<core::WorkCalendar> BuildWith(const std::vector<store::CalendarYear>& years) const;
  // Re-reads the entered years now.
  Result<void> Reload(store::Store& store);
  // Re-reads them when the last read is older than kRefreshInterval.
  void RefreshIfStale(store::Store& store);

 private:
  explicit CalendarSource(std::vector<core::CalendarLayer> layers) : layers_(std::move(layers)) {}

  std::vector<core::CalendarLayer> layers_;
  mutable std::mutex mutex_;
  std::shared_ptr<const core::WorkCalendar> current_;
  std::string revision_;
  std::chrono::steady_clock::time_point checked_{};
};

}  // namespace gongkai::server
