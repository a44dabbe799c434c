#include "server/metrics.hpp"

#include <cstdio>

namespace gongkai::server {

void Metrics::Record(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++bucket_counts_[i];
  }
  ++count_;
  sum_ += seconds;
}

std::string Metrics::Render(const std::string& extra) const {
  std::lock_guard lock(mutex_);
  std::string out =
      "# HELP gongkai_http_requests_total HTTP requests by route and status.\n"
      "# TYPE gongkai_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out += "gongkai_http_requests_total{route=\"" + key.first + "\",status=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
  }
  out +=
      "# HELP gongkai_http_request_duration_seconds Request latency.\n"
      "# TYPE gongkai_http_request_duration_seconds histogram\n";
  char line[160];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    std::snprintf(line, sizeof line,
                  "gongkai_http_request_duration_seconds_bucket{le=\"%g\"} %lld\n", kBuckets[i],
                  bucket_counts_[i]);
    out += line;
  }
  std::snprintf(line, sizeof line,
                "gongkai_http_request_duration_seconds_bucket{le=\"+Inf\"} %lld\n"
                "gongkai_http_request_duration_seconds_sum %.6f\n"
                "gongkai_http_request_duration_seconds_count %lld\n",
                count_, sum_, count_);
  out += line;
  return out + extra;
}

}  // namespace gongkai::server
