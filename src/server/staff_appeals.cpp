// Administrative reconsideration and litigation (table 四), linked to an application when known.
#include "server/api_support.hpp"
#include "server/authorization.hpp"
#include "server/staff_api.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

using nlohmann::ordered_json;

ordered_json AppealJson(const core::Appeal& appeal) {
  return {{"id", appeal.id},
          {"org", appeal.org},
          {"application",
           appeal.application ? ordered_json(*appeal.application) : ordered_json(nullptr)},
          {"kind", std::string(core::ToString(appeal.kind))},
          {"after_reconsideration", appeal.after_reconsideration},
          {"filed_on", appeal.filed_on.ToString()},
          {"decided_on", DateOrNull(appeal.decided_on)},
          {"result", std::string(core::ToString(appeal.result))},
          {"case_number", appeal.case_number}};
}

HttpResponse ListAppeals(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  if (Result<void> allowed = Require(context, core::Permission::kViewLedger, *org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<std::vector<core::Appeal>> appeals = context.store.ListAppeals(*org);
  if (!appeals) return ErrorResponse(appeals.error());
  ordered_json items = ordered_json::array();
  for (const core::Appeal& appeal : *appeals) items.push_back(AppealJson(appeal));
  return JsonResponse(200, {{"items", items}});
}

HttpResponse AddAppeal(const HttpRequest& request, const PathParams& params,
                       HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  if (Result<void> allowed = Require(context, core::Permission::kRecordAppeal, *org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  core::Appeal appeal;
  appeal.org = *org;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(appeal.application, fields.OptionalInteger("application"));
    GONGKAI_ASSIGN_OR_RETURN(appeal.kind, fields.RequiredEnum("kind", core::kAllAppealKinds));
    GONGKAI_ASSIGN_OR_RETURN(appeal.after_reconsideration,
                             fields.OptionalBool("after_reconsideration", false));
    GONGKAI_ASSIGN_OR_RETURN(appeal.filed_on, fields.RequiredDate("filed_on"));
    GONGKAI_ASSIGN_OR_RETURN(appeal.case_number, fields.OptionalString("case_number", 100));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (appeal.filed_on > context.today) {
    return ErrorResponse(Error::InvalidArgument("filed_on：日期晚于今天"));
  }
  Result<core::AppealId> id = context.store.AddAppeal(appeal);
  if (!id) return ErrorResponse(id.error());
  Result<core::Appeal> stored = context.store.GetAppeal(*id);
  if (!stored) return ErrorResponse(stored.error());
  return JsonResponse(201, AppealJson(*stored));
}

HttpResponse DecideAppeal(const HttpRequest& request, const PathParams& params,
                          HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  Result<core::Appeal> appeal = context.store.GetAppeal(*id);
  if (!appeal) return ErrorResponse(appeal.error());
  if (Result<void> allowed = Require(context, core::Permission::kRecordAppeal, appeal->org);
      !allowed) {
    return ErrorResponse(allowed.error());
  }
  Date decided_on;
  core::AppealResult result = core::AppealResult::kPending;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(decided_on, fields.RequiredDate("decided_on"));
    GONGKAI_ASSIGN_OR_RETURN(result, fields.RequiredEnum("result", core::kAllAppealResults));
    if (result == core::AppealResult::kPending) {
      return Error::InvalidArgument("result：审结结果不能是 pending");
    }
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (decided_on > context.today) {
    return ErrorResponse(Error::InvalidArgument("decided_on：日期晚于今天"));
  }
  if (Result<void> decided = context.store.DecideAppeal(*id, decided_on, result); !decided) {
    return ErrorResponse(decided.error());
  }
  Result<core::Appeal> stored = context.store.GetAppeal(*id);
  if (!stored) return ErrorResponse(stored.error());
  return JsonResponse(200, AppealJson(*stored));
}

}  // namespace

void AddAppealRoutes(Router& router) {
  router.AddStaff("GET", "/api/v1/organisations/{org}/appeals", "行政复议、行政诉讼案件",
                  ListAppeals);
  router.AddStaff("POST", "/api/v1/organisations/{org}/appeals", "登记复议或诉讼案件", AddAppeal);
  router.AddStaff("POST", "/api/v1/appeals/{id}/decision", "记录审结结果", DecideAppeal);
}

}  // namespace gongkai::server
