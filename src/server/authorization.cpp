#include "server/authorization.hpp"

#include "base/crypto.hpp"
#include "base/text.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

std::string_view PermissionLabel(core::Permission permission) {
  switch (permission) {
    case core::Permission::kViewLedger:
      return "查看本机关台账";
    case core::Permission::kRecordCase:
      return "办理依申请公开（工作人员）";
    case core::Permission::kApproveExtension:
      return "批准延期答复（负责人，条例第三十三条）";
    case core::Permission::kEditPublication:
      return "编辑主动公开条目（工作人员）";
    case core::Permission::kReviewContent:
      return "内容审核（审核人）";
    case core::Permission::kReviewSecrecy:
      return "保密审查（保密审查人，条例第十七条）";
    case core::Permission::kRecordAppeal:
      return "登记复议诉讼（工作人员）";
    case core::Permission::kEnterStatistics:
      return "填报第二十条统计数据（工作人员）";
    case core::Permission::kEditReport:
      return "编辑年度报告（工作人员）";
    case core::Permission::kPublishReport:
      return "签发年度报告（负责人，条例第四十九条）";
    case core::Permission::kManageUsers:
      return "管理用户（管理员）";
    case core::Permission::kManageOrganisations:
      return "管理机关（管理员）";
    case core::Permission::kManageCalendar:
      return "维护工作日历（上级政府管理员）";
  }
  return "";
}

}  // namespace

std::optional<std::string> SessionTokenOf(const HttpRequest& request) {
  auto header = request.headers.find("cookie");
  if (header == request.headers.end()) return std::nullopt;
  for (std::string_view pair : text::Split(header->second, ';')) {
    pair = text::Trim(pair);
    std::size_t equals = pair.find('=');
    if (equals == std::string_view::npos) continue;
    if (pair.substr(0, equals) == kSessionCookie) return std::string(pair.substr(equals + 1));
  }
  return std::nullopt;
}

std::string SessionCookie(std::string_view token, std::int64_t max_age_seconds, bool secure) {
  return std::string(kSessionCookie) + "=" + std::string(token) +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_seconds) +
         (secure ? "; Secure" : "");
}

std::string ExpiredSessionCookie(bool secure) { return SessionCookie("", 0, secure); }

Result<store::SignedIn> Authenticate(const HttpRequest& request, store::Store& store,
                                     std::int64_t now) {
  std::optional<std::string> token = SessionTokenOf(request);
  // Tokens are 64 hex characters; anything else cannot be a session.
  if (!token || token->size() != 64) {
    return Error{ErrorCode::kUnauthenticated, "请先登录", {}};
  }
  GONGKAI_ASSIGN_OR_RETURN(std::optional<store::SignedIn> session,
                           store.FindSession(Sha256Hex(*token), now));
  if (!session) return Error{ErrorCode::kUnauthenticated, "登录已过期，请重新登录", {}};
  bool safe = request.method == "GET" || request.method == "HEAD";
  if (!safe) {
    auto csrf = request.headers.find(std::string(kCsrfHeader));
    if (csrf == request.headers.end() || !ConstantTimeEquals(csrf->second, session->csrf_token)) {
      return Error::PermissionDenied("缺少或错误的 CSRF 令牌（X-CSRF-Token），请刷新页面后重试");
    }
  }
  return std::move(*session);
}

namespace {

Result<const core::OrgTree*> TreeOf(HandlerContext& context) {
  if (!context.org_tree) {
    GONGKAI_ASSIGN_OR_RETURN(std::vector<core::Organisation> organisations,
                             context.store.ListOrganisations());
    context.org_tree.emplace(organisations);
  }
  return &*context.org_tree;
}

// A role held on the organisation itself needs no tree (the common case: an officer in their own
// office); only scopes over descendants and the calendar do.
bool AllowedDirectly(const HandlerContext& context, core::Permission permission, core::OrgId org) {
  if (permission == core::Permission::kManageCalendar) return false;
  for (const core::RoleGrant& grant : context.session->user.roles) {
    if (grant.org == org && core::RoleCarries(grant.role, permission)) return true;
  }
  return false;
}

// Whether any grant could allow `permission` somewhere other than its own organisation (a scope
// over descendants, or the calendar): only then is the tree needed.
bool NeedsTree(const HandlerContext& context, core::Permission permission) {
  for (const core::RoleGrant& grant : context.session->user.roles) {
    if (core::RoleCarries(grant.role, permission) &&
        (core::ReachesDescendants(grant.role) || permission == core::Permission::kManageCalendar)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool Allowed(HandlerContext& context, core::Permission permission, core::OrgId org) {
  if (context.session == nullptr) return false;
  if (AllowedDirectly(context, permission, org)) return true;
  if (!NeedsTree(context, permission)) return false;
  Result<const core::OrgTree*> tree = TreeOf(context);
  if (!tree) return false;
  return core::Allows(context.session->user.roles, **tree, permission, org);
}

Result<void> Require(HandlerContext& context, core::Permission permission, core::OrgId org) {
  if (context.session == nullptr) return Error{ErrorCode::kUnauthenticated, "请先登录", {}};
  // Roles reference existing organisations (foreign key), so a direct grant proves it exists.
  if (AllowedDirectly(context, permission, org)) return {};
  if (!NeedsTree(context, permission)) {
    return Error::PermissionDenied("没有权限：此操作需要“" +
                                   std::string(PermissionLabel(permission)) + "”的角色");
  }
  GONGKAI_ASSIGN_OR_RETURN(const core::OrgTree* found, TreeOf(context));
  const core::OrgTree& tree = *found;
  if (permission != core::Permission::kManageCalendar && !tree.Contains(org)) {
    return Error::NotFound("机关编号 " + std::to_string(org) + " 不存在");
  }
  if (!core::Allows(context.session->user.roles, tree, permission, org)) {
    return Error::PermissionDenied("没有权限：此操作需要“" +
                                   std::string(PermissionLabel(permission)) + "”的角色");
  }
  return {};
}

std::string ActorOf(const HandlerContext& context) {
  return context.session == nullptr ? "public" : "user:" + context.session->user.login;
}

}  // namespace gongkai::server
