#include "server/http.hpp"

#include <cctype>

namespace gongkai::server {

// The only place that maps error codes to HTTP statuses.
int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kFailedPrecondition:
      return 422;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kPermissionDenied:
      return 403;
    case ErrorCode::kRateLimited:
      return 429;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

HttpResponse JsonResponse(int status, const nlohmann::ordered_json& body) {
  HttpResponse response;
  response.status = status;
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

HttpResponse ErrorResponse(const Error& error) {
  return JsonResponse(
      HttpStatusFor(error.code),
      {{"error", {{"code", std::string(ToString(error.code))}, {"message", error.message}}}});
}

Result<nlohmann::json> ParseJsonBody(const std::string& body) {
  int deepest = 0;
  nlohmann::json::parser_callback_t limit_depth = [&](int depth, nlohmann::json::parse_event_t,
                                                      nlohmann::json&) {
    deepest = std::max(deepest, depth);
    return true;
  };
  try {
    nlohmann::json value = nlohmann::json::parse(body, limit_depth);
    if (deepest > kMaxJsonDepth) {
      return Error::InvalidArgument("请求体嵌套超过 " + std::to_string(kMaxJsonDepth) + " 层");
    }
    return value;
  } catch (const nlohmann::json::parse_error& error) {
    return Error::InvalidArgument("请求体不是有效的 JSON（第 " + std::to_string(error.byte) +
                                  " 字节附近）");
  } catch (const nlohmann::json::exception& error) {
    // e.g. a number beyond the range of a double (found by request_fuzz_test).
    return Error::InvalidArgument("请求体不是有效的 JSON（" + std::string(error.what()) + "）");
  }
}

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
               HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::map<std::string, std::string> ParseQuery(std::string_view query) {
  std::map<std::string, std::string> out;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    std::size_t equals = pair.find('=');
    out[PercentDecode(pair.substr(0, equals))] =
        equals == std::string_view::npos ? "" : PercentDecode(pair.substr(equals + 1));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return out;
}

std::string QueryValue(const HttpRequest& request, const char* name) {
  auto found = request.query.find(name);
  return found == request.query.end() ? "" : found->second;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool unreserved =
        std::isalnum(byte) != 0 || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

}  // namespace gongkai::server
