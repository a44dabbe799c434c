// The statutory clock's throughput (docs/BENCHMARKS.md). The baseline is the naive method most
// systems use: walk day by day, looking each date up in a set of holidays and make-up days.
#include <benchmark/benchmark.h>

#include <fstream>
#include <random>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "core/clock.hpp"
#include "core/work_calendar.hpp"

namespace {

using gongkai::Date;
using gongkai::core::WorkCalendar;

std::string ReadCalendarCsv() {
  std::ifstream in(std::string(GONGKAI_DATA_DIR) + "/cn-workcalendar.csv");
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

const gongkai::core::CalendarLayer& NationalLayer() {
  static const gongkai::core::CalendarLayer kLayer =
      *gongkai::core::ParseCalendarCsv(ReadCalendarCsv(), "cn-workcalendar.csv");
  return kLayer;
}

const WorkCalendar& Calendar() {
  static const WorkCalendar kCalendar = *WorkCalendar::Build({NationalLayer()});
  return kCalendar;
}

// Receipt dates spread over 2019–2025, so that every due date stays inside the calendar.
const std::vector<Date>& ReceiptDates() {
  static const std::vector<Date> kDates = [] {
    std::mt19937 random(42);
    std::uniform_int_distribution<int> day(0, 7 * 365 - 60);
    std::vector<Date> dates;
    for (int i = 0; i < 4096; ++i) dates.push_back(Date::Parse("2019-01-02")->AddDays(day(random)));
    return dates;
  }();
  return kDates;
}

// The naive method: +1 day at a time, a hash lookup per day.
class NaiveCalendar {
 public:
  NaiveCalendar() {
    for (const auto& entry : NationalLayer().entries) {
      listed_[entry.date.days_since_epoch()] = entry.kind == gongkai::core::DayKind::kWorkday;
    }
  }
  Date AddWorkingDays(Date start, int n) const {
    Date day = start;
    while (n > 0) {
      day = day.AddDays(1);
      auto found = listed_.find(day.days_since_epoch());
      bool working = found == listed_.end() ? !day.IsWeekend() : found->second;
      n -= working ? 1 : 0;
    }
    return day;
  }

 private:
  std::unordered_map<std::int32_t, bool> listed_;
};

void BM_BaselineNaiveWalk(benchmark::State& state) {
  static const NaiveCalendar kNaive;
  const std::vector<Date>& dates = ReceiptDates();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(kNaive.AddWorkingDays(dates[i++ & 4095], 20));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineNaiveWalk);

void BM_DueDate(benchmark::State& state) {
  const WorkCalendar& calendar = Calendar();
  const std::vector<Date>& dates = ReceiptDates();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(calendar.AddWorkingDays(dates[i++ & 4095], 20));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DueDate);

void BM_WorkingDaysLeft(benchmark::State& state) {
  const WorkCalendar& calendar = Calendar();
  const std::vector<Date>& dates = ReceiptDates();
  std::size_t i = 0;
  for (auto _ : state) {
    Date from = dates[i++ & 4095];
    benchmark::DoNotOptimize(calendar.WorkingDaysBetween(from, from.AddDays(30)));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WorkingDaysLeft);

// The whole clock with its breakdown: receipt, a consultation and an extension.
void BM_ComputeClockWithBreakdown(benchmark::State& state) {
  using gongkai::core::CaseEvent;
  using gongkai::core::CaseEventKind;
  const WorkCalendar& calendar = Calendar();
  const std::vector<Date>& dates = ReceiptDates();
  std::size_t i = 0;
  for (auto _ : state) {
    Date received = dates[i++ & 4095];
    std::vector<CaseEvent> events = {
        CaseEvent::At(CaseEventKind::kReceived, received),
        CaseEvent::At(CaseEventKind::kConsultationStarted, received.AddDays(3)),
        CaseEvent::At(CaseEventKind::kConsultationEnded, received.AddDays(10)),
        CaseEvent::At(CaseEventKind::kExtended, received.AddDays(20))};
    events.back().days = 10;
    events.back().approver = "负责人";
    benchmark::DoNotOptimize(
        gongkai::core::ComputeClock(calendar, events, {}, received.AddDays(15)));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ComputeClockWithBreakdown);

void BM_BuildCalendar(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(WorkCalendar::Build({NationalLayer()}));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BuildCalendar);

}  // namespace
