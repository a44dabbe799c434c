#include "core/publication.hpp"

#include "base/enum_name.hpp"

namespace gongkai::core {

std::string_view ToString(DocumentType type) {
  switch (type) {
    case DocumentType::kRule:
      return "rule";
    case DocumentType::kNormativeDocument:
      return "normative_document";
    case DocumentType::kOther:
      return "other";
  }
  return "other";
}

std::optional<DocumentType> DocumentTypeFromString(std::string_view name) {
  return EnumFromName(kAllDocumentTypes, name);
}

std::string_view ToString(PublicationState state) {
  switch (state) {
    case PublicationState::kDraft:
      return "draft";
    case PublicationState::kAwaitingContentReview:
      return "awaiting_content_review";
    case PublicationState::kAwaitingSecrecyReview:
      return "awaiting_secrecy_review";
    case PublicationState::kApproved:
      return "approved";
    case PublicationState::kPublished:
      return "published";
    case PublicationState::kRepealed:
      return "repealed";
  }
  return "draft";
}

std::optional<PublicationState> PublicationStateFromString(std::string_view name) {
  return EnumFromName(kAllPublicationStates, name);
}

std::string_view ToString(PublicationStep step) {
  switch (step) {
    case PublicationStep::kSubmit:
      return "submit";
    case PublicationStep::kApproveContent:
      return "approve_content";
    case PublicationStep::kReturnContent:
      return "return_content";
    case PublicationStep::kApproveSecrecy:
      return "approve_secrecy";
    case PublicationStep::kReturnSecrecy:
      return "return_secrecy";
    case PublicationStep::kPublish:
      return "publish";
    case PublicationStep::kRepeal:
      return "repeal";
  }
  return "submit";
}

std::optional<PublicationStep> PublicationStepFromString(std::string_view name) {
  return EnumFromName(kAllPublicationSteps, name);
}

std::string_view Publication::Validity() const {
  switch (state) {
    case PublicationState::kPublished:
      return "有效";
    case PublicationState::kRepealed:
      return "废止";
    case PublicationState::kDraft:
    case PublicationState::kAwaitingContentReview:
    case PublicationState::kAwaitingSecrecyReview:
    case PublicationState::kApproved:
      return "未公开";
  }
  return "未公开";
}

Result<Publication> ApplyStep(Publication publication, const PublicationEvent& event) {
  auto refuse = [&](const std::string& why) {
    return Error{
        ErrorCode::kConflict,
        "“" + publication.title + "”不能执行“" + std::string(ToString(event.step)) + "”：" + why,
        {}};
  };
  if (event.date < publication.written_on) {
    return Error::InvalidArgument("date：" + event.date.ToString() + " 早于成文日期 " +
                                  publication.written_on.ToString());
  }
  using S = PublicationState;
  switch (event.step) {
    case PublicationStep::kSubmit:
      if (publication.state != S::kDraft) return refuse("只有草稿可以提交审核");
      publication.state = S::kAwaitingContentReview;
      return publication;
    case PublicationStep::kApproveContent:
      if (publication.state != S::kAwaitingContentReview) return refuse("不在内容审核中");
      publication.state = S::kAwaitingSecrecyReview;
      return publication;
    case PublicationStep::kApproveSecrecy:
      if (publication.state != S::kAwaitingSecrecyReview)
        return refuse("内容审核通过后才能保密审查");
      publication.state = S::kApproved;
      return publication;
    case PublicationStep::kReturnContent:
    case PublicationStep::kReturnSecrecy:
      if (event.comment.empty()) return Error::InvalidArgument("comment：退回须说明理由");
      if (publication.state != S::kAwaitingContentReview &&
          publication.state != S::kAwaitingSecrecyReview) {
        return refuse("不在审核中");
      }
      publication.state = S::kDraft;
      return publication;
    case PublicationStep::kPublish:
      if (publication.state != S::kApproved) return refuse("须经内容审核和保密审查后才能公开");
      publication.state = S::kPublished;
      publication.published_on = event.date;
      return publication;
    case PublicationStep::kRepeal:
      if (publication.state != S::kPublished) return refuse("只有已公开的信息才能废止");
      publication.state = S::kRepealed;
      publication.repealed_on = event.date;
      return publication;
  }
  return publication;
}

std::string_view ChineseLabel(DocumentType type) {
  switch (type) {
    case DocumentType::kRule:
      return "规章";
    case DocumentType::kNormativeDocument:
      return "行政规范性文件";
    case DocumentType::kOther:
      return "其他";
  }
  return "";
}

std::string_view ChineseLabel(PublicationState state) {
  switch (state) {
    case PublicationState::kDraft:
      return "草稿";
    case PublicationState::kAwaitingContentReview:
      return "待内容审核";
    case PublicationState::kAwaitingSecrecyReview:
      return "待保密审查";
    case PublicationState::kApproved:
      return "审核通过待发布";
    case PublicationState::kPublished:
      return "已公开";
    case PublicationState::kRepealed:
      return "已废止";
  }
  return "";
}

std::string_view ChineseLabel(PublicationStep step) {
  switch (step) {
    case PublicationStep::kSubmit:
      return "提交审核";
    case PublicationStep::kApproveContent:
      return "内容审核通过";
    case PublicationStep::kReturnContent:
      return "内容审核退回";
    case PublicationStep::kApproveSecrecy:
      return "保密审查通过";
    case PublicationStep::kReturnSecrecy:
      return "保密审查退回";
    case PublicationStep::kPublish:
      return "发布";
    case PublicationStep::kRepeal:
      return "废止";
  }
  return "";
}

}  // namespace gongkai::core
