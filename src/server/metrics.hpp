// Request metrics in the Prometheus text format: requests by route and status, and a latency
// histogram. Per process (each `gongkai serve` reports its own). Thread-safe.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace gongkai::server {

class Metrics {
 public:
  void Record(const std::string& route, int status, double seconds);
  // The exposition text; `extra` lines (gauges computed by the caller) are appended.
  std::string Render(const std::string& extra) const;

 private:
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  0.5,  1.0};
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, long long> requests_;
  std::array<long long, kBuckets.size()> bucket_counts_{};
  long long count_ = 0;
  double sum_ = 0;
};

}  // namespace gongkai::server
