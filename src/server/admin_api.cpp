// Administration: organisations, users and roles, the work calendar, the audit trail.
#include "base/crypto.hpp"
#include "server/api_support.hpp"
#include "server/authorization.hpp"
#include "server/calendar_source.hpp"
#include "server/staff_api.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

using nlohmann::ordered_json;

// The organisations the session may see, each with the permissions it holds there.
HttpResponse ListOrganisations(const HttpRequest&, const PathParams&, HandlerContext& context) {
  Result<std::vector<core::Organisation>> organisations = context.store.ListOrganisations();
  if (!organisations) return ErrorResponse(organisations.error());
  core::OrgTree tree(*organisations);
  ordered_json out = ordered_json::array();
  for (const core::Organisation& org : *organisations) {
    ordered_json permissions = ordered_json::array();
    for (core::Permission permission :
         {core::Permission::kViewLedger, core::Permission::kRecordCase,
          core::Permission::kApproveExtension, core::Permission::kEditPublication,
          core::Permission::kReviewContent, core::Permission::kReviewSecrecy,
          core::Permission::kRecordAppeal, core::Permission::kEnterStatistics,
          core::Permission::kEditReport, core::Permission::kPublishReport,
          core::Permission::kManageUsers, core::Permission::kManageOrganisations}) {
      if (core::Allows(context.session->user.roles, tree, permission, org.id)) {
        permissions.push_back(std::string(core::ToString(permission)));
      }
    }
    if (permissions.empty()) continue;
    out.push_back({{"id", org.id},
                   {"name", org.name},
                   {"parent", org.parent ? ordered_json(*org.parent) : ordered_json(nullptr)},
                   {"kind", std::string(core::ToString(org.kind))},
                   {"permissions", permissions}});
  }
  return JsonResponse(200, {{"organisations", out}});
}

HttpResponse AddOrganisation(const HttpRequest& request, const PathParams&,
                             HandlerContext& context) {
  core::Organisation org;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(org.name, fields.RequiredString("name", 100));
    GONGKAI_ASSIGN_OR_RETURN(std::int64_t parent, fields.RequiredInteger("parent"));
    org.parent = parent;
    GONGKAI_ASSIGN_OR_RETURN(org.kind, fields.RequiredEnum("kind", core::kAllOrgKinds));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (Result<void> allowed = Require(context, core::Permission::kManageOrganisations, *org.parent);
      !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<core::OrgId> id = context.store.AddOrganisation(org);
  if (!id) return ErrorResponse(id.error());
  return JsonResponse(201, {{"id", *id}, {"name", org.name}, {"parent", *org.parent}});
}

// An administrator manages a user when every organisation the user has a role in is within
// the administrator's reach (a user without roles: any administrator).
bool ManagesAll(HandlerContext& context, const std::vector<core::RoleGrant>& roles) {
  for (const core::RoleGrant& grant : roles) {
    if (!Allowed(context, core::Permission::kManageUsers, grant.org)) return false;
  }
  return true;
}

bool IsAdministrator(const HandlerContext& context) {
  for (const core::RoleGrant& grant : context.session->user.roles) {
    if (grant.role == core::Role::kAdministrator) return true;
  }
  return false;
}

Result<void> RequireAdministratorOf(HandlerContext& context,
                                    const std::vector<core::RoleGrant>& roles) {
  if (!IsAdministrator(context) || !ManagesAll(context, roles)) {
    return Error::PermissionDenied("没有权限：需要这些机关的管理员角色");
  }
  return {};
}

Result<std::vector<core::RoleGrant>> DecodeRoles(JsonFields& fields) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<const nlohmann::json*> items,
                           fields.OptionalArray("roles", 100));
  std::vector<core::RoleGrant> roles;
  for (std::size_t i = 0; i < items.size(); ++i) {
    GONGKAI_ASSIGN_OR_RETURN(
        JsonFields item,
        JsonFields::Of(*items[i], fields.PathOf("roles") + "[" + std::to_string(i) + "]"));
    core::RoleGrant grant;
    GONGKAI_ASSIGN_OR_RETURN(grant.org, item.RequiredInteger("org"));
    GONGKAI_ASSIGN_OR_RETURN(grant.role, item.RequiredEnum("role", core::kAllRoles));
    GONGKAI_RETURN_IF_ERROR(item.NoOtherFields());
    roles.push_back(grant);
  }
  return roles;
}

HttpResponse ListUsers(const HttpRequest&, const PathParams&, HandlerContext& context) {
  if (!IsAdministrator(context)) {
    return ErrorResponse(Error::PermissionDenied("没有权限：需要管理员角色"));
  }
  Result<std::vector<store::User>> users = context.store.ListUsers();
  if (!users) return ErrorResponse(users.error());
  ordered_json out = ordered_json::array();
  for (const store::User& user : *users) {
    if (ManagesAll(context, user.roles)) out.push_back(UserJson(user));
  }
  return JsonResponse(200, {{"users", out}});
}

HttpResponse AddUser(const HttpRequest& request, const PathParams&, HandlerContext& context) {
  store::NewUser user;
  std::string password;
  std::vector<core::RoleGrant> roles;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(user.login, fields.RequiredString("login", 40));
    GONGKAI_ASSIGN_OR_RETURN(user.display_name, fields.RequiredString("display_name", 60));
    GONGKAI_ASSIGN_OR_RETURN(password, fields.RequiredString("password", kMaxPasswordBytes));
    GONGKAI_ASSIGN_OR_RETURN(roles, DecodeRoles(fields));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (Result<void> allowed = RequireAdministratorOf(context, roles); !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<std::string> hashed = HashPassword(password);
  if (!hashed) return ErrorResponse(hashed.error());
  user.password_hash = *hashed;
  Result<core::UserId> id = Error::Internal("");
  Result<void> stored = context.store.Batch([&]() -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(id, context.store.AddUser(user));
    return context.store.SetRoles(*id, roles);
  });
  if (!stored) return ErrorResponse(stored.error());
  Result<store::User> created = context.store.GetUser(*id);
  if (!created) return ErrorResponse(created.error());
  return JsonResponse(201, UserJson(*created));
}

HttpResponse SetRoles(const HttpRequest& request, const PathParams& params,
                      HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  Result<store::User> user = context.store.GetUser(*id);
  if (!user) return ErrorResponse(user.error());
  std::vector<core::RoleGrant> roles;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(roles, DecodeRoles(fields));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  std::vector<core::RoleGrant> touched = user->roles;
  touched.insert(touched.end(), roles.begin(), roles.end());
  if (Result<void> allowed = RequireAdministratorOf(context, touched); !allowed) {
    return ErrorResponse(allowed.error());
  }
  if (Result<void> set = context.store.SetRoles(*id, roles); !set) {
    return ErrorResponse(set.error());
  }
  return JsonResponse(200, UserJson(*context.store.GetUser(*id)));
}

HttpResponse ResetPassword(const HttpRequest& request, const PathParams& params,
                           HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  Result<store::User> user = context.store.GetUser(*id);
  if (!user) return ErrorResponse(user.error());
  std::string password;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(password, fields.RequiredString("password", kMaxPasswordBytes));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (Result<void> allowed = RequireAdministratorOf(context, user->roles); !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<std::string> hashed = HashPassword(password);
  if (!hashed) return ErrorResponse(hashed.error());
  if (Result<void> set = context.store.SetPasswordHash(*id, *hashed); !set) {
    return ErrorResponse(set.error());
  }
  HttpResponse response;
  response.status = 204;
  return response;
}

HttpResponse ListCalendar(const HttpRequest&, const PathParams&, HandlerContext& context) {
  Result<std::vector<store::CalendarYear>> years = context.store.ListCalendarYears();
  if (!years) return ErrorResponse(years.error());
  ordered_json entered = ordered_json::array();
  for (const store::CalendarYear& year : *years) {
    entered.push_back({{"year", year.year},
                       {"entries", year.entries},
                       {"entered_by", year.entered_by},
                       {"entered_at", year.entered_at}});
  }
  return JsonResponse(200, {{"first_year", context.calendar.first_year()},
                            {"last_year", context.calendar.last_year()},
                            {"entered_years", entered},
                            {"editable", Allowed(context, core::Permission::kManageCalendar, 0)}});
}

// An administrator of a top-level organisation enters a year's holidays (国务院办公厅 notice) as
// calendar CSV lines; the year must complete the calendar (core::WithEnteredYears).
HttpResponse PutCalendarYear(const HttpRequest& request, const PathParams& params,
                             HandlerContext& context) {
  Result<std::int64_t> year = IdParam(params, "year");
  if (!year) return ErrorResponse(year.error());
  if (*year < 2000 || *year > 2100)
    return ErrorResponse(Error::InvalidArgument("year：年份超出范围"));
  if (Result<void> allowed = Require(context, core::Permission::kManageCalendar, 0); !allowed) {
    return ErrorResponse(allowed.error());
  }
  store::CalendarYear entered;
  entered.year = static_cast<int>(*year);
  entered.entered_by = context.session->user.display_name;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(entered.entries, fields.RequiredString("entries", 20000));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  Result<std::vector<store::CalendarYear>> years = context.store.ListCalendarYears();
  if (!years) return ErrorResponse(years.error());
  std::erase_if(*years, [&](const store::CalendarYear& y) { return y.year == entered.year; });
  years->push_back(entered);
  std::sort(years->begin(), years->end(),
            [](const auto& a, const auto& b) { return a.year < b.year; });
  if (Result<core::WorkCalendar> valid = context.calendars.BuildWith(*years); !valid) {
    return ErrorResponse(Error::InvalidArgument("entries：" + valid.error().message));
  }
  if (Result<void> stored = context.store.PutCalendarYear(entered); !stored) {
    return ErrorResponse(stored.error());
  }
  if (Result<void> reloaded = context.calendars.Reload(context.store); !reloaded) {
    return ErrorResponse(reloaded.error());
  }
  std::shared_ptr<const core::WorkCalendar> now = context.calendars.Current();
  return JsonResponse(
      200,
      {{"year", entered.year}, {"first_year", now->first_year()}, {"last_year", now->last_year()}});
}

// The audit trail is the district's: administrators of a top-level organisation read it.
HttpResponse ListAudit(const HttpRequest& request, const PathParams&, HandlerContext& context) {
  if (Result<void> allowed = Require(context, core::Permission::kManageCalendar, 0); !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<std::optional<std::int64_t>> limit = IntegerQuery(request, "limit");
  if (!limit) return ErrorResponse(limit.error());
  if (*limit && (**limit < 1 || **limit > 1000)) {
    return ErrorResponse(Error::InvalidArgument("limit：应在 1–1000 之间"));
  }
  Result<std::vector<store::AuditEntry>> entries =
      context.store.ListAudit(static_cast<int>(limit->value_or(100)));
  if (!entries) return ErrorResponse(entries.error());
  ordered_json out = ordered_json::array();
  for (const store::AuditEntry& entry : *entries) {
    out.push_back({{"seq", entry.seq},
                   {"at", entry.at},
                   {"actor", entry.actor},
                   {"action", entry.action},
                   {"target", entry.target},
                   {"before", nlohmann::ordered_json::parse(entry.before, nullptr, false)},
                   {"after", nlohmann::ordered_json::parse(entry.after, nullptr, false)},
                   {"hash", entry.hash}});
  }
  return JsonResponse(200, {{"entries", out}});
}

HttpResponse VerifyAudit(const HttpRequest&, const PathParams&, HandlerContext& context) {
  if (Result<void> allowed = Require(context, core::Permission::kManageCalendar, 0); !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<store::AuditVerification> verified = context.store.VerifyAudit();
  if (!verified) return ErrorResponse(verified.error());
  return JsonResponse(200, {{"intact", verified->problem.empty()},
                            {"entries", verified->entries},
                            {"head_hash", verified->head_hash},
                            {"problem", verified->problem}});
}

}  // namespace

void AddAdministrationRoutes(Router& router) {
  router.AddStaff("GET", "/api/v1/organisations", "本人有权限的机关及权限", ListOrganisations);
  router.AddStaff("POST", "/api/v1/organisations", "新增下级机关（上级机关管理员）",
                  AddOrganisation);
  router.AddStaff("GET", "/api/v1/users", "用户列表（管理员，限其管辖机关）", ListUsers);
  router.AddStaff("POST", "/api/v1/users", "新增用户及其角色（管理员）", AddUser);
  router.AddStaff("PUT", "/api/v1/users/{id}/roles", "设置用户的角色（管理员）", SetRoles);
  router.AddStaff("PUT", "/api/v1/users/{id}/password", "重置用户密码（管理员；结束其会话）",
                  ResetPassword);
  router.AddStaff("GET", "/api/v1/calendar", "工作日历覆盖年份及管理员录入的年份", ListCalendar);
  router.AddStaff("PUT", "/api/v1/calendar/{year}",
                  "录入某年放假安排（CSV：date,kind,name；上级政府管理员）", PutCalendarYear);
  router.AddStaff("GET", "/api/v1/audit", "审计日志（最新在前）", ListAudit);
  router.AddStaff("GET", "/api/v1/audit/verification", "校验审计日志哈希链", VerifyAudit);
}

}  // namespace gongkai::server
