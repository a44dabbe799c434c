#include "store/event_codec.hpp"

namespace gongkai::store::detail {

nlohmann::json EventDetails(const core::CaseEvent& event) {
  nlohmann::json details = nlohmann::json::object();
  if (event.days != 0) details["days"] = event.days;
  if (!event.approver.empty()) details["approver"] = event.approver;
  if (event.until) details["until"] = event.until->ToString();
  if (!event.reason.empty()) details["reason"] = event.reason;
  if (!event.party.empty()) details["party"] = event.party;
  if (event.outcome) details["outcome"] = std::string(core::ToString(*event.outcome));
  if (event.fee.fen() != 0) details["fee_fen"] = event.fee.fen();
  if (event.fee_basis) {
    details["fee_basis"] = std::string(core::ToString(*event.fee_basis));
    details["fee_units"] = event.fee_units;
  }
  if (event.kind == core::CaseEventKind::kReceived) {
    details["channel"] = std::string(core::ToString(event.channel));
  }
  return details;
}

Result<Date> ParseStoredDate(const std::string& text) {
  std::optional<Date> date = Date::Parse(text);
  if (!date) return Error::Internal("数据库中的日期无效：" + text);
  return *date;
}

Result<core::CaseEvent> DecodeEvent(const std::string& kind, const std::string& date,
                                    const nlohmann::json& details) {
  std::optional<core::CaseEventKind> parsed_kind = core::CaseEventKindFromString(kind);
  if (!parsed_kind) return Error::Internal("数据库中的事件类型无效：" + kind);
  GONGKAI_ASSIGN_OR_RETURN(Date parsed_date, ParseStoredDate(date));
  core::CaseEvent event = core::CaseEvent::At(*parsed_kind, parsed_date);
  try {
    event.days = details.value("days", 0);
    event.approver = details.value("approver", "");
    if (details.contains("until")) {
      GONGKAI_ASSIGN_OR_RETURN(event.until, ParseStoredDate(details["until"].get<std::string>()));
    }
    event.reason = details.value("reason", "");
    event.party = details.value("party", "");
    if (details.contains("outcome")) {
      event.outcome = core::OutcomeFromString(details["outcome"].get<std::string>());
      if (!event.outcome) return Error::Internal("数据库中的办理结果无效");
    }
    event.fee = Money::FromFen(details.value("fee_fen", std::int64_t{0}));
    if (details.contains("fee_basis")) {
      event.fee_basis = core::FeeBasisFromString(details["fee_basis"].get<std::string>());
      if (!event.fee_basis) return Error::Internal("数据库中的计费方式无效");
      event.fee_units = details.value("fee_units", 0);
    }
    if (details.contains("channel")) {
      std::optional<core::Channel> channel =
          core::ChannelFromString(details["channel"].get<std::string>());
      if (!channel) return Error::Internal("数据库中的渠道无效");
      event.channel = *channel;
    }
  } catch (const nlohmann::json::exception& error) {
    return Error::Internal(std::string("数据库中的事件详情无效：") + error.what());
  }
  return event;
}

}  // namespace gongkai::store::detail
