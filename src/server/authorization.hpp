// Sessions and permissions at the HTTP edge: the session cookie, the CSRF token, and the check
// every staff handler makes before touching an organisation's records.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/access.hpp"
#include "server/http.hpp"
#include "server/router.hpp"

namespace gongkai::server {

inline constexpr std::string_view kSessionCookie = "gk_session";
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";
inline constexpr std::int64_t kSessionSeconds =
    std::int64_t{12} * 3600;  // one working day, then log in again

// The session token from the Cookie header, if any.
std::optional<std::string> SessionTokenOf(const HttpRequest& request);
// Set-Cookie values: HttpOnly, SameSite=Strict, Path=/, Secure when `secure`.
std::string SessionCookie(std::string_view token, std::int64_t max_age_seconds, bool secure);
std::string ExpiredSessionCookie(bool secure);

// Resolves the session of a kSignedIn route: kUnauthenticated without a valid session, and
// kPermissionDenied for a state-changing method without the session's CSRF token. The result
// is owned by the caller.
Result<store::SignedIn> Authenticate(const HttpRequest& request, store::Store& store,
                                     std::int64_t now);

// kPermissionDenied unless the session's roles allow `permission` on `org` (core/access.hpp);
// kNotFound for an organisation that does not exist.
Result<void> Require(HandlerContext& context, core::Permission permission, core::OrgId org);
// Whether they do, without an error.
bool Allowed(HandlerContext& context, core::Permission permission, core::OrgId org);

// The actor recorded in the audit trail for the session ("user:wang") or "public".
std::string ActorOf(const HandlerContext& context);

}  // namespace gongkai::server
