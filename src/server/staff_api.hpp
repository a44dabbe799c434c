// The signed-in part of the API under /api/v1, one function per area. Every handler checks the
// session's roles on the organisation concerned (authorization.hpp) before reading or writing.
#pragma once

#include <optional>

#include "core/access.hpp"
#include "core/organisation.hpp"
#include "server/router.hpp"

namespace gongkai::server {

void AddSessionRoutes(Router& router);         // session_api.cpp
void AddApplicationRoutes(Router& router);     // staff_applications.cpp
void AddPublicationRoutes(Router& router);     // staff_publications.cpp
void AddAppealRoutes(Router& router);          // staff_appeals.cpp
void AddReportRoutes(Router& router);          // staff_reports.cpp
void AddAdministrationRoutes(Router& router);  // admin_api.cpp
void AddLetterRoutes(Router& router);          // staff_letters.cpp

// 个人信息: in full only to the officer handling the case (staff_applications.cpp).
bool SeesPersonalData(HandlerContext& context, core::OrgId org,
                      const std::optional<core::UserId>& handler);

}  // namespace gongkai::server
