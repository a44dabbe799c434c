// Disclosure applications (依申请公开): the register, one case with its clock, and its actions.
#include "base/enum_name.hpp"
#include "base/json_writer.hpp"
#include "core/clock.hpp"
#include "core/personal_data.hpp"
#include "server/api_support.hpp"
#include "server/authorization.hpp"
#include "server/clock_json.hpp"
#include "server/staff_api.hpp"
#include "store/store.hpp"

namespace gongkai::server {

bool SeesPersonalData(HandlerContext& context, core::OrgId org,
                      const std::optional<core::UserId>& handler) {
  return handler && *handler == context.session->user.id &&
         Allowed(context, core::Permission::kRecordCase, org);
}

namespace {

using nlohmann::ordered_json;

constexpr std::size_t kMaxNameChars = 100;
constexpr std::size_t kMaxRequestChars = 4000;
constexpr std::size_t kMaxShortChars = 200;

// The JSON of cases is written with JsonWriter: GET /api/v1/applications/{id} is the hottest
// signed-in route (docs/BENCHMARKS.md).
void WriteApplicant(JsonWriter& out, const core::Applicant& applicant, bool full) {
  out.BeginObject()
      .Key("type")
      .String(core::ToString(applicant.type))
      .Key("name")
      .String(applicant.name)
      .Key("id_number")
      .String(full ? applicant.id_number : core::MaskIdNumber(applicant.id_number))
      .Key("contact")
      .String(full ? applicant.contact : core::MaskPhone(applicant.contact))
      .Key("address")
      .String(full ? applicant.address : core::MaskAddress(applicant.address))
      .EndObject();
}

void WriteDate(JsonWriter& out, const std::optional<Date>& date) {
  if (date) {
    out.String(date->ToString());
  } else {
    out.Null();
  }
}

// The case row's fields, inside an object the caller opened.
void WriteCaseRowFields(JsonWriter& out, const core::CaseRow& row) {
  out.Key("id").Int(row.id).Key("org").Int(row.org);
  out.Key("received_on").String(row.received_on.ToString());
  out.Key("state").String(core::ToString(row.state));
  WriteDate(out.Key("due_on"), row.due_on);
  WriteDate(out.Key("closed_on"), row.closed_on);
  out.Key("outcome");
  if (row.outcome) {
    out.String(core::ToString(*row.outcome));
  } else {
    out.Null();
  }
  out.Key("fees_paid_fen").Int(row.fees_paid.fen());
}

void WriteEvent(JsonWriter& out, const core::CaseEvent& event) {
  out.BeginObject();
  out.Key("kind").String(core::ToString(event.kind));
  out.Key("label").String(core::ChineseLabel(event.kind));
  out.Key("date").String(event.date.ToString());
  if (event.days != 0) out.Key("days").Int(event.days);
  if (!event.approver.empty()) out.Key("approver").String(event.approver);
  if (event.until) out.Key("until").String(event.until->ToString());
  if (!event.reason.empty()) out.Key("reason").String(event.reason);
  if (!event.party.empty()) out.Key("party").String(event.party);
  if (event.outcome) out.Key("outcome").String(core::ToString(*event.outcome));
  if (event.fee.fen() != 0) out.Key("fee_fen").Int(event.fee.fen());
  if (event.fee_basis) {
    out.Key("fee_basis").String(core::ToString(*event.fee_basis));
    out.Key("fee_units").Int(event.fee_units);
  }
  if (event.kind == core::CaseEventKind::kReceived) {
    out.Key("channel").String(core::ToString(event.channel));
  }
  out.EndObject();
}

HttpResponse WrittenResponse(int status, JsonWriter&& out) {
  HttpResponse response;
  response.status = status;
  response.body = std::move(out).Take();
  return response;
}

// The permission an action needs: an extension needs the head (条例 Art. 33 ¶2).
core::Permission PermissionFor(core::CaseEventKind kind) {
  return kind == core::CaseEventKind::kExtended ? core::Permission::kApproveExtension
                                                : core::Permission::kRecordCase;
}

HttpResponse ListApplications(const HttpRequest& request, const PathParams& params,
                              HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  if (Result<void> allowed = Require(context, core::Permission::kViewLedger, *org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  store::ApplicationFilter filter;
  filter.org = *org;
  Result<void> decoded = [&]() -> Result<void> {
    auto text = [&](const char* name) -> std::string {
      auto found = request.query.find(name);
      return found == request.query.end() ? "" : found->second;
    };
    if (std::string state = text("state"); !state.empty()) {
      filter.state = EnumFromName(core::kAllCaseStates, state);
      if (!filter.state) return Error::InvalidArgument("state：未知的状态“" + state + "”");
    }
    if (std::string type = text("applicant_type"); !type.empty()) {
      filter.applicant_type = core::ApplicantTypeFromString(type);
      if (!filter.applicant_type) {
        return Error::InvalidArgument("applicant_type：未知的申请人类型“" + type + "”");
      }
    }
    if (std::string channel = text("channel"); !channel.empty()) {
      filter.channel = core::ChannelFromString(channel);
      if (!filter.channel) return Error::InvalidArgument("channel：未知的渠道“" + channel + "”");
    }
    GONGKAI_ASSIGN_OR_RETURN(std::optional<std::int64_t> year, IntegerQuery(request, "year"));
    if (year) filter.received_year = static_cast<int>(*year);
    filter.text = text("q");
    GONGKAI_ASSIGN_OR_RETURN(filter.due_by, DateQuery(request, "due_by"));
    GONGKAI_ASSIGN_OR_RETURN(std::optional<std::int64_t> limit, IntegerQuery(request, "limit"));
    GONGKAI_ASSIGN_OR_RETURN(std::optional<std::int64_t> offset, IntegerQuery(request, "offset"));
    if (limit && (*limit < 1 || *limit > 500)) {
      return Error::InvalidArgument("limit：应在 1–500 之间");
    }
    if (offset && (*offset < 0 || *offset > 100'000'000)) {
      return Error::InvalidArgument("offset：超出范围");
    }
    filter.limit = static_cast<int>(limit.value_or(50));
    filter.offset = static_cast<int>(offset.value_or(0));
    return {};
  }();
  if (!decoded) return ErrorResponse(decoded.error());
  Result<std::vector<store::ApplicationSummary>> listed = context.store.ListApplications(filter);
  if (!listed) return ErrorResponse(listed.error());
  JsonWriter out;
  out.BeginObject().Key("items").BeginArray();
  for (const store::ApplicationSummary& summary : *listed) {
    out.BeginObject();
    WriteCaseRowFields(out, summary.row);
    // Lists always mask (个人信息保护法 Art. 6: no more than the task needs).
    WriteApplicant(out.Key("applicant"), summary.applicant, false);
    out.Key("channel").String(core::ToString(summary.channel));
    out.Key("request").String(summary.request);
    if (!filter.text.empty()) out.Key("request_html").String(summary.request_html);
    out.Key("handler");
    if (summary.handler) {
      out.Int(*summary.handler);
    } else {
      out.Null();
    }
    if (summary.row.due_on && !summary.row.closed_on) {
      Result<int> left = context.calendar.WorkingDaysBetween(context.today, *summary.row.due_on);
      if (left) out.Key("working_days_left").Int(*left);
    }
    out.EndObject();
  }
  out.EndArray().Key("limit").Int(filter.limit).Key("offset").Int(filter.offset).EndObject();
  return WrittenResponse(200, std::move(out));
}

Result<core::NewApplication> DecodeRegistration(const HttpRequest& request, core::OrgId org,
                                                const HandlerContext& context) {
  core::NewApplication application;
  application.org = org;
  application.handler = context.session->user.id;
  GONGKAI_RETURN_IF_ERROR(DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(application.channel,
                             fields.RequiredEnum("channel", core::kAllChannels));
    GONGKAI_ASSIGN_OR_RETURN(application.received, fields.RequiredDate("received_on"));
    GONGKAI_ASSIGN_OR_RETURN(JsonFields applicant, fields.RequiredObject("applicant"));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.type,
                             applicant.RequiredEnum("type", core::kAllApplicantTypes));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.name,
                             applicant.RequiredString("name", kMaxNameChars));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.id_number,
                             applicant.OptionalString("id_number", 40));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.contact,
                             applicant.OptionalString("contact", 100));
    GONGKAI_ASSIGN_OR_RETURN(application.applicant.address,
                             applicant.OptionalString("address", kMaxShortChars));
    GONGKAI_RETURN_IF_ERROR(applicant.NoOtherFields());
    GONGKAI_ASSIGN_OR_RETURN(application.request,
                             fields.RequiredString("request", kMaxRequestChars));
    GONGKAI_ASSIGN_OR_RETURN(application.delivery_form, fields.OptionalString("delivery_form", 40));
    return {};
  }));
  // 条例 Art. 31: the receipt date cannot lie in the future.
  if (application.received > context.today) {
    return Error::InvalidArgument("received_on：收到日期 " + application.received.ToString() +
                                  " 晚于今天");
  }
  return application;
}

HttpResponse ApplicationResponse(int status, core::ApplicationId id, HandlerContext& context);

HttpResponse RegisterApplication(const HttpRequest& request, const PathParams& params,
                                 HandlerContext& context) {
  Result<std::int64_t> org = IdParam(params, "org");
  if (!org) return ErrorResponse(org.error());
  if (Result<void> allowed = Require(context, core::Permission::kRecordCase, *org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<core::NewApplication> application = DecodeRegistration(request, *org, context);
  if (!application) return ErrorResponse(application.error());
  Result<core::CaseRow> row = context.store.RegisterApplication(*application);
  if (!row) return ErrorResponse(row.error());
  return ApplicationResponse(201, row->id, context);
}

HttpResponse ApplicationResponse(int status, core::ApplicationId id, HandlerContext& context) {
  Result<store::ApplicationRecord> record = context.store.GetApplication(id);
  if (!record) return ErrorResponse(record.error());
  if (Result<void> allowed = Require(context, core::Permission::kViewLedger, record->row.org);
      !allowed) {
    return ErrorResponse(allowed.error());
  }
  bool full = SeesPersonalData(context, record->row.org, record->handler);
  JsonWriter out;
  out.BeginObject();
  WriteCaseRowFields(out, record->row);
  WriteApplicant(out.Key("applicant"), record->details.applicant, full);
  out.Key("personal_data").String(full ? "full" : "masked");
  out.Key("channel").String(core::ToString(record->details.channel));
  out.Key("request").String(record->details.request);
  out.Key("delivery_form").String(record->details.delivery_form);
  out.Key("query_code").String(record->details.query_code);
  out.Key("handler");
  if (record->handler) {
    out.Int(*record->handler);
  } else {
    out.Null();
  }
  out.Key("events").BeginArray();
  for (const core::CaseEvent& event : record->events) WriteEvent(out, event);
  out.EndArray();
  Result<core::ClockResult> clock =
      core::ComputeClock(context.calendar, record->events, {}, context.today);
  out.Key("clock").BeginObject();
  if (clock) {
    WriteDate(out.Key("due"), clock->due);
    out.Key("provisional").Bool(clock->provisional);
    out.Key("working_days").Int(clock->working_days);
    out.Key("working_days_left");
    if (clock->working_days_left) {
      out.Int(*clock->working_days_left);
    } else {
      out.Null();
    }
    out.Key("overdue").Bool(clock->overdue);
    WriteClockSegments(out.Key("segments"), clock->segments);
  } else {
    out.Key("error").String(clock.error().message);
  }
  out.EndObject();
  // The actions the clock accepts today and the session's roles allow.
  out.Key("allowed_actions").BeginArray();
  bool records = Allowed(context, core::Permission::kRecordCase, record->row.org);
  bool extends = Allowed(context, core::Permission::kApproveExtension, record->row.org);
  if (records || extends) {
    for (core::CaseEventKind kind :
         core::AllowedNextEvents(context.calendar, record->events, context.today)) {
      if (!(PermissionFor(kind) == core::Permission::kRecordCase ? records : extends)) continue;
      out.BeginObject()
          .Key("kind")
          .String(core::ToString(kind))
          .Key("label")
          .String(core::ChineseLabel(kind))
          .EndObject();
    }
  }
  out.EndArray().EndObject();
  return WrittenResponse(status, std::move(out));
}

HttpResponse GetApplication(const HttpRequest&, const PathParams& params, HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  return ApplicationResponse(200, *id, context);
}

// The fee of a fee_notified action (国办函〔2020〕109号): from `fee_basis` (per_piece, per_page)
// and `fee_units` (the applicant's n-th application this month, or the pages) by the tariff —
// a `fee_fen` given too must agree — or, without a basis, the `fee_fen` the office computed.
Result<void> DecodeFee(JsonFields& fields, core::CaseEvent& event) {
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::int64_t> fen, fields.OptionalInteger("fee_fen"));
  GONGKAI_ASSIGN_OR_RETURN(std::string basis, fields.OptionalString("fee_basis", 64));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::int64_t> units, fields.OptionalInteger("fee_units"));
  if (basis.empty()) {
    if (units)
      return Error::InvalidArgument(fields.PathOf("fee_basis") + "：给出 fee_units 时必填");
    if (!fen) {
      return Error::InvalidArgument(fields.PathOf("fee_fen") +
                                    "：必填（或给出 fee_basis 与 fee_units，由系统按标准计算）");
    }
    if (*fen <= 0 || *fen > 100'000'000) {
      return Error::InvalidArgument(fields.PathOf("fee_fen") + "：金额超出范围");
    }
    event.fee = Money::FromFen(*fen);
    return {};
  }
  GONGKAI_ASSIGN_OR_RETURN(core::FeeBasis fee_basis,
                           fields.RequiredEnum("fee_basis", core::kAllFeeBases));
  if (!units || *units < 0 || *units > 1'000'000) {
    return Error::InvalidArgument(fields.PathOf("fee_units") +
                                  "：按件计收填本月第几件申请，按量计收填页数（0–1000000）");
  }
  Result<Money> computed = core::ChargedFee(fee_basis, static_cast<int>(*units));
  if (!computed) {
    return Error::InvalidArgument(fields.PathOf("fee_units") + "：" + computed.error().message);
  }
  if (fen && *fen != computed->fen()) {
    return Error::InvalidArgument(fields.PathOf("fee_fen") + "：与按标准计算的 " +
                                  computed->YuanText() + " 元不符");
  }
  event.fee = *computed;
  event.fee_basis = fee_basis;
  event.fee_units = static_cast<int>(*units);
  return {};
}

Result<core::CaseEvent> DecodeEvent(const HttpRequest& request, core::CaseEventKind kind) {
  core::CaseEvent event = core::CaseEvent::At(kind, Date());
  GONGKAI_RETURN_IF_ERROR(DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(event.date, fields.RequiredDate("date"));
    switch (kind) {
      case core::CaseEventKind::kCorrectionRequested: {
        GONGKAI_ASSIGN_OR_RETURN(event.until, fields.OptionalDate("until"));
        break;
      }
      case core::CaseEventKind::kConsultationStarted: {
        GONGKAI_ASSIGN_OR_RETURN(event.party, fields.RequiredString("party", kMaxShortChars));
        break;
      }
      case core::CaseEventKind::kExtended: {
        GONGKAI_ASSIGN_OR_RETURN(std::int64_t days, fields.RequiredInteger("days"));
        if (days < 1 || days > 20) return Error::InvalidArgument("days：应在 1–20 之间");
        event.days = static_cast<int>(days);
        GONGKAI_ASSIGN_OR_RETURN(event.approver, fields.RequiredString("approver", kMaxNameChars));
        break;
      }
      case core::CaseEventKind::kFeeNotified: {
        GONGKAI_RETURN_IF_ERROR(DecodeFee(fields, event));
        break;
      }
      case core::CaseEventKind::kDelayed: {
        GONGKAI_ASSIGN_OR_RETURN(std::optional<Date> until, fields.OptionalDate("until"));
        if (!until) return Error::InvalidArgument("until：必填");
        event.until = until;
        GONGKAI_ASSIGN_OR_RETURN(event.reason, fields.RequiredString("reason", kMaxShortChars));
        break;
      }
      case core::CaseEventKind::kAnswered: {
        GONGKAI_ASSIGN_OR_RETURN(event.outcome, fields.RequiredEnum("outcome", core::kAllOutcomes));
        break;
      }
      default:
        break;
    }
    return {};
  }));
  return event;
}

HttpResponse RecordEvent(const HttpRequest& request, const PathParams& params,
                         HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  std::optional<core::CaseEventKind> kind = core::CaseEventKindFromString(params.at("kind"));
  if (!kind || *kind == core::CaseEventKind::kReceived) {
    return ErrorResponse(Error::NotFound("没有这个办理动作：" + params.at("kind")));
  }
  Result<store::ApplicationRecord> record = context.store.GetApplication(*id);
  if (!record) return ErrorResponse(record.error());
  if (Result<void> allowed = Require(context, PermissionFor(*kind), record->row.org); !allowed) {
    return ErrorResponse(allowed.error());
  }
  Result<core::CaseEvent> event = DecodeEvent(request, *kind);
  if (!event) return ErrorResponse(event.error());
  if (event->date > context.today) {
    return ErrorResponse(
        Error::InvalidArgument("date：日期 " + event->date.ToString() + " 晚于今天"));
  }
  if (*kind == core::CaseEventKind::kExtended) {
    // The approver is the head who is signed in (条例 Art. 33 ¶2).
    event->approver = context.session->user.display_name;
  }
  Result<core::CaseRow> row = context.store.AppendEvent(*id, *event);
  if (!row) return ErrorResponse(row.error());
  return ApplicationResponse(201, *id, context);
}

HttpResponse AssignHandler(const HttpRequest& request, const PathParams& params,
                           HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  Result<store::ApplicationRecord> record = context.store.GetApplication(*id);
  if (!record) return ErrorResponse(record.error());
  // The head assigns anyone; an officer takes an unassigned case for themself.
  bool head = Allowed(context, core::Permission::kApproveExtension, record->row.org);
  bool officer = Allowed(context, core::Permission::kRecordCase, record->row.org);
  if (!head && !officer) {
    return ErrorResponse(Require(context, core::Permission::kRecordCase, record->row.org).error());
  }
  std::int64_t user = 0;
  Result<void> decoded = DecodeBody(request, [&](JsonFields& fields) -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(user, fields.RequiredInteger("user_id"));
    return {};
  });
  if (!decoded) return ErrorResponse(decoded.error());
  if (!head && (user != context.session->user.id || record->handler)) {
    return ErrorResponse(
        Error::PermissionDenied("工作人员只能认领尚未分配的申请；分配他人须由负责人"));
  }
  if (Result<void> assigned = context.store.AssignHandler(*id, user); !assigned) {
    return ErrorResponse(assigned.error());
  }
  return ApplicationResponse(200, *id, context);
}

}  // namespace

void AddApplicationRoutes(Router& router) {
  router.AddStaff("GET", "/api/v1/organisations/{org}/applications",
                  "依申请公开登记簿（个人信息脱敏；可按 state、year、applicant_type、channel、"
                  "due_by 筛选，limit/offset 分页）",
                  ListApplications);
  router.AddStaff("POST", "/api/v1/organisations/{org}/applications",
                  "登记一件申请（登记人为承办人）", RegisterApplication);
  router.AddStaff("GET", "/api/v1/applications/{id}",
                  "一件申请：事件、答复期限及其计算、当前可做的动作", GetApplication);
  router.AddStaff("POST", "/api/v1/applications/{id}/events/{kind}",
                  "记录一个办理动作（补正、征求意见、延期、收费、答复、送达、撤回等）",
                  RecordEvent);
  router.AddStaff("PUT", "/api/v1/applications/{id}/handler", "分配或认领承办人", AssignHandler);
}

}  // namespace gongkai::server
