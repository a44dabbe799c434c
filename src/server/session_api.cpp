// Logging in and out, the current session, and changing one's own password.
#include "base/crypto.hpp"
#include "server/api_support.hpp"
#include "server/authorization.hpp"
#include "server/staff_api.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

// Login rate limits, counted in the database so that they hold across server processes.
constexpr std::int64_t kFailureWindowSeconds = std::int64_t{15} * 60;
constexpr int kMaxFailuresPerLogin = 5;
constexpr int kMaxFailuresPerClient = 20;

nlohmann::ordered_json SessionJson(const store::SignedIn& session) {
  return {{"user", UserJson(session.user)},
          {"csrf_token", session.csrf_token},
          {"expires_at", session.expires_at}};
}

// Verifying against a fixed hash for unknown logins keeps their response time the same as a
// wrong password's, so that logins cannot be discovered by timing.
const std::string& DummyHash() {
  static const std::string kHash = HashPassword("gongkai-no-such-user").value_or("");
  return kHash;
}

HttpResponse Login(const HttpRequest& request, const PathParams&, HandlerContext& context) {
  std::string login;
  std::string password;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(login, fields.RequiredString("login", 40));
    GONGKAI_ASSIGN_OR_RETURN(password, fields.RequiredString("password", kMaxPasswordBytes));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  Result<store::LoginFailureCounts> failures =
      context.store.CountLoginFailures(login, request.client, context.now - kFailureWindowSeconds);
  if (!failures) return ErrorResponse(failures.error());
  if (failures->by_login >= kMaxFailuresPerLogin || failures->by_client >= kMaxFailuresPerClient) {
    HttpResponse limited = ErrorResponse(Error{
        ErrorCode::kRateLimited, "登录失败次数过多，请 15 分钟后再试或联系管理员重置密码", {}});
    limited.headers.emplace_back("Retry-After", std::to_string(kFailureWindowSeconds));
    return limited;
  }
  Result<store::User> user = context.store.FindUserByLogin(login);
  Result<std::string> stored =
      user ? context.store.PasswordHashOf(user->id) : Result<std::string>(DummyHash());
  bool valid = VerifyPassword(stored.value_or(DummyHash()), password) && user && stored;
  if (!valid) {
    context.store.SetActor("public");
    if (Result<void> recorded =
            context.store.RecordLoginFailure(login, request.client, context.now);
        !recorded) {
      return ErrorResponse(recorded.error());
    }
    return ErrorResponse(Error{ErrorCode::kUnauthenticated, "登录名或密码错误", {}});
  }
  context.store.SetActor("user:" + user->login);
  if (Result<void> cleared = context.store.ClearLoginFailures(login); !cleared) {
    return ErrorResponse(cleared.error());
  }
  std::string token = RandomHex(32);
  store::SignedIn session{*user, RandomHex(32), context.now + kSessionSeconds};
  if (Result<void> created = context.store.CreateSession(
          {Sha256Hex(token), user->id, session.csrf_token, context.now, session.expires_at});
      !created) {
    return ErrorResponse(created.error());
  }
  HttpResponse response = JsonResponse(200, SessionJson(session));
  response.headers.emplace_back("Set-Cookie",
                                SessionCookie(token, kSessionSeconds, context.secure_cookies));
  return response;
}

HttpResponse CurrentSession(const HttpRequest&, const PathParams&, HandlerContext& context) {
  return JsonResponse(200, SessionJson(*context.session));
}

HttpResponse Logout(const HttpRequest& request, const PathParams&, HandlerContext& context) {
  std::optional<std::string> token = SessionTokenOf(request);
  if (token) {
    if (Result<void> ended = context.store.DeleteSession(Sha256Hex(*token)); !ended) {
      return ErrorResponse(ended.error());
    }
  }
  HttpResponse response;
  response.status = 204;
  response.headers.emplace_back("Set-Cookie", ExpiredSessionCookie(context.secure_cookies));
  return response;
}

HttpResponse ChangeOwnPassword(const HttpRequest& request, const PathParams&,
                               HandlerContext& context) {
  std::string current;
  std::string replacement;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(current, fields.RequiredString("current_password", kMaxPasswordBytes));
    GONGKAI_ASSIGN_OR_RETURN(replacement, fields.RequiredString("new_password", kMaxPasswordBytes));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  Result<std::string> stored = context.store.PasswordHashOf(context.session->user.id);
  if (!stored) return ErrorResponse(stored.error());
  if (!VerifyPassword(*stored, current)) {
    return ErrorResponse(Error::InvalidArgument("current_password：当前密码不正确"));
  }
  Result<std::string> hashed = HashPassword(replacement);
  if (!hashed) {
    Error error = hashed.error();
    error.message = "new_" + error.message;  // "new_password：…"
    return ErrorResponse(error);
  }
  if (Result<void> set = context.store.SetPasswordHash(context.session->user.id, *hashed); !set) {
    return ErrorResponse(set.error());
  }
  // Every session of the user ended, this one included: log in again.
  HttpResponse response;
  response.status = 204;
  response.headers.emplace_back("Set-Cookie", ExpiredSessionCookie(context.secure_cookies));
  return response;
}

}  // namespace

void AddSessionRoutes(Router& router) {
  router.Add("POST", "/api/v1/session", "登录（设置会话 Cookie，返回 CSRF 令牌）", Login);
  router.AddStaff("GET", "/api/v1/session", "当前登录用户、角色和 CSRF 令牌", CurrentSession);
  router.AddStaff("DELETE", "/api/v1/session", "退出登录", Logout);
  router.AddStaff("PUT", "/api/v1/session/password", "修改本人密码（结束所有会话）",
                  ChangeOwnPassword);
}

}  // namespace gongkai::server
