// The OpenAPI 3 document of the routes, generated from the router itself so that the two cannot
// disagree (served at /api/v1/openapi.json).
#pragma once

#include <nlohmann/json.hpp>

#include "server/router.hpp"

namespace gongkai::server {

nlohmann::ordered_json OpenApiDocument(const Router& router);

}  // namespace gongkai::server
