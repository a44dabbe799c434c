// Test helper: a minimal blocking HTTP/1.1 client over loopback (Boost.Beast).
#pragma once

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <string>

namespace gongkai::server::testing {

struct Reply {
  int status = 0;
  std::string body;
};

// One request on a new connection; status 0 when the server could not be reached.
inline Reply Send(int port, const std::string& method, const std::string& target,
                  const std::string& body = "") {
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
  request.body() = body;
  request.prepare_payload();
  // A refused request (413) may be answered and closed before all of it is written: read anyway.
  http::write(stream, request, error);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(stream, buffer, response, error);
  if (error) return {};
  return {static_cast<int>(response.result_int()), response.body()};
}

}  // namespace gongkai::server::testing
