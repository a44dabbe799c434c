// `gongkai serve`: HTTP/1.1 with keep-alive on Boost.Beast and C++20 coroutines. I/O threads
// never wait on the database: handlers run on a bounded worker pool, each worker with its own
// Store connection. Request limits (body, header, JSON depth), timeouts, a structured access log
// on stderr, /healthz and /metrics. Graceful shutdown on SIGTERM/SIGINT: stop accepting, finish
// the requests in flight.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "core/work_calendar.hpp"

namespace gongkai::server {

class Router;

struct ServerOptions {
  std::string db_url = "sqlite:gongkai.db";
  std::string host = "127.0.0.1";  // loopback unless deliberately exposed
  int port = 8080;                 // 0: any free port (tests), see Server::port()
  int io_threads = 2;
  int workers = 4;  // database worker pool
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_header_bytes = 16 << 10;
  int idle_timeout_seconds = 30;
  bool access_log = true;
  bool handle_signals = true;  // SIGTERM/SIGINT stop the server
  // Behind a reverse proxy: take the client address from X-Forwarded-For and mark cookies
  // Secure when X-Forwarded-Proto is https. Never set when clients reach the server directly.
  bool trust_proxy = false;
  bool secure_cookies = false;  // always mark session cookies Secure (HTTPS deployments)
  std::string web_dir;          // the installed web/ (static/ inside); empty: FindWebDirectory()
  // The answer-letter templates; empty: FindDataPath("letters"). Without them the letter
  // endpoint answers 503; templates that do not parse stop the start.
  std::string letters_dir;
};

class Server {
 public:
  // `calendar_layers`: the national calendar file first, then overlays; administrators' entered
  // years are added from the database. Fails when the layers do not make a calendar.
  static Result<std::unique_ptr<Server>> Create(ServerOptions options,
                                                std::vector<core::CalendarLayer> calendar_layers);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens the database (migrating it) and binds. Fails with kUnavailable when either fails.
  Result<void> Start();
  // Serves until Stop() or a signal; returns after the requests in flight have finished.
  void Run();
  // May be called from any thread.
  void Stop();
  int port() const;              // the bound port, after Start()
  const Router& router() const;  // every route served (tests, the OpenAPI document)

 private:
  Server() = default;
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongkai::server
