// Proactive publication (主动公开): catalogue entries and their review steps
// ("谁公开谁审查": content review, then confidentiality review under 条例 Art. 17).
#include "server/api_support.hpp"
#include "server/authorization.hpp"
#include "server/staff_api.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

using nlohmann::ordered_json;

core::Permission PermissionFor(core::PublicationStep step) {
  switch (step) {
    case core::PublicationStep::kApproveContent:
    case core::PublicationStep::kReturnContent:
      return core::Permission::kReviewContent;
    case core::PublicationStep::kApproveSecrecy:
    case core::PublicationStep::kReturnSecrecy:
      return core::Permission::kReviewSecrecy;
    case core::PublicationStep::kSubmit:
    case core::PublicationStep::kPublish:
    case core::PublicationStep::kRepeal:
      return core::Permission::kEditPublication;
  }
  return core::Permission::kEditPublication;
}

HttpResponse PublicationResponse(int status, const core::Publication& item,
                                 HandlerContext& context) {
  ordered_json out = PublicationJson(item);
  ordered_json steps = ordered_json::array();
  for (core::PublicationStep step : core::kAllPublicationSteps) {
    core::PublicationEvent probe{step, context.today, "probe", "probe"};
    if (!core::ApplyStep(item, probe)) continue;
    if (!Allowed(context, PermissionFor(step), item.org)) continue;
    steps.push_back(std::string(core::ToString(step)));
  }
  out["allowed_steps"] = steps;
  return JsonResponse(status, out);
}

HttpResponse ListPublications(const HttpRequest& request, const PathParams& params,
                              HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  if (Result<void> allowed = Require(context, core::Permission::kViewLedger, *org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  std::optional<core::PublicationState> state;
  if (auto found = request.query.find("state"); found != request.query.end()) {
    state = core::PublicationStateFromString(found->second);
    if (!state)
      return ErrorResponse(Error::InvalidArgument("state：未知的状态“" + found->second + "”"));
  }
  Result<std::vector<core::Publication>> items = context.store.ListPublications(*org, state);
  if (!items) return ErrorResponse(items.error());
  ordered_json out = ordered_json::array();
  for (const core::Publication& item : *items) out.push_back(PublicationJson(item));
  return JsonResponse(200, {{"items", out}});
}

HttpResponse AddPublication(const HttpRequest& request, const PathParams& params,
                            HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  if (Result<void> allowed = Require(context, core::Permission::kEditPublication, *org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  core::Publication item;
  item.org = *org;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(item.index_number, fields.OptionalString("index_number", 60));
    GONGKAI_ASSIGN_OR_RETURN(item.title, fields.RequiredString("title", 300));
    GONGKAI_ASSIGN_OR_RETURN(item.document_number, fields.OptionalString("document_number", 60));
    GONGKAI_ASSIGN_OR_RETURN(item.publisher, fields.RequiredString("publisher", 100));
    GONGKAI_ASSIGN_OR_RETURN(item.written_on, fields.RequiredDate("written_on"));
    GONGKAI_ASSIGN_OR_RETURN(item.category, fields.RequiredString("category", 100));
    GONGKAI_ASSIGN_OR_RETURN(item.method, fields.OptionalString("method", 60));
    GONGKAI_ASSIGN_OR_RETURN(item.document_type,
                             fields.RequiredEnum("document_type", core::kAllDocumentTypes));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (item.method.empty()) item.method = "政府网站";
  Result<core::PublicationId> id = context.store.AddPublication(item);
  if (!id) return ErrorResponse(id.error());
  Result<core::Publication> stored = context.store.GetPublication(*id);
  if (!stored) return ErrorResponse(stored.error());
  return PublicationResponse(201, *stored, context);
}

HttpResponse GetPublication(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  Result<core::Publication> item = context.store.GetPublication(*id);
  if (!item) return ErrorResponse(item.error());
  if (Result<void> allowed = Require(context, core::Permission::kViewLedger, item->org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  return PublicationResponse(200, *item, context);
}

HttpResponse RecordStep(const HttpRequest& request, const PathParams& params,
                        HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  std::optional<core::PublicationStep> step = core::PublicationStepFromString(params.at("step"));
  if (!step) return ErrorResponse(Error::NotFound("没有这个审核步骤：" + params.at("step")));
  Result<core::Publication> item = context.store.GetPublication(*id);
  if (!item) return ErrorResponse(item.error());
  if (Result<void> allowed = Require(context, PermissionFor(*step), item->org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  core::PublicationEvent event{*step, context.today, context.session->user.display_name, ""};
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(std::optional<Date> date, fields.OptionalDate("date"));
    if (date) event.date = *date;
    GONGKAI_ASSIGN_OR_RETURN(event.comment, fields.OptionalString("comment", 1000));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (event.date > context.today) {
    return ErrorResponse(
        Error::InvalidArgument("date：日期 " + event.date.ToString() + " 晚于今天"));
  }
  Result<core::Publication> next = context.store.RecordPublicationStep(*id, event);
  if (!next) return ErrorResponse(next.error());
  return PublicationResponse(201, *next, context);
}

}  // namespace

void AddPublicationRoutes(Router& router) {
  router.AddStaff("GET", "/api/v1/organisations/{org}/publications",
                  "主动公开台账（含草稿和待审；可按 state 筛选）", ListPublications);
  router.AddStaff("POST", "/api/v1/organisations/{org}/publications", "新建公开条目（草稿）",
                  AddPublication);
  router.AddStaff("GET", "/api/v1/publications/{id}", "一个公开条目及当前可做的审核步骤",
                  GetPublication);
  router.AddStaff("POST", "/api/v1/publications/{id}/steps/{step}",
                  "审核步骤：submit、approve_content、return_content、approve_secrecy、"
                  "return_secrecy、publish、repeal",
                  RecordStep);
}

}  // namespace gongkai::server
