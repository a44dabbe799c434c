#include "server/openapi.hpp"

#include <algorithm>
#include <cctype>

namespace gongkai::server {
namespace {

using nlohmann::ordered_json;

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

ordered_json PathParameters(const std::string& pattern) {
  ordered_json parameters = ordered_json::array();
  for (std::size_t open = pattern.find('{'); open != std::string::npos;
       open = pattern.find('{', open + 1)) {
    std::size_t close = pattern.find('}', open);
    parameters.push_back({{"name", pattern.substr(open + 1, close - open - 1)},
                          {"in", "path"},
                          {"required", true},
                          {"schema", {{"type", "string"}}}});
  }
  return parameters;
}

}  // namespace

ordered_json OpenApiDocument(const Router& router) {
  ordered_json paths = ordered_json::object();
  for (const Route& route : router.routes()) {
    ordered_json operation = {
        {"summary", route.summary},
        {"responses",
         {{"default", {{"description", "JSON; errors as {\"error\": {\"code\", \"message\"}}"}}}}}};
    ordered_json parameters = PathParameters(route.pattern);
    if (!parameters.empty()) operation["parameters"] = std::move(parameters);
    paths[route.pattern][Lower(route.method)] = std::move(operation);
  }
  return {{"openapi", "3.0.3"},
          {"info", {{"title", "公开 Gongkai API"}, {"version", "1"}}},
          {"paths", std::move(paths)}};
}

}  // namespace gongkai::server
