// The answer letter (答复告知书) of an answered application, as DOCX or PDF: the letter of its
// outcome from the installed templates (publish/answer_letter.hpp).
#include "publish/answer_letter.hpp"
#include "publish/docx_writer.hpp"
#include "publish/pdf_writer.hpp"
#include "server/api_support.hpp"
#include "server/authorization.hpp"
#include "server/staff_api.hpp"
#include "store/store.hpp"

namespace gongkai::server {
namespace {

std::string_view KindName(publish::BlockKind kind) {
  switch (kind) {
    case publish::BlockKind::kTitle:
      return "title";
    case publish::BlockKind::kSubtitle:
      return "subtitle";
    case publish::BlockKind::kHeading:
      return "heading";
    case publish::BlockKind::kParagraph:
      return "paragraph";
    case publish::BlockKind::kAddressee:
      return "addressee";
    case publish::BlockKind::kSignature:
      return "signature";
    case publish::BlockKind::kTable:
      return "table";
  }
  return "paragraph";
}

// {"title": …, "date": …, "blocks": [{"kind": "addressee", "text": "张三："}, …]}: the letter
// for the workspace page to show before it is downloaded.
nlohmann::ordered_json LetterJson(const publish::Document& letter) {
  nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
  for (const publish::Block& block : letter.blocks) {
    blocks.push_back({{"kind", KindName(block.kind)}, {"text", block.text}});
  }
  return {{"title", letter.title}, {"date", letter.date}, {"blocks", std::move(blocks)}};
}

// GET /api/v1/applications/{id}/letter?format=docx|pdf&number=…&reason=…
HttpResponse AnswerLetter(const HttpRequest& request, const PathParams& params,
                          HandlerContext& context) {
  Result<std::int64_t> id = IdParam(params, "id");
  if (!id) return ErrorResponse(id.error());
  std::string format = QueryValue(request, "format");
  if (format.empty()) format = "docx";
  if (format != "docx" && format != "pdf" && format != "json") {
    return ErrorResponse(Error::InvalidArgument("format：应为 docx、pdf 或 json"));
  }
  Result<store::ApplicationRecord> record = context.store.GetApplication(*id);
  if (!record) return ErrorResponse(record.error());
  if (Result<void> allowed = Require(context, core::Permission::kRecordCase, record->row.org);
      !allowed) {
    return ErrorResponse(allowed.error());
  }
  // The letter names the applicant: only the officer who sees the personal data may print it.
  if (!SeesPersonalData(context, record->row.org, record->handler)) {
    return ErrorResponse(Error{ErrorCode::kPermissionDenied,
                               "答复告知书载有申请人个人信息，只有本件的承办人可以生成",
                               {}});
  }
  if (!record->row.outcome || !record->row.closed_on) {
    return ErrorResponse(Error{ErrorCode::kConflict, "该申请尚未办结，没有可告知的答复", {}});
  }
  if (context.letters == nullptr) {
    return ErrorResponse(
        Error{ErrorCode::kUnavailable, "未安装答复告知书模板（data/letters），请联系管理员", {}});
  }
  Result<core::Organisation> org = context.store.FindOrganisation(std::to_string(record->row.org));
  if (!org) return ErrorResponse(org.error());

  publish::LetterFacts facts;
  facts.agency = org->name;
  facts.applicant = record->details.applicant.name;
  facts.number = QueryValue(request, "number");
  facts.received_on = record->row.received_on;
  facts.answered_on = *record->row.closed_on;
  facts.request = record->details.request;
  facts.outcome = *record->row.outcome;
  facts.reason = QueryValue(request, "reason");
  Result<publish::Document> letter = context.letters->Letter(facts);
  if (!letter) return ErrorResponse(letter.error());
  if (format == "json") return JsonResponse(200, LetterJson(*letter));
  Result<std::string> bytes =
      format == "pdf" ? publish::WritePdf(*letter) : publish::WriteDocx(*letter);
  if (!bytes) return ErrorResponse(bytes.error());
  const std::string extension = "." + format;
  return Attachment(std::move(*bytes),
                    format == "pdf" ? "application/pdf"
                                    : "application/vnd.openxmlformats-officedocument."
                                      "wordprocessingml.document",
                    "answer-letter-" + std::to_string(*id) + extension,
                    "答复告知书-" + std::to_string(*id) + extension);
}

}  // namespace

void AddLetterRoutes(Router& router) {
  router.AddStaff(
      "GET", "/api/v1/applications/{id}/letter",
      "已办结申请的答复告知书（format=docx|pdf|json；number=文号；reason=理由，部分公开等须填）",
      AnswerLetter);
}

}  // namespace gongkai::server
