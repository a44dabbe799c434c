#include "server/server.hpp"

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "base/files.hpp"
#include "publish/answer_letter.hpp"
#include "server/authorization.hpp"
#include "server/calendar_source.hpp"
#include "server/metrics.hpp"
#include "server/openapi.hpp"
#include "server/pages.hpp"
#include "server/public_api.hpp"
#include "server/router.hpp"
#include "server/staff_api.hpp"
#include "server/static_files.hpp"
#include "store/group_commit.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

// Dates are civil dates in China Standard Time (UTC+8) (DESIGN.md §5).
Date TodayInChina() {
  using namespace std::chrono;
  auto now = system_clock::now() + hours(8);
  return Date::FromDaysSinceEpoch(
      static_cast<std::int32_t>(floor<days>(now.time_since_epoch()).count()));
}

std::int64_t UnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string Timestamp() {
  using namespace std::chrono;
  auto now = system_clock::now();
  std::time_t seconds = system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

HttpRequest ToRequest(const http::request<http::string_body>& raw, std::string client) {
  HttpRequest request;
  request.client = std::move(client);
  request.method = std::string(raw.method_string());
  std::string_view target = raw.target();
  std::size_t question = target.find('?');
  request.path = std::string(target.substr(0, question));
  if (question != std::string_view::npos) request.query = ParseQuery(target.substr(question + 1));
  for (const auto& field : raw) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    request.headers[name] = std::string(field.value());
  }
  request.body = raw.body();
  return request;
}

http::response<http::string_body> ToBeast(const HttpResponse& response, unsigned version,
                                          bool keep_alive) {
  http::response<http::string_body> raw{static_cast<http::status>(response.status), version};
  raw.set(http::field::server, "gongkai");
  raw.set(http::field::content_type, response.content_type);
  raw.set(http::field::cache_control, "no-store");
  raw.set("X-Content-Type-Options", "nosniff");
  for (const auto& [name, value] : response.headers) raw.set(name, value);
  raw.body() = response.body;
  raw.keep_alive(keep_alive);
  raw.prepare_payload();
  return raw;
}

}  // namespace

class Server::Impl {
 public:
  Impl(ServerOptions options, std::unique_ptr<CalendarSource> calendars)
      : options_(std::move(options)),
        calendars_(std::move(calendars)),
        ioc_(options_.io_threads),
        acceptor_(ioc_),
        signals_(ioc_),
        workers_(static_cast<std::size_t>(options_.workers)) {
    router_.AddInline("GET", "/healthz", "进程存活检查（不访问数据库）", [](const HttpRequest&) {
      return JsonResponse(200, {{"status", "ok"}});
    });
    router_.Add("GET", "/readyz", "就绪检查：数据库可用时 200，否则 503",
                [](const HttpRequest&, const PathParams&, HandlerContext& context) {
                  Result<std::vector<core::Organisation>> probe = context.store.ListOrganisations();
                  if (!probe) return JsonResponse(503, {{"status", "unavailable"}});
                  return JsonResponse(200, {{"status", "ok"}});
                });
    // Reads the database for the case gauges, so it runs on a worker.
    router_.Add("GET", "/metrics", "Prometheus 指标（请求、延迟、未办结和逾期申请）",
                [this](const HttpRequest&, const PathParams&, HandlerContext& context) {
                  HttpResponse response;
                  response.content_type = "text/plain; version=0.0.4; charset=utf-8";
                  response.body = metrics_.Render(CaseGauges(context));
                  return response;
                });
    router_.AddInline("GET", "/static/{file}", "静态文件（样式、脚本、图片）",
                      [this](const HttpRequest& request) {
                        return static_files_.Serve(request.path.substr(sizeof "/static/" - 1));
                      });
    router_.AddInline("GET", "/robots.txt", "搜索引擎抓取规则",
                      [this](const HttpRequest&) { return static_files_.Serve("robots.txt"); });
    AddPublicRoutes(router_);
    AddSessionRoutes(router_);
    AddAdministrationRoutes(router_);
    AddApplicationRoutes(router_);
    AddPublicationRoutes(router_);
    AddAppealRoutes(router_);
    AddReportRoutes(router_);
    AddLetterRoutes(router_);
    AddPublicPages(pages_, page_kit_);
    AddStaffPages(pages_, page_kit_);
    AddStaffRecordPages(pages_, page_kit_);
    AddStaffOversightPages(pages_, page_kit_);
    router_.AddInline(
        "GET", "/api/v1/openapi.json", "本 API 的 OpenAPI 3 文档",
        [this](const HttpRequest&) { return JsonResponse(200, OpenApiDocument(router_)); });
  }

  Result<void> LoadLetterTemplates() {
    std::string directory = options_.letters_dir;
    if (directory.empty()) {
      Result<std::filesystem::path> found = FindDataPath("letters");
      if (!found) {
        if (options_.access_log) {
          std::fprintf(stderr, "{\"time\":\"%s\",\"warning\":\"no answer-letter templates: %s\"}\n",
                       Timestamp().c_str(), found.error().message.c_str());
        }
        return {};
      }
      directory = found->string();
    }
    GONGKAI_ASSIGN_OR_RETURN(letters_, publish::LetterTemplates::Load(directory));
    return {};
  }

  Result<void> Start() {
    std::string web = options_.web_dir.empty() ? FindWebDirectory() : options_.web_dir;
    if (!web.empty()) {
      GONGKAI_ASSIGN_OR_RETURN(static_files_, StaticFiles::Load(web + "/static"));
      GONGKAI_ASSIGN_OR_RETURN(templates_, web::TemplateSet::Load(web + "/templates"));
    } else if (options_.access_log) {
      std::fprintf(stderr,
                   "{\"time\":\"%s\",\"warning\":\"no web/ directory: static files "
                   "are not served (set GONGKAI_WEB_DIR)\"}\n",
                   Timestamp().c_str());
    }
    GONGKAI_RETURN_IF_ERROR(LoadLetterTemplates());
    Result<std::unique_ptr<store::Store>> first =
        store::OpenStore(options_.db_url, *calendars_->Current());
    if (!first) return first.error();
    if (Result<void> loaded = calendars_->Reload(**first); !loaded) return loaded.error();
    if (Result<std::vector<store::User>> users = (*first)->ListUsers(); users && users->empty()) {
      // A new database (or one from before accounts existed): nobody can sign in yet.
      std::fprintf(stderr,
                   "数据库中还没有用户，工作人员无法登录。新增管理员：gongkai user add 登录名 "
                   "--role admin@机关编号 --db %s\n",
                   options_.db_url.c_str());
    }
    if (options_.db_url.starts_with("sqlite:")) {
      // SQLite: the workers' writes share transactions and fsyncs (store/group_commit.hpp).
      Result<std::unique_ptr<store::Store>> writer =
          store::OpenStore(options_.db_url, *calendars_->Current());
      if (!writer) return writer.error();
      committer_ = std::make_shared<store::GroupCommitter>(std::move(*writer));
      *first = store::WithGroupCommit(std::move(*first), committer_);
    }
    ReleaseStore(std::move(*first));
    beast::error_code error;
    asio::ip::address address = asio::ip::make_address(options_.host, error);
    if (error) return Error::InvalidArgument("--listen：地址“" + options_.host + "”无效");
    tcp::endpoint endpoint(address, static_cast<unsigned short>(options_.port));
    acceptor_.open(endpoint.protocol(), error);
    if (!error) acceptor_.set_option(asio::socket_base::reuse_address(true), error);
    if (!error) acceptor_.bind(endpoint, error);
    if (!error) acceptor_.listen(asio::socket_base::max_listen_connections, error);
    if (error) {
      return Error{ErrorCode::kUnavailable,
                   "无法监听 " + options_.host + ":" + std::to_string(options_.port) + "（" +
                       error.message() + "）",
                   {}};
    }
    port_ = acceptor_.local_endpoint().port();
    return {};
  }

  void Run() {
    if (options_.handle_signals) {
      signals_.add(SIGINT);
      signals_.add(SIGTERM);
      signals_.async_wait([this](const beast::error_code& error, int) {
        if (!error) Stop();
      });
    }
    asio::co_spawn(ioc_, Accept(), asio::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < options_.io_threads; ++i) threads.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (std::thread& thread : threads) thread.join();
    workers_.join();
  }

  void Stop() {
    asio::post(ioc_, [this] {
      if (stopping_.exchange(true)) return;
      beast::error_code ignored;
      acceptor_.close(ignored);
      signals_.cancel();
      std::lock_guard lock(connections_mutex_);
      for (const std::shared_ptr<Connection>& connection : connections_) {
        asio::post(connection->stream.get_executor(), [connection] {
          if (!connection->busy) connection->stream.socket().close();
        });
      }
    });
  }

  int port() const { return port_; }
  const Router& router() const { return router_; }

 private:
  struct Connection {
    explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
    beast::tcp_stream stream;
    bool busy = false;
  };

  asio::awaitable<void> Accept() {
    while (!stopping_) {
      auto [error, socket] = co_await acceptor_.async_accept(asio::make_strand(ioc_),
                                                             asio::as_tuple(asio::use_awaitable));
      if (error) break;
      socket.set_option(tcp::no_delay(true), error);
      auto connection = std::make_shared<Connection>(std::move(socket));
      {
        std::lock_guard lock(connections_mutex_);
        connections_.insert(connection);
      }
      asio::co_spawn(connection->stream.get_executor(), Session(connection), asio::detached);
    }
  }

  asio::awaitable<void> Session(std::shared_ptr<Connection> connection) {
    beast::flat_buffer buffer;
    while (!stopping_) {
      http::request_parser<http::string_body> parser;
      parser.body_limit(options_.max_body_bytes);
      parser.header_limit(static_cast<std::uint32_t>(options_.max_header_bytes));
      connection->stream.expires_after(std::chrono::seconds(options_.idle_timeout_seconds));
      auto [read_error, read] = co_await http::async_read(connection->stream, buffer, parser,
                                                          asio::as_tuple(asio::use_awaitable));
      (void)read;
      if (read_error) {
        int status = 0;
        if (read_error == http::error::body_limit) status = 413;
        if (read_error == http::error::header_limit) status = 431;
        if (status == 0 && read_error != http::error::end_of_stream &&
            read_error != beast::error::timeout && read_error != asio::error::operation_aborted &&
            read_error != asio::error::eof && read_error != asio::error::connection_reset &&
            read_error != asio::error::bad_descriptor) {
          status = 400;
        }
        if (status != 0) {
          HttpResponse refused = ErrorResponse(Error::InvalidArgument(
              status == 413 ? "请求体超过 " + std::to_string(options_.max_body_bytes) + " 字节"
              : status == 431 ? "请求头过大"
                              : "请求格式错误"));
          refused.status = status;
          auto raw = ToBeast(refused, 11, false);
          co_await http::async_write(connection->stream, raw, asio::as_tuple(asio::use_awaitable));
        }
        break;
      }
      connection->busy = true;
      http::request<http::string_body> raw = parser.release();
      auto started = std::chrono::steady_clock::now();
      std::string route;
      HttpResponse response = co_await Dispatch(ToRequest(raw, ClientOf(*connection, raw)), route);
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      metrics_.Record(route, response.status, seconds);
      if (options_.access_log) {
        std::fprintf(
            stderr,
            "{\"time\":\"%s\",\"method\":\"%s\",\"route\":\"%s\",\"status\":%d,\"ms\":%.3f}\n",
            Timestamp().c_str(), std::string(raw.method_string()).c_str(), route.c_str(),
            response.status, seconds * 1000);
      }
      bool keep_alive = raw.keep_alive() && !stopping_;
      auto reply = ToBeast(response, raw.version(), keep_alive);
      auto [write_error, written] = co_await http::async_write(connection->stream, reply,
                                                               asio::as_tuple(asio::use_awaitable));
      (void)written;
      connection->busy = false;
      if (write_error || !keep_alive) break;
    }
    beast::error_code ignored;
    connection->stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    std::lock_guard lock(connections_mutex_);
    connections_.erase(connection);
  }

  // The peer's address; behind a trusted proxy, the first address of X-Forwarded-For.
  std::string ClientOf(Connection& connection, const http::request<http::string_body>& raw) {
    if (options_.trust_proxy) {
      auto forwarded = raw.find("X-Forwarded-For");
      if (forwarded != raw.end()) {
        std::string_view value = forwarded->value();
        return std::string(value.substr(0, value.find(',')));
      }
    }
    beast::error_code error;
    tcp::endpoint peer = connection.stream.socket().remote_endpoint(error);
    return error ? std::string("unknown") : peer.address().to_string();
  }

  // Runs the handler on the worker pool, so that I/O threads never wait on the database.
  asio::awaitable<HttpResponse> Dispatch(HttpRequest request, std::string& route_name) {
    PathParams params;
    bool path_known = false;
    const Route* route = router_.Match(request.method, request.path, params, path_known);
    if (route == nullptr && !path_known) {
      route = pages_.Match(request.method, request.path, params, path_known);
    }
    if (route == nullptr) {
      route_name = path_known ? "method_not_allowed" : "not_found";
      HttpResponse missing =
          ErrorResponse(path_known ? Error{ErrorCode::kInvalidArgument, "不支持的请求方法", {}}
                                   : Error::NotFound("没有这个地址：" + request.path));
      if (path_known) missing.status = 405;
      co_return missing;
    }
    route_name = route->pattern;
    if (route->inline_handler) co_return route->inline_handler(request);
    co_return co_await asio::co_spawn(workers_,
                                      HandleOnWorker(route, std::move(request), std::move(params)),
                                      asio::use_awaitable);
  }

  // A member coroutine taking its arguments by value (a lambda coroutine's captures would not
  // outlive its first suspension).
  asio::awaitable<HttpResponse> HandleOnWorker(const Route* route, HttpRequest request,
                                               PathParams params) {
    co_return Handle(*route, request, params);
  }

  HttpResponse Handle(const Route& route, const HttpRequest& request, const PathParams& params) {
    std::unique_ptr<store::Store> store = AcquireStore();
    if (!store)
      return ErrorResponse(Error{ErrorCode::kUnavailable, "数据库暂时不可用，请稍后重试", {}});
    HttpResponse response;
    try {
      calendars_->RefreshIfStale(*store);
      std::shared_ptr<const core::WorkCalendar> calendar = calendars_->Current();
      store->UseCalendar(*calendar);
      auto run = [&] { response = Authorised(route, request, params, *store, *calendar); };
      // GET handlers only read: one snapshot for the whole request.
      if (request.method == "GET" || request.method == "HEAD") {
        store->ReadConsistently(run);
      } else {
        run();
      }
    } catch (const std::exception& error) {
      std::fprintf(stderr, "{\"time\":\"%s\",\"error\":\"handler threw\",\"route\":\"%s\"}\n",
                   Timestamp().c_str(), route.pattern.c_str());
      response = ErrorResponse(Error::Internal("内部错误"));
    }
    ReleaseStore(std::move(store));
    return response;
  }

  // Resolves the session of a signed-in route, then runs the handler.
  HttpResponse Authorised(const Route& route, const HttpRequest& request, const PathParams& params,
                          store::Store& store, const core::WorkCalendar& calendar) {
    HandlerContext context{store, calendar, *calendars_, TodayInChina()};
    context.now = UnixSeconds();
    context.letters = letters_ ? &*letters_ : nullptr;
    context.secure_cookies =
        options_.secure_cookies ||
        (options_.trust_proxy && HeaderIs(request, "x-forwarded-proto", "https"));
    std::optional<store::SignedIn> session;
    if (route.access != Access::kPublic) {
      Result<store::SignedIn> signed_in = Authenticate(request, store, context.now);
      if (!signed_in && route.access == Access::kStaffPage) return LoginRedirect(request);
      if (!signed_in) return ErrorResponse(signed_in.error());
      session = std::move(*signed_in);
      context.session = &*session;
    }
    store.SetActor(ActorOf(context));
    return route.handler(request, params, context);
  }

  // To the login page, coming back to the page asked for afterwards.
  static HttpResponse LoginRedirect(const HttpRequest& request) {
    std::string next = request.path;
    if (!request.query.empty()) {
      char separator = '?';
      for (const auto& [name, value] : request.query) {
        next.append(1, separator)
            .append(PercentEncode(name))
            .append("=")
            .append(PercentEncode(value));
        separator = '&';
      }
    }
    return Redirect("/login?next=" + PercentEncode(next));
  }

  // Open and overdue cases per organisation (every process reports the same: they are the
  // database's). Empty when the database cannot be read.
  static std::string CaseGauges(HandlerContext& context) {
    Result<std::vector<store::Store::OpenCaseCount>> counts =
        context.store.CountOpenCases(context.today);
    if (!counts) return "";
    std::string open =
        "# HELP gongkai_open_cases Applications not yet closed, by organisation.\n"
        "# TYPE gongkai_open_cases gauge\n";
    std::string overdue =
        "# HELP gongkai_overdue_cases Open applications past their statutory due date.\n"
        "# TYPE gongkai_overdue_cases gauge\n";
    for (const store::Store::OpenCaseCount& count : *counts) {
      std::string label = "{org=\"" + std::to_string(count.org) + "\"} ";
      open += "gongkai_open_cases" + label + std::to_string(count.open) + "\n";
      overdue += "gongkai_overdue_cases" + label + std::to_string(count.overdue) + "\n";
    }
    return open + overdue;
  }

  static bool HeaderIs(const HttpRequest& request, const std::string& name,
                       std::string_view value) {
    auto found = request.headers.find(name);
    return found != request.headers.end() && found->second == value;
  }

  std::unique_ptr<store::Store> AcquireStore() {
    {
      std::lock_guard lock(stores_mutex_);
      if (!stores_.empty()) {
        std::unique_ptr<store::Store> store = std::move(stores_.back());
        stores_.pop_back();
        return store;
      }
    }
    Result<std::unique_ptr<store::Store>> opened =
        store::OpenStore(options_.db_url, *calendars_->Current());
    if (!opened) return nullptr;
    if (committer_) return store::WithGroupCommit(std::move(*opened), committer_);
    return std::move(*opened);
  }

  void ReleaseStore(std::unique_ptr<store::Store> store) {
    std::lock_guard lock(stores_mutex_);
    stores_.push_back(std::move(store));
  }

  ServerOptions options_;
  std::unique_ptr<CalendarSource> calendars_;
  std::shared_ptr<store::GroupCommitter> committer_;  // SQLite only
  StaticFiles static_files_;
  std::optional<publish::LetterTemplates> letters_;
  asio::io_context ioc_;
  tcp::acceptor acceptor_;
  asio::signal_set signals_;
  asio::thread_pool workers_;
  Router router_;
  Router pages_;  // the web interface (pages.hpp), matched after the API
  web::TemplateSet templates_;
  PageKit page_kit_{router_, templates_};
  Metrics metrics_;
  std::atomic<bool> stopping_{false};
  int port_ = 0;
  std::mutex connections_mutex_;
  std::set<std::shared_ptr<Connection>> connections_;
  std::mutex stores_mutex_;
  std::vector<std::unique_ptr<store::Store>> stores_;
};

Result<std::unique_ptr<Server>> Server::Create(ServerOptions options,
                                               std::vector<core::CalendarLayer> calendar_layers) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<CalendarSource> calendars,
                           CalendarSource::Create(std::move(calendar_layers)));
  std::unique_ptr<Server> server(new Server());
  server->impl_ = std::make_unique<Impl>(std::move(options), std::move(calendars));
  return server;
}
Server::~Server() = default;
Result<void> Server::Start() { return impl_->Start(); }
void Server::Run() { impl_->Run(); }
void Server::Stop() { impl_->Stop(); }
int Server::port() const { return impl_->port(); }
const Router& Server::router() const { return impl_->router(); }

}  // namespace gongkai::server
