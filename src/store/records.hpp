// Records the store keeps besides the ledger itself: accounts, sessions, the audit trail, the
// annual reports' editing state and the calendar years entered by administrators.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/application.hpp"
#include "core/publication.hpp"
#include "report/model.hpp"

namespace gongkai::store {

struct User {
  core::UserId id = 0;
  std::string login;
  std::string display_name;
  bool disabled = false;
  std::vector<core::RoleGrant> roles;
};

struct NewUser {
  std::string login;          // 2–40 characters: letters, digits, "._-"
  std::string display_name;   // shown in the workspace and in the audit trail
  std::string password_hash;  // gongkai::HashPassword's output, never the password
};

// A signed-in session. The cookie carries a random token; the database keeps only its SHA-256,
// so a copy of the database does not give away sessions.
struct NewSession {
  std::string token_hash;
  core::UserId user = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;  // Unix seconds
  std::int64_t expires_at = 0;
};

struct SignedIn {
  User user;
  std::string csrf_token;
  std::int64_t expires_at = 0;
};

struct LoginFailureCounts {
  int by_login = 0;
  int by_client = 0;
};

// One entry of the audit trail. `hash` = SHA-256 of the canonical JSON array
// [seq, at, actor, action, target, before, after, prev_hash]; prev_hash of the first entry is 64
// zeros.
struct AuditEntry {
  std::int64_t seq = 0;
  std::string at;      // ISO 8601 UTC
  std::string actor;   // "user:wang", "public", "cli"
  std::string action;  // "application.register", "publication.approve_content", …
  std::string target;  // "application:17"
  std::string before;  // JSON; personal data masked
  std::string after;
  std::string prev_hash;
  std::string hash;
};

struct AuditVerification {
  std::int64_t entries = 0;
  std::string head_hash;  // of the last entry; record it elsewhere to detect truncation
  // The first problem found, in Chinese ("第 12 条记录的内容被修改"); empty when the chain holds.
  std::string problem;
  std::int64_t problem_seq = 0;
};

// An application in lists, with its personal data as stored (the server masks it).
struct ApplicationSummary {
  core::CaseRow row;
  core::Applicant applicant;
  core::Channel channel = core::Channel::kInPerson;
  std::string request;
  std::optional<core::UserId> handler;
  // With a full-text filter: the request around its first match, HTML-escaped, in <mark>.
  std::string request_html;
};

struct ApplicationFilter {
  core::OrgId org = 0;
  std::optional<core::CaseState> state;
  std::optional<int> received_year;
  std::optional<core::ApplicantType> applicant_type;
  std::optional<core::Channel> channel;
  std::optional<Date> due_by;  // open cases due on or before this date
  // Full text: every term (search/tokenizer.hpp) must occur in the request; "" for no search.
  std::string text;
  int limit = 50;  // 1–500
  int offset = 0;
};

// A full-text search of the catalogue (store/search_index.cpp; search/tokenizer.hpp). Every
// term of `text` must occur in the item (its title, 文号, 发布机构, 分类 or 索引号).
struct CatalogueSearch {
  std::string text;
  std::optional<core::OrgId> org;
  std::optional<int> year;       // the year it was published
  std::string category;          // 目录分类, "" for any
  std::optional<bool> in_force;  // 有效 (true) or 废止 (false); either when nullopt
  bool public_only = true;       // false: drafts and items under review too (the workspace)
  int limit = 20;                // 1–100
  int offset = 0;
};

struct CatalogueHit {
  core::Publication item;
  double score = 0;          // search::Relevance
  std::string title_html;    // the title, HTML-escaped, matches in <mark>
  std::string snippet_html;  // the other metadata around the first match, likewise
};

struct CatalogueHits {
  std::int64_t total = 0;  // all matches (at most kMaxSearchCandidates are ranked)
  std::vector<CatalogueHit> hits;
};

// The newest matches that are ranked; older matches beyond them are counted but not returned.
inline constexpr int kMaxSearchCandidates = 500;

// The annual report of one organisation and year as edited and, once published, locked.
struct ReportRecord {
  core::OrgId org = 0;
  int year = 0;
  report::Sections narrative;  // the officer's text; nullopt sections are generated
  bool published = false;
  std::string content;       // the published report's canonical JSON
  std::string content_hash;  // SHA-256 of `content`
  std::string published_at;
  std::string published_by;
};

// A year of holidays and make-up working days entered by an administrator, as calendar CSV
// lines ("date,kind,name"); it replaces that year of the national file.
struct CalendarYear {
  int year = 0;
  std::string entries;
  std::string entered_by;
  std::string entered_at;
};

}  // namespace gongkai::store
