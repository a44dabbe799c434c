// Users, their roles, sessions and failed logins.
#include <algorithm>
#include <chrono>

#include "store/ledger_store.hpp"

namespace gongkai::store::detail {
namespace {

constexpr std::string_view kUserColumns = "id, login, display_name, disabled";

// 2–40 characters of [A-Za-z0-9._-]: logins appear in URLs, logs and the audit trail.
Result<void> ValidateLogin(std::string_view login) {
  bool valid =
      login.size() >= 2 && login.size() <= 40 &&
      std::all_of(login.begin(), login.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
      });
  if (!valid) {
    return Error::InvalidArgument("login：登录名应为 2–40 个字母、数字或 . _ -，实际为“" +
                                  std::string(login) + "”");
  }
  return {};
}

std::int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

nlohmann::json RolesAudit(const std::vector<core::RoleGrant>& roles) {
  nlohmann::json out = nlohmann::json::array();
  for (const core::RoleGrant& grant : roles) {
    out.push_back({{"org", grant.org}, {"role", core::ToString(grant.role)}});
  }
  return out;
}

}  // namespace

Result<core::UserId> LedgerStore::AddUser(const NewUser& user) {
  if (Result<void> valid = ValidateLogin(user.login); !valid) return valid.error();
  if (user.display_name.empty()) return Error::InvalidArgument("display_name：姓名不能为空");
  if (!user.password_hash.starts_with("$argon2id$")) {
    return Error::InvalidArgument("password：只接受 Argon2id 哈希");
  }
  return Write<core::UserId>([&]() -> Result<core::UserId> {
    Result<std::vector<SqlRow>> existing =
        db_->Query("SELECT id FROM users WHERE login = $1", {user.login});
    if (!existing) return existing.error();
    if (!existing->empty()) {
      return Error{ErrorCode::kConflict, "login：登录名“" + user.login + "”已被使用", {}};
    }
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO users (login, display_name, password_hash, disabled, created_at) "
        "VALUES ($1, $2, $3, 0, $4) RETURNING id",
        {user.login, user.display_name, user.password_hash, NowSeconds()});
    if (!inserted) return inserted.error();
    core::UserId id = std::stoll(inserted->front()[0].value_or("0"));
    if (Result<void> audited = Audit("user.add", "user:" + std::to_string(id), {},
                                     {{"login", user.login}, {"display_name", user.display_name}});
        !audited) {
      return audited.error();
    }
    return id;
  });
}

Result<std::vector<core::RoleGrant>> LedgerStore::LoadRoles(core::UserId id) {
  std::vector<core::RoleGrant> roles;
  Result<void> listed =
      db_->ForEach("SELECT org_id, role FROM user_roles WHERE user_id = $1 ORDER BY org_id, role",
                   {id}, [&](const SqlRowView& row) {
                     std::optional<core::Role> role = core::RoleFromString(row[1].value_or(""));
                     if (role)
                       roles.push_back({std::stoll(std::string(row[0].value_or("0"))), *role});
                   });
  if (!listed) return listed.error();
  return roles;
}

Result<User> LedgerStore::LoadUser(const std::string& where, const SqlValue& key) {
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT " + std::string(kUserColumns) + " FROM users WHERE " + where, {key});
  if (!rows) return rows.error();
  if (rows->empty()) return Error::NotFound("用户不存在");
  const SqlRow& row = rows->front();
  User user;
  user.id = std::stoll(row[0].value_or("0"));
  user.login = row[1].value_or("");
  user.display_name = row[2].value_or("");
  user.disabled = row[3].value_or("0") != "0";
  GONGKAI_ASSIGN_OR_RETURN(user.roles, LoadRoles(user.id));
  return user;
}

Result<User> LedgerStore::GetUser(core::UserId id) { return LoadUser("id = $1", id); }

Result<User> LedgerStore::FindUserByLogin(std::string_view login) {
  return LoadUser("login = $1", std::string(login));
}

Result<std::vector<User>> LedgerStore::ListUsers() {
  Result<std::vector<SqlRow>> ids = db_->Query("SELECT id FROM users ORDER BY id");
  if (!ids) return ids.error();
  std::vector<User> users;
  for (const SqlRow& row : *ids) {
    GONGKAI_ASSIGN_OR_RETURN(User user, GetUser(std::stoll(row[0].value_or("0"))));
    users.push_back(std::move(user));
  }
  return users;
}

Result<std::string> LedgerStore::PasswordHashOf(core::UserId id) {
  Result<std::vector<SqlRow>> rows =
      db_->Query("SELECT password_hash FROM users WHERE id = $1 AND disabled = 0", {id});
  if (!rows) return rows.error();
  if (rows->empty()) return Error::NotFound("用户不存在或已停用");
  return rows->front()[0].value_or("");
}

Result<void> LedgerStore::SetPasswordHash(core::UserId id, const std::string& password_hash) {
  if (!password_hash.starts_with("$argon2id$")) {
    return Error::InvalidArgument("password：只接受 Argon2id 哈希");
  }
  return Write<void>([&]() -> Result<void> {
    Result<std::vector<SqlRow>> updated = db_->Query(
        "UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING id", {id, password_hash});
    if (!updated) return updated.error();
    if (updated->empty()) return Error::NotFound("用户编号 " + std::to_string(id) + " 不存在");
    Result<std::vector<SqlRow>> ended = db_->Query("DELETE FROM sessions WHERE user_id = $1", {id});
    if (!ended) return ended.error();
    return Audit("user.password", "user:" + std::to_string(id), {}, {{"sessions_ended", true}});
  });
}

Result<void> LedgerStore::SetRoles(core::UserId id, const std::vector<core::RoleGrant>& roles) {
  return Write<void>([&]() -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(User user, GetUser(id));
    for (std::size_t i = 0; i < roles.size(); ++i) {
      if (Result<void> org =
              RequireOrganisation(roles[i].org, "roles[" + std::to_string(i) + "].org");
          !org) {
        return org;
      }
    }
    Result<std::vector<SqlRow>> removed =
        db_->Query("DELETE FROM user_roles WHERE user_id = $1", {id});
    if (!removed) return removed.error();
    std::vector<core::RoleGrant> unique = roles;
    std::sort(unique.begin(), unique.end(), [](const core::RoleGrant& a, const core::RoleGrant& b) {
      return std::pair(a.org, a.role) < std::pair(b.org, b.role);
    });
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const core::RoleGrant& grant : unique) {
      Result<std::vector<SqlRow>> inserted =
          db_->Query("INSERT INTO user_roles (user_id, org_id, role) VALUES ($1, $2, $3)",
                     {id, grant.org, std::string(core::ToString(grant.role))});
      if (!inserted) return inserted.error();
    }
    return Audit("user.roles", "user:" + std::to_string(id), RolesAudit(user.roles),
                 RolesAudit(unique));
  });
}

Result<void> LedgerStore::CreateSession(const NewSession& session) {
  return Write<void>([&]() -> Result<void> {
    // Expired sessions are removed as new ones begin, so the table stays small.
    Result<std::vector<SqlRow>> expired =
        db_->Query("DELETE FROM sessions WHERE expires_at < $1", {session.created_at});
    if (!expired) return expired.error();
    Result<std::vector<SqlRow>> inserted = db_->Query(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
        "VALUES ($1, $2, $3, $4, $5)",
        {session.token_hash, session.user, session.csrf_token, session.created_at,
         session.expires_at});
    if (!inserted) return inserted.error();
    return Audit("session.login", "user:" + std::to_string(session.user), {},
                 {{"expires_at", session.expires_at}});
  });
}

// One query per request: the session, its user and the user's roles (one row per role).
Result<std::optional<SignedIn>> LedgerStore::FindSession(std::string_view token_hash,
                                                         std::int64_t now) {
  std::optional<SignedIn> found;
  Result<void> selected = db_->ForEach(
      "SELECT s.user_id, s.csrf_token, s.expires_at, u.login, u.display_name, r.org_id, r.role "
      "FROM sessions s JOIN users u ON u.id = s.user_id "
      "LEFT JOIN user_roles r ON r.user_id = u.id "
      "WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0 "
      "ORDER BY r.org_id, r.role",
      {std::string(token_hash), now}, [&](const SqlRowView& row) {
        auto text = [&](std::size_t i) { return std::string(row[i].value_or("")); };
        if (!found) {
          found.emplace();
          found->user.id = std::stoll(text(0));
          found->csrf_token = text(1);
          found->expires_at = std::stoll(text(2));
          found->user.login = text(3);
          found->user.display_name = text(4);
        }
        if (!row[5]) return;
        std::optional<core::Role> role = core::RoleFromString(text(6));
        if (role) found->user.roles.push_back({std::stoll(text(5)), *role});
      });
  if (!selected) return selected.error();
  return found;
}

Result<void> LedgerStore::DeleteSession(std::string_view token_hash) {
  return Write<void>([&]() -> Result<void> {
    Result<std::vector<SqlRow>> removed = db_->Query(
        "DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id", {std::string(token_hash)});
    if (!removed) return removed.error();
    if (removed->empty()) return {};
    return Audit("session.logout", "user:" + removed->front()[0].value_or("0"), {}, {});
  });
}

Result<LoginFailureCounts> LedgerStore::CountLoginFailures(std::string_view login,
                                                           std::string_view client,
                                                           std::int64_t since) {
  Result<std::vector<SqlRow>> rows = db_->Query(
      "SELECT (SELECT COUNT(*) FROM login_failures WHERE login = $1 AND at >= $3), "
      "(SELECT COUNT(*) FROM login_failures WHERE client = $2 AND at >= $3)",
      {std::string(login), std::string(client), since});
  if (!rows) return rows.error();
  return LoginFailureCounts{std::stoi(rows->front()[0].value_or("0")),
                            std::stoi(rows->front()[1].value_or("0"))};
}

Result<void> LedgerStore::RecordLoginFailure(std::string_view login, std::string_view client,
                                             std::int64_t at) {
  return Write<void>([&]() -> Result<void> {
    // Failures older than a day no longer count for anything.
    Result<std::vector<SqlRow>> old =
        db_->Query("DELETE FROM login_failures WHERE at < $1", {at - 86400});
    if (!old) return old.error();
    Result<std::vector<SqlRow>> inserted =
        db_->Query("INSERT INTO login_failures (login, client, at) VALUES ($1, $2, $3)",
                   {std::string(login), std::string(client), at});
    if (!inserted) return inserted.error();
    return Audit("session.login_failed", "login:" + std::string(login), {},
                 {{"client", std::string(client)}});
  });
}

Result<void> LedgerStore::ClearLoginFailures(std::string_view login) {
  Result<std::vector<SqlRow>> removed =
      db_->Query("DELETE FROM login_failures WHERE login = $1", {std::string(login)});
  if (!removed) return removed.error();
  return {};
}

}  // namespace gongkai::store::detail
