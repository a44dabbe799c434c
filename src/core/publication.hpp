// Proactive publication (主动公开): a catalogue item with its standard metadata and its review
// workflow. 条例 Art. 26: information is published within 20 working days of being formed;
// "谁提供、谁审核、谁公开": content review, then confidentiality review (保密审查), then
// publication.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.hpp"
#include "base/result.hpp"
#include "core/organisation.hpp"

namespace gongkai::core {

using PublicationId = std::int64_t;

// What the document is, for table 二 第二十条第（一）项.
enum class DocumentType {
  kRule,               // 规章
  kNormativeDocument,  // 行政规范性文件
  kOther,              // every other item of the catalogue
};
inline constexpr std::array kAllDocumentTypes = {
    DocumentType::kRule, DocumentType::kNormativeDocument, DocumentType::kOther};
std::string_view ToString(DocumentType type);      // "rule", "normative_document", "other"
std::string_view ChineseLabel(DocumentType type);  // "规章", "行政规范性文件", "其他"
std::optional<DocumentType> DocumentTypeFromString(std::string_view name);

enum class PublicationState {
  kDraft,                  // entered, or sent back
  kAwaitingContentReview,  // submitted
  kAwaitingSecrecyReview,  // content approved, waiting for 保密审查
  kApproved,               // both reviews passed, not yet public
  kPublished,              // public; 有效
  kRepealed,               // 废止 / 失效
};
inline constexpr std::array kAllPublicationStates = {PublicationState::kDraft,
                                                     PublicationState::kAwaitingContentReview,
                                                     PublicationState::kAwaitingSecrecyReview,
                                                     PublicationState::kApproved,
                                                     PublicationState::kPublished,
                                                     PublicationState::kRepealed};
std::string_view ToString(PublicationState state);
std::string_view ChineseLabel(PublicationState state);  // "草稿", "待内容审核", …
std::optional<PublicationState> PublicationStateFromString(std::string_view name);

enum class PublicationStep {
  kSubmit,
  kApproveContent,
  kReturnContent,
  kApproveSecrecy,
  kReturnSecrecy,
  kPublish,
  kRepeal,
};
inline constexpr std::array kAllPublicationSteps = {
    PublicationStep::kSubmit,        PublicationStep::kApproveContent,
    PublicationStep::kReturnContent, PublicationStep::kApproveSecrecy,
    PublicationStep::kReturnSecrecy, PublicationStep::kPublish,
    PublicationStep::kRepeal};
std::string_view ToString(PublicationStep step);
std::string_view ChineseLabel(PublicationStep step);  // "提交审核", "内容审核通过", …
std::optional<PublicationStep> PublicationStepFromString(std::string_view name);

struct PublicationEvent {
  PublicationStep step = PublicationStep::kSubmit;
  Date date;
  std::string actor;
  std::string comment;  // required when sending back
};

struct Publication {
  PublicationId id = 0;
  OrgId org = 0;
  std::string index_number;  // 索引号
  std::string title;
  std::string document_number;       // 文号, e.g. 解工信〔2024〕3号
  std::string publisher;             // 发布机构
  Date written_on;                   // 成文日期
  std::optional<Date> published_on;  // 公开日期
  std::optional<Date> repealed_on;
  std::string category;  // 目录分类
  std::string method;    // 公开方式, e.g. 政府网站
  DocumentType document_type = DocumentType::kOther;
  PublicationState state = PublicationState::kDraft;

  // 有效性: 有效 while published, 废止 once repealed, 未公开 before.
  std::string_view Validity() const;
};

// Applies one review step. Fails with kConflict naming the step when the state does not allow it
// (publishing before both reviews, reviewing twice, repealing what is not public), and with
// kInvalidArgument for a step dated before the document was written or a send-back without a
// comment.
Result<Publication> ApplyStep(Publication publication, const PublicationEvent& event);

}  // namespace gongkai::core
