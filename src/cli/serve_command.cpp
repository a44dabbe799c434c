#include "cli/serve_command.hpp"

#include <iostream>
#include <memory>

#include "cli/calendar_loading.hpp"
#include "cli/ledger_commands.hpp"
#include "cli/store_opening.hpp"
#include "server/server.hpp"

namespace gongkai::cli {
namespace {

struct ServeOptions {
  std::string db = kDefaultDatabase;
  std::string listen = "127.0.0.1:8080";
  int workers = 4;
  bool quiet = false;
  bool trust_proxy = false;
  bool secure_cookies = false;
  CalendarOptions calendar;
};

ExitCode RunServe(const ServeOptions& o) {
  std::size_t colon = o.listen.rfind(':');
  int port = -1;
  if (colon != std::string::npos) {
    try {
      port = std::stoi(o.listen.substr(colon + 1));
    } catch (const std::exception&) {
      port = -1;
    }
  }
  if (port < 0 || port > 65535) {
    return Fail(Error::InvalidArgument("--listen：应为 主机:端口，例如 127.0.0.1:8080"));
  }
  Result<std::vector<core::CalendarLayer>> calendar = LoadCalendarLayers(o.calendar);
  if (!calendar) return Fail(calendar.error());
  server::ServerOptions options;
  options.db_url = o.db;
  options.host = o.listen.substr(0, colon);
  options.port = port;
  options.workers = o.workers;
  options.access_log = !o.quiet;
  options.trust_proxy = o.trust_proxy;
  options.secure_cookies = o.secure_cookies;
  Result<std::unique_ptr<server::Server>> server =
      server::Server::Create(options, std::move(*calendar));
  if (!server) return Fail(server.error());
  if (Result<void> started = (*server)->Start(); !started) return Fail(started.error());
  std::cerr << "公开 Gongkai 已启动：http://" << options.host << ":" << (*server)->port()
            << "/（数据库 " << o.db << "；Ctrl-C 停止）\n";
  (*server)->Run();
  std::cerr << "已停止\n";
  return ExitCode::kOk;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddServeCommand(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* command =
      app.add_subcommand("serve", "启动 HTTP 服务：网页（公众门户、工作平台）与 JSON API");
  command->add_option("--db", o->db, "数据库：sqlite:文件路径 或 postgresql://…")
      ->default_str(kDefaultDatabase);
  command->add_option("--listen", o->listen, "监听地址 主机:端口（默认 127.0.0.1:8080）");
  command->add_option("--workers", o->workers, "数据库工作线程数")->check(CLI::Range(1, 64));
  command->add_flag("--quiet", o->quiet, "不输出访问日志");
  command->add_flag("--trust-proxy", o->trust_proxy,
                    "位于反向代理之后：采用 X-Forwarded-For / X-Forwarded-Proto");
  command->add_flag("--secure-cookies", o->secure_cookies, "会话 Cookie 一律标记 Secure（HTTPS）");
  AddCalendarOptions(*command, o->calendar);
  return [o, command]() -> std::optional<ExitCode> {
    if (!command->parsed()) return std::nullopt;
    return RunServe(*o);
  };
}

}  // namespace gongkai::cli
