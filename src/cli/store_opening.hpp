// Opening the ledger from a command: the calendar and the store, kept together (the store refers
// to the calendar).
#pragma once

#include <memory>
#include <string>

#include "base/result.hpp"
#include "cli/calendar_loading.hpp"
#include "core/work_calendar.hpp"
#include "store/store.hpp"

namespace gongkai::cli {

inline constexpr const char* kDefaultDatabase = "sqlite:gongkai.db";

struct OpenedStore {
  std::unique_ptr<core::WorkCalendar> calendar;
  std::unique_ptr<store::Store> store;
};

// Loads the calendar and opens (migrating) the database; writes are audited as "cli".
inline Result<OpenedStore> OpenLedger(const std::string& db, const CalendarOptions& calendar) {
  OpenedStore opened;
  GONGKAI_ASSIGN_OR_RETURN(core::WorkCalendar loaded, LoadCalendar(calendar));
  opened.calendar = std::make_unique<core::WorkCalendar>(std::move(loaded));
  GONGKAI_ASSIGN_OR_RETURN(opened.store, store::OpenStore(db, *opened.calendar));
  opened.store->SetActor("cli");
  return opened;
}

}  // namespace gongkai::cli
