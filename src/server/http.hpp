// Transport-neutral HTTP values: what handlers receive and return. Handlers never see the HTTP
// library (Boost.Beast lives in server.cpp only).
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace gongkai::server {

struct HttpRequest {
  std::string method;                          // "GET", "POST", …
  std::string path;                            // without the query string
  std::map<std::string, std::string> query;    // decoded
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string client;  // the peer's address (X-Forwarded-For's first when behind a trusted proxy)
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

HttpResponse JsonResponse(int status, const nlohmann::ordered_json& body);
// {"error": {"code": "invalid_argument", "message": "…"}} with the status of error.code
// (error_mapping.cpp). error.detail is never sent.
HttpResponse ErrorResponse(const Error& error);
int HttpStatusFor(ErrorCode code);

// Parses a JSON request body with a nesting limit. Fails with kInvalidArgument naming the line
// and column, or the depth.
inline constexpr int kMaxJsonDepth = 16;
Result<nlohmann::json> ParseJsonBody(const std::string& body);

// Percent-decodes a query string "a=1&b=%E4%B8%AD" into a map.
std::map<std::string, std::string> ParseQuery(std::string_view query);
// A query parameter's value, "" when absent.
std::string QueryValue(const HttpRequest& request, const char* name);
// Percent-encodes every byte but unreserved ASCII (RFC 3986 §2.3) and '/'.
std::string PercentEncode(std::string_view text);

}  // namespace gongkai::server
