// Test helper: a real server on a free loopback port over a small demo ledger, run on a thread.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>

#include "server/server.hpp"
#include "store/demo.hpp"
#include "store/testing.hpp"

namespace gongkai::server::testing {

class RunningServer {
 public:
  // `backend`: "sqlite" or "postgres". Check started() before use.
  explicit RunningServer(const std::string& backend) {
    std::string url = store::testing::FreshDatabaseUrl(backend);
    {
      Result<std::unique_ptr<store::Store>> ledger =
          store::OpenStore(url, core::testing::NationalCalendar());
      if (!ledger || !store::LoadDemoData(**ledger, core::testing::NationalCalendar(),
                                          store::DemoScale::kSmall)) {
        return;
      }
    }
    ServerOptions options;
    options.db_url = url;
    options.port = 0;
    options.access_log = false;
    options.handle_signals = false;
    Result<core::CalendarLayer> national = core::testing::NationalLayer();
    if (!national) return;
    Result<std::unique_ptr<Server>> created = Server::Create(options, {*national});
    if (!created) return;
    server_ = std::move(*created);
    if (!server_->Start()) return;
    thread_ = std::thread([this] { server_->Run(); });
    started_ = true;
  }
  ~RunningServer() {
    if (!started_) return;
    server_->Stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  bool started() const { return started_; }
  int port() const { return server_->port(); }
  const Server& server() const { return *server_; }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
  bool started_ = false;
};

}  // namespace gongkai::server::testing
