// The answer letter (答复告知书) of an answered application and the fee notice (缴费通知书) of
// one charged a fee, as DOCX or PDF (or JSON for the workspace page), from the installed
// templates (publish/answer_letter.hpp).
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

// What both documents of a case need: the format asked for, the case, and its organ — once the
// caller may print the document. Both name the applicant: only the officer who sees the personal
// data may print them.
struct CaseDocument {
  std::string format;  // docx, pdf or json
  store::ApplicationRecord record;
  core::Organisation org;
};

Result<CaseDocument> OpenCaseDocument(const HttpRequest& request, const PathParams& params,
                                      HandlerContext& context, std::string_view name) {
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t id, IdParam(params, "id"));
  CaseDocument document;
  document.format = QueryValue(request, "format");
  if (document.format.empty()) document.format = "docx";
  if (document.format != "docx" && document.format != "pdf" && document.format != "json") {
    return Error::InvalidArgument("format：应为 docx、pdf 或 json");
  }
  GONGKAI_ASSIGN_OR_RETURN(document.record, context.store.GetApplication(id));
  const core::OrgId org = document.record.row.org;
  GONGKAI_RETURN_IF_ERROR(Require(context, core::Permission::kRecordCase, org));
  if (!SeesPersonalData(context, org, document.record.handler)) {
    return Error{ErrorCode::kPermissionDenied,
                 std::string(name) + "载有申请人个人信息，只有本件的承办人可以生成",
                 {}};
  }
  if (context.letters == nullptr) {
    return Error{ErrorCode::kUnavailable, "未安装告知书模板（data/letters），请联系管理员", {}};
  }
  GONGKAI_ASSIGN_OR_RETURN(document.org, context.store.FindOrganisation(std::to_string(org)));
  return document;
}

// The document as JSON (for the page), DOCX or PDF, named "<file>-<id>" / "<name>-<id>".
HttpResponse DocumentResponse(const CaseDocument& opened, const publish::Document& document,
                              const std::string& file, const std::string& name) {
  if (opened.format == "json") return JsonResponse(200, LetterJson(document));
  Result<std::string> bytes =
      opened.format == "pdf" ? publish::WritePdf(document) : publish::WriteDocx(document);
  if (!bytes) return ErrorResponse(bytes.error());
  const std::string suffix = "-" + std::to_string(opened.record.row.id) + "." + opened.format;
  return Attachment(std::move(*bytes),
                    opened.format == "pdf" ? "application/pdf"
                                           : "application/vnd.openxmlformats-officedocument."
                                             "wordprocessingml.document",
                    file + suffix, name + suffix);
}

// GET /api/v1/applications/{id}/letter?format=docx|pdf|json&number=…&reason=…
HttpResponse AnswerLetter(const HttpRequest& request, const PathParams& params,
                          HandlerContext& context) {
  Result<CaseDocument> opened = OpenCaseDocument(request, params, context, "答复告知书");
  if (!opened) return ErrorResponse(opened.error());
  const core::CaseRow& row = opened->record.row;
  if (!row.outcome || !row.closed_on) {
    return ErrorResponse(Error{ErrorCode::kConflict, "该申请尚未办结，没有可告知的答复", {}});
  }
  publish::LetterFacts facts;
  facts.agency = opened->org.name;
  facts.applicant = opened->record.details.applicant.name;
  facts.number = QueryValue(request, "number");
  facts.received_on = row.received_on;
  facts.answered_on = *row.closed_on;
  facts.request = opened->record.details.request;
  facts.outcome = *row.outcome;
  facts.reason = QueryValue(request, "reason");
  Result<publish::Document> letter = context.letters->Letter(facts);
  if (!letter) return ErrorResponse(letter.error());
  return DocumentResponse(*opened, *letter, "answer-letter", "答复告知书");
}

// GET /api/v1/applications/{id}/fee-notice?format=docx|pdf|json&number=…&payment=…: the notice
// of the case's (last) recorded fee, dated the day it was recorded as notified.
HttpResponse FeeNotice(const HttpRequest& request, const PathParams& params,
                       HandlerContext& context) {
  Result<CaseDocument> opened = OpenCaseDocument(request, params, context, "缴费通知书");
  if (!opened) return ErrorResponse(opened.error());
  const core::CaseEvent* fee = nullptr;
  for (const core::CaseEvent& event : opened->record.events) {
    if (event.kind == core::CaseEventKind::kFeeNotified) fee = &event;
  }
  if (fee == nullptr) {
    return ErrorResponse(Error{ErrorCode::kConflict, "该申请没有记录收费通知", {}});
  }
  publish::FeeNoticeFacts facts;
  facts.agency = opened->org.name;
  facts.applicant = opened->record.details.applicant.name;
  facts.number = QueryValue(request, "number");
  facts.received_on = opened->record.row.received_on;
  facts.notified_on = fee->date;
  facts.request = opened->record.details.request;
  facts.amount = fee->fee;
  facts.basis = fee->fee_basis;
  facts.units = fee->fee_units;
  facts.payment = QueryValue(request, "payment");
  Result<publish::Document> notice = context.letters->FeeNotice(facts);
  if (!notice) return ErrorResponse(notice.error());
  return DocumentResponse(*opened, *notice, "fee-notice", "缴费通知书");
}

}  // namespace

void AddLetterRoutes(Router& router) {
  router.AddStaff(
      "GET", "/api/v1/applications/{id}/letter",
      "已办结申请的答复告知书（format=docx|pdf|json；number=文号；reason=理由，部分公开等须填）",
      AnswerLetter);
  router.AddStaff("GET", "/api/v1/applications/{id}/fee-notice",
                  "已发出收费通知的申请的缴费通知书（format=docx|pdf|json；number=文号；"
                  "payment=缴纳方式，必填）",
                  FeeNotice);
}

}  // namespace gongkai::server
