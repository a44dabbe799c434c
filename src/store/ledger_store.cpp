// Organisations and applications.
#include "store/ledger_store.hpp"

#include <charconv>
#include <random>
#include <unordered_map>

#include "core/personal_data.hpp"
#include "store/event_codec.hpp"

namespace gongkai::store::detail {
namespace {

std::optional<std::string> OptionalDate(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->ToString();
}

SqlValue NullableText(const std::optional<std::string>& text) {
  if (!text) return std::monostate{};
  return *text;
}

// A public query code (查询码): 12 characters from an alphabet without look-alikes.
std::string NewQueryCode() {
  static constexpr std::string_view kAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  static thread_local std::mt19937_64 random{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
  std::string code;
  for (int i = 0; i < 12; ++i) code.push_back(kAlphabet[pick(random)]);
  return code;
}

// What the audit trail records of a case: its derived state, never the applicant's data.
nlohmann::json CaseRowAudit(const core::CaseRow& row) {
  nlohmann::json out = {{"state", core::ToString(row.state)}};
  if (row.due_on) out["due_on"] = row.due_on->ToString();
  if (row.closed_on) out["closed_on"] = row.closed_on->ToString();
  if (row.outcome) out["outcome"] = core::ToString(*row.outcome);
  return out;
}

Result<std::int64_t> ToId(const std::optional<std::string>& text) {
  if (!text) return Error::Internal("数据库返回了空的编号");
  return std::stoll(*text);
}

}  // namespace

std::string LedgerStore::ForUpdate() const {
  return db_->dialect() == Dialect::kPostgres ? " FOR UPDATE" : "";
}

Result<core::OrgId> LedgerStore::AddOrganisation(const core::Organisation& organisation) {
  if (organisation.name.empty()) return Error::InvalidArgument("name：机关名称不能为空");
  return Write<core::OrgId>([&]() -> Result<core::OrgId> {
    if (organisation.parent) {
      if (Result<void> parent = RequireOrganisation(*organisation.parent, "parent"); !parent) {
        return parent.error();
      }
    }
    Result<std::vector<SqlRow>> existing =
        db_->Query("SELECT id FROM organisations WHERE name = $1", {organisation.name});
    if (!existing) return existing.error();
    if (!existing->empty()) {
      return Error{ErrorCode::kConflict, "name：机关“" + organisation.name + "”已存在", {}};
    }
    SqlValue parent = std::monostate{};
    if (organisation.parent) parent = *organisation.parent;
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO organisations (name, parent_id, kind) VALUES ($1, $2, $3) RETURNING id",
        {organisation.name, parent, std::string(core::ToString(organisation.kind))});
    if (!inserted) return inserted.error();
    GONGKAI_ASSIGN_OR_RETURN(core::OrgId id, ToId(inserted->front()[0]));
    if (Result<void> audited = Audit("organisation.add", "organisation:" + std::to_string(id), {},
                                     {{"name", organisation.name}});
        !audited) {
      return audited.error();
    }
    return id;
  });
}

Result<std::vector<core::Organisation>> LedgerStore::ListOrganisations() {
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT id, name, parent_id, kind FROM organisations ORDER BY id");
  if (!rows) return rows.error();
  std::vector<core::Organisation> organisations;
  for (const SqlRow& row : *rows) {
    core::Organisation organisation;
    organisation.id = std::stoll(row[0].value_or("0"));
    organisation.name = row[1].value_or("");
    if (row[2]) organisation.parent = std::stoll(*row[2]);
    organisation.kind =
        core::OrgKindFromString(row[3].value_or("")).value_or(core::OrgKind::kOther);
    organisations.push_back(std::move(organisation));
  }
  return organisations;
}

Result<core::Organisation> LedgerStore::FindOrganisation(std::string_view id_or_name) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<core::Organisation> all, ListOrganisations());
  for (const core::Organisation& organisation : all) {
    if (organisation.name == id_or_name || std::to_string(organisation.id) == id_or_name) {
      return organisation;
    }
  }
  return Error::NotFound("机关“" + std::string(id_or_name) + "”不存在（用 gongkai org list 查看）");
}

Result<void> LedgerStore::RequireOrganisation(core::OrgId org, std::string_view field) {
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT id FROM organisations WHERE id = $1", {org});
  if (!rows) return rows.error();
  if (rows->empty()) {
    return Error::InvalidArgument(std::string(field) + "：机关编号 " + std::to_string(org) +
                                  " 不存在");
  }
  return {};
}

Result<void> LedgerStore::StoreCaseRow(const core::CaseRow& row, int event_count) {
  Result<std::vector<SqlRow>> updated = db_->Query(
      "UPDATE applications SET state = $2, due_on = $3, closed_on = $4, outcome = $5, "
      "fees_paid_fen = $6, fee_paid_on = $7, event_count = $8 WHERE id = $1",
      {row.id, std::string(core::ToString(row.state)), NullableText(OptionalDate(row.due_on)),
       NullableText(OptionalDate(row.closed_on)),
       row.outcome ? SqlValue(std::string(core::ToString(*row.outcome))) : SqlValue(),
       row.fees_paid.fen(), NullableText(OptionalDate(row.fee_paid_on)),
       std::int64_t{event_count}});
  if (!updated) return updated.error();
  return {};
}

Result<core::CaseRow> LedgerStore::RegisterApplication(const core::NewApplication& application) {
  if (application.applicant.name.empty()) {
    return Error::InvalidArgument("applicant.name：申请人姓名或名称不能为空");
  }
  if (application.request.empty()) return Error::InvalidArgument("request：申请内容不能为空");
  core::CaseEvent received =
      core::CaseEvent::At(core::CaseEventKind::kReceived, application.received);
  received.channel = application.channel;
  return Write<core::CaseRow>([&]() -> Result<core::CaseRow> {
    if (Result<void> org = RequireOrganisation(application.org, "org"); !org) return org.error();
    GONGKAI_ASSIGN_OR_RETURN(core::CaseRow row,
                             core::DeriveCaseRow(0, application.org, application.applicant.type,
                                                 std::span(&received, 1), *calendar_));
    std::string code = application.query_code.empty() ? NewQueryCode() : application.query_code;
    const core::Applicant& who = application.applicant;
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO applications (org_id, applicant_type, applicant_name, applicant_id_number, "
        "applicant_contact, applicant_address, channel, request, delivery_form, query_code, "
        "received_on, state, due_on, fees_paid_fen, event_count, handler_id) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0, 1, $14) RETURNING id",
        {application.org, std::string(core::ToString(who.type)), who.name, who.id_number,
         who.contact, who.address, std::string(core::ToString(application.channel)),
         application.request, application.delivery_form, code, application.received.ToString(),
         std::string(core::ToString(row.state)), NullableText(OptionalDate(row.due_on)),
         application.handler ? SqlValue(*application.handler) : SqlValue()});
    if (!inserted) return inserted.error();
    GONGKAI_ASSIGN_OR_RETURN(row.id, ToId(inserted->front()[0]));
    GONGKAI_RETURN_IF_ERROR(IndexApplication(row.id, application.request));
    Result<std::vector<SqlRow>> event = db_->Query(
        "INSERT INTO application_events (application_id, seq, kind, date, details) "
        "VALUES ($1, 1, $2, $3, $4)",
        {row.id, std::string(core::ToString(received.kind)), received.date.ToString(),
         EventDetails(received).dump()});
    if (!event) return event.error();
    nlohmann::json after = CaseRowAudit(row);
    after["channel"] = core::ToString(application.channel);
    after["applicant"] = {{"type", core::ToString(who.type)},
                          {"id_number", core::MaskIdNumber(who.id_number)},
                          {"contact", core::MaskPhone(who.contact)}};
    if (Result<void> audited =
            Audit("application.register", "application:" + std::to_string(row.id), {}, after);
        !audited) {
      return audited.error();
    }
    return row;
  });
}

Result<std::vector<core::CaseEvent>> LedgerStore::LoadEvents(core::ApplicationId id) {
  Result<std::vector<SqlRow>> rows = db_->Query(
      "SELECT kind, date, details FROM application_events WHERE application_id = $1 ORDER BY seq",
      {id});
  if (!rows) return rows.error();
  std::vector<core::CaseEvent> events;
  for (const SqlRow& row : *rows) {
    nlohmann::json details = nlohmann::json::parse(row[2].value_or("{}"), nullptr, false);
    GONGKAI_ASSIGN_OR_RETURN(core::CaseEvent event,
                             DecodeEvent(row[0].value_or(""), row[1].value_or(""), details));
    events.push_back(std::move(event));
  }
  return events;
}

Result<core::CaseRow> LedgerStore::AppendEvent(core::ApplicationId id,
                                               const core::CaseEvent& event) {
  if (event.kind == core::CaseEventKind::kReceived) {
    return Error{ErrorCode::kConflict, "kind：申请登记时已记录“收到申请”，不能再次收到", {}};
  }
  return Write<core::CaseRow>([&]() -> Result<core::CaseRow> {
    Result<std::vector<SqlRow>> found = db_->Query(
        "SELECT " + std::string(kCaseRowColumns) + " FROM applications WHERE id = $1" + ForUpdate(),
        {id});
    if (!found) return found.error();
    if (found->empty()) return Error::NotFound("申请编号 " + std::to_string(id) + " 不存在");
    GONGKAI_ASSIGN_OR_RETURN(core::CaseRow before, DecodeCaseRow(ViewOf(found->front())));
    GONGKAI_ASSIGN_OR_RETURN(std::vector<core::CaseEvent> events, LoadEvents(id));
    events.push_back(event);
    GONGKAI_ASSIGN_OR_RETURN(
        core::CaseRow row,
        core::DeriveCaseRow(id, before.org, before.applicant_type, events, *calendar_));
    int seq = static_cast<int>(events.size());
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO application_events (application_id, seq, kind, date, details) "
        "VALUES ($1, $2, $3, $4, $5)",
        {id, std::int64_t{seq}, std::string(core::ToString(event.kind)), event.date.ToString(),
         EventDetails(event).dump()});
    if (!inserted) return inserted.error();
    if (Result<void> stored = StoreCaseRow(row, seq); !stored) return stored.error();
    nlohmann::json after = CaseRowAudit(row);
    after["event"] = EventDetails(event);
    after["event"]["kind"] = core::ToString(event.kind);
    after["event"]["date"] = event.date.ToString();
    if (Result<void> audited =
            Audit("application." + std::string(core::ToString(event.kind)),
                  "application:" + std::to_string(id), CaseRowAudit(before), after);
        !audited) {
      return audited.error();
    }
    return row;
  });
}

Result<ApplicationRecord> LedgerStore::GetApplication(core::ApplicationId id) {
  return LoadApplication("id = $1", {id}, "申请编号 " + std::to_string(id) + " 不存在");
}

// One query for the application and its events (one row per event; the application's columns
// repeat): a case page is read with a single statement.
Result<ApplicationRecord> LedgerStore::LoadApplication(const std::string& where,
                                                       const std::vector<SqlValue>& key,
                                                       const std::string& missing) {
  std::optional<ApplicationRecord> record;
  std::optional<Error> failure;
  Result<void> selected = db_->ForEach(
      "SELECT " + std::string(kCaseRowColumns) +
          ", applicant_name, applicant_id_number, applicant_contact, applicant_address, channel, "
          "request, delivery_form, query_code, handler_id, e.kind, e.date, e.details "
          "FROM applications LEFT JOIN application_events e ON e.application_id = id WHERE " +
          where + " ORDER BY e.seq",
      key, [&](const SqlRowView& row) {
        if (failure) return;
        auto text = [&](std::size_t i) { return std::string(row[i].value_or("")); };
        if (!record) {
          Result<core::CaseRow> decoded = DecodeCaseRow(row);
          if (!decoded) {
            failure = decoded.error();
            return;
          }
          record.emplace();
          record->row = *decoded;
          record->details.org = record->row.org;
          record->details.received = record->row.received_on;
          record->details.applicant = {record->row.applicant_type, text(10), text(11), text(12),
                                       text(13)};
          record->details.channel =
              core::ChannelFromString(text(14)).value_or(core::Channel::kInPerson);
          record->details.request = text(15);
          record->details.delivery_form = text(16);
          record->details.query_code = text(17);
          if (row[18]) record->handler = std::stoll(text(18));
          record->details.handler = record->handler;
        }
        if (!row[19]) return;  // no events (cannot happen: registration stores the receipt)
        nlohmann::json details = nlohmann::json::parse(text(21), nullptr, false);
        Result<core::CaseEvent> event = DecodeEvent(text(19), text(20), details);
        if (!event) {
          failure = event.error();
          return;
        }
        record->events.push_back(std::move(*event));
      });
  if (!selected) return selected.error();
  if (failure) return *failure;
  if (!record) return Error::NotFound(missing);
  return std::move(*record);
}

Result<ApplicationRecord> LedgerStore::FindApplicationByQueryCode(std::string_view code) {
  return LoadApplication("query_code = $1", {std::string(code)},
                         "查询码“" + std::string(code) + "”没有对应的申请");
}

Result<void> LedgerStore::Batch(const std::function<Result<void>()>& work) {
  if (in_batch_) return work();
  in_batch_ = true;
  audit_head_.reset();
  Result<void> result = InTransaction<void>(*db_, work);
  audit_head_.reset();
  in_batch_ = false;
  return result;
}

Result<void> LedgerStore::Savepoint(const std::function<Result<void>()>& work) {
  if (!in_batch_) return Error::Internal("Savepoint 只能在 Batch 之内使用");
  if (Result<std::vector<SqlRow>> opened = db_->Query("SAVEPOINT gk_write"); !opened) {
    return opened.error();
  }
  // A write that is undone takes its audit entries with it: the chain's head goes back too.
  std::optional<std::pair<std::int64_t, std::string>> audit_head = audit_head_;
  Result<void> result = work();
  if (!result) {
    (void)db_->Query("ROLLBACK TO gk_write");
    audit_head_ = std::move(audit_head);
  }
  if (Result<std::vector<SqlRow>> released = db_->Query("RELEASE gk_write"); !released) {
    return released.error();
  }
  return result;
}

void LedgerStore::ReadConsistently(const std::function<void()>& work) {
  // Prepared and cached like any statement (sqlite3_exec would parse them on every request).
  if (in_batch_ || db_->dialect() != Dialect::kSqlite || !db_->Query("BEGIN")) {
    work();
    return;
  }
  // Ends the read transaction even when `work` throws (a stale snapshot left open would hide
  // every later write from this connection); nothing was written, so this cannot lose anything.
  struct EndRead {
    SqlConnection& db;
    ~EndRead() {
      if (!db.Query("COMMIT")) db.Rollback();
    }
  } end_read{*db_};
  work();
}

namespace {

// Name -> enum for the columns read once per case in large selections.
template <typename E, std::size_t N>
std::unordered_map<std::string_view, E> NameMap(const std::array<E, N>& all) {
  std::unordered_map<std::string_view, E> names;
  for (E value : all) names.emplace(core::ToString(value), value);
  return names;
}

template <typename E>
std::optional<E> Lookup(const std::unordered_map<std::string_view, E>& names,
                        const std::optional<std::string_view>& text) {
  if (!text) return std::nullopt;
  auto found = names.find(*text);
  if (found == names.end()) return std::nullopt;
  return found->second;
}

}  // namespace

Result<core::CaseRow> DecodeCaseRow(const SqlRowView& row) {
  static const auto kApplicantTypes = NameMap(core::kAllApplicantTypes);
  static const auto kOutcomes = NameMap(core::kAllOutcomes);
  static const auto kStates =
      NameMap(std::array{core::CaseState::kOpen, core::CaseState::kAwaitingCorrection,
                         core::CaseState::kAwaitingPayment, core::CaseState::kClosed});
  auto number = [](const std::optional<std::string_view>& text) -> std::int64_t {
    std::int64_t value = 0;
    if (text) std::from_chars(text->data(), text->data() + text->size(), value);
    return value;
  };
  auto date = [](const std::optional<std::string_view>& text) -> Result<std::optional<Date>> {
    if (!text) return std::optional<Date>();
    std::optional<Date> parsed = Date::Parse(*text);
    if (!parsed) return Error::Internal("数据库中的日期无效：" + std::string(*text));
    return parsed;
  };
  core::CaseRow out;
  out.id = number(row[0]);
  out.org = number(row[1]);
  out.applicant_type =
      Lookup(kApplicantTypes, row[2]).value_or(core::ApplicantType::kNaturalPerson);
  GONGKAI_ASSIGN_OR_RETURN(std::optional<Date> received, date(row[3]));
  if (!received) return Error::Internal("数据库中的申请缺少收到日期");
  out.received_on = *received;
  out.state = Lookup(kStates, row[4]).value_or(core::CaseState::kOpen);
  GONGKAI_ASSIGN_OR_RETURN(out.due_on, date(row[5]));
  GONGKAI_ASSIGN_OR_RETURN(out.closed_on, date(row[6]));
  out.outcome = Lookup(kOutcomes, row[7]);
  out.fees_paid = Money::FromFen(number(row[8]));
  GONGKAI_ASSIGN_OR_RETURN(out.fee_paid_on, date(row[9]));
  return out;
}

}  // namespace gongkai::store::detail
