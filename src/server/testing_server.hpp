// Test helper: a real server on a free loopback port over a small demo ledger, run on a thread.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <thread>

#include "server/server.hpp"
#include "server/testing_client.hpp"
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
    options.web_dir = GONGKAI_WEB_DIR;
    options.letters_dir = std::string(GONGKAI_DATA_DIR) + "/letters";
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

// A test on both backends ("sqlite", "postgres") against a fresh running server over the small
// demo; PostgreSQL is skipped when the test run has no server.
class ServerBackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && store::testing::PostgresBaseUrl().empty()) {
      GTEST_SKIP() << "GONGKAI_TEST_PG_URL is not set (make test starts a server)";
    }
    server_ = std::make_unique<RunningServer>(GetParam());
    ASSERT_TRUE(server_->started());
    port_ = server_->port();
  }
  std::unique_ptr<RunningServer> server_;
  int port_ = 0;
};

#ifdef GONGKAI_BINARY
// A loopback port free at the time of the call (the kernel's choice for port 0), for a child
// process to listen on: far less likely to collide with other tests than a port made up.
inline int FreeLoopbackPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  int port = 0;
  if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  if (fd >= 0) close(fd);
  return port;
}

// A real `gongkai serve` process on `port` over `db_url`; killed (SIGKILL) when destroyed unless
// Kill() was called. Check ready() before use.
class ServeProcess {
 public:
  ServeProcess(const std::string& db_url, int port) : port_(port) {
    child_ = fork();
    if (child_ == 0) {
      std::string listen = "127.0.0.1:" + std::to_string(port);
      execl(GONGKAI_BINARY, "gongkai", "serve", "--quiet", "--db", db_url.c_str(), "--listen",
            listen.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 600 && !ready(); ++i) {  // 30 s: CI machines run other tests beside
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~ServeProcess() { Kill(); }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  bool ready() const { return child_ > 0 && Send(port_, "GET", "/readyz").status == 200; }
  void Kill() {
    if (child_ <= 0) return;
    kill(child_, SIGKILL);
    int status = 0;
    waitpid(child_, &status, 0);
    child_ = -1;
  }

 private:
  int port_;
  pid_t child_ = -1;
};
#endif

}  // namespace gongkai::server::testing
