// The public endpoints, no login: organisations, the catalogue, annual reports, applying online
// (returns a query code) and tracking a case by its query code. No personal data leaves here:
// tracking shows the state, the due date and its breakdown, never the applicant.
#pragma once

#include "server/router.hpp"

namespace gongkai::server {

void AddPublicRoutes(Router& router);

}  // namespace gongkai::server
