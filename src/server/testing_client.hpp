// Test helper: a minimal blocking HTTP/1.1 client over loopback (Boost.Beast), and a signed-in
// staff session on top of it.
#pragma once

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace gongkai::server::testing {

struct Reply {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
  nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
};

// One request on a new connection; status 0 when the server could not be reached.
inline Reply Send(int port, const std::string& method, const std::string& target,
                  const std::string& body = "",
                  const std::map<std::string, std::string>& headers = {}) {
  namespace beast = boost::beast;
  namespace http = beast::http;
  boost::asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  beast::error_code error;
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"),
                                                static_cast<unsigned short>(port)),
                 error);
  if (error) return {};
  http::request<http::string_body> request{http::string_to_verb(method), target, 11};
  request.set(http::field::host, "127.0.0.1");
  request.set(http::field::content_type, "application/json");
  for (const auto& [name, value] : headers) request.set(name, value);
  request.body() = body;
  request.prepare_payload();
  // A refused request (413) may be answered and closed before all of it is written: read anyway.
  http::write(stream, request, error);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(stream, buffer, response, error);
  if (error) return {};
  Reply reply{static_cast<int>(response.result_int()), response.body(), {}};
  for (const auto& field : response) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    reply.headers[name] = std::string(field.value());
  }
  return reply;
}

// A staff member signed in through POST /api/v1/session: sends the cookie, and the CSRF token on
// state-changing requests.
class StaffSession {
 public:
  // Anonymous: no cookie, no token.
  explicit StaffSession(int port) : port_(port) {}
  StaffSession(int port, const std::string& login, const std::string& password) : port_(port) {
    nlohmann::json body = {{"login", login}, {"password", password}};
    Reply reply = Send(port, "POST", "/api/v1/session", body.dump());
    login_status_ = reply.status;
    if (reply.status != 200) return;
    std::string cookie = reply.headers["set-cookie"];
    cookie_ = cookie.substr(0, cookie.find(';'));
    csrf_ = reply.Json()["csrf_token"];
  }
  // Another server sharing the database, same session.
  StaffSession On(int port) const {
    StaffSession other = *this;
    other.port_ = port;
    return other;
  }
  int login_status() const { return login_status_; }
  const std::string& csrf() const { return csrf_; }
  const std::string& cookie() const { return cookie_; }  // "gk_session=…"

  Reply Get(const std::string& target) const {
    return Send(port_, "GET", target, "", Headers(false));
  }
  Reply Call(const std::string& method, const std::string& target,
             const nlohmann::json& body = nlohmann::json::object()) const {
    return Send(port_, method, target, body.dump(), Headers(true));
  }
  Reply Post(const std::string& target,
             const nlohmann::json& body = nlohmann::json::object()) const {
    return Call("POST", target, body);
  }
  Reply Put(const std::string& target, const nlohmann::json& body) const {
    return Call("PUT", target, body);
  }

 private:
  std::map<std::string, std::string> Headers(bool with_csrf) const {
    std::map<std::string, std::string> headers;
    if (!cookie_.empty()) headers["Cookie"] = cookie_;
    if (with_csrf && !csrf_.empty()) headers["X-CSRF-Token"] = csrf_;
    return headers;
  }

  int port_ = 0;
  int login_status_ = 0;
  std::string cookie_;
  std::string csrf_;
};

}  // namespace gongkai::server::testing
