#include "cli/account_commands.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "base/crypto.hpp"
#include "cli/store_opening.hpp"

namespace gongkai::cli {
namespace {

struct AccountOptions {
  std::string db = kDefaultDatabase;
  CalendarOptions calendar;
  std::string login;
  std::string name;
  std::vector<std::string> roles;  // "officer@2", "head@解放区工业和信息化局"
  bool clear = false;
};

// The password from the terminal without echo (asked twice), or one line of standard input when
// it is not a terminal (scripts: `echo "$PW" | gongkai user add …`). Never from the command line,
// where other users could read it in the process list.
Result<std::string> ReadPassword() {
  auto read_line = [](const char* prompt, bool terminal) {
    if (terminal) std::cerr << prompt << std::flush;
    std::string line;
    std::getline(std::cin, line);
    if (terminal) std::cerr << "\n";
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  };
  if (!isatty(STDIN_FILENO)) return read_line("", false);
  termios saved{};
  tcgetattr(STDIN_FILENO, &saved);
  termios silent = saved;
  silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &silent);
  std::string first = read_line("新密码：", true);
  std::string second = read_line("再输入一次：", true);
  tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  if (first != second) return Error::InvalidArgument("两次输入的密码不一致");
  return first;
}

Result<std::vector<core::RoleGrant>> ParseRoles(store::Store& store,
                                                const std::vector<std::string>& texts) {
  std::vector<core::RoleGrant> roles;
  for (const std::string& text : texts) {
    std::size_t at = text.find('@');
    if (at == std::string::npos) {
      return Error::InvalidArgument("--role：应为 角色@机关，例如 officer@2，实际为“" + text + "”");
    }
    std::optional<core::Role> role = core::RoleFromString(text.substr(0, at));
    if (!role) {
      std::string choices;
      for (core::Role r : core::kAllRoles) choices += " " + std::string(core::ToString(r));
      return Error::InvalidArgument("--role：未知的角色“" + text.substr(0, at) + "”（可选：" +
                                    choices + "）");
    }
    GONGKAI_ASSIGN_OR_RETURN(core::Organisation org, store.FindOrganisation(text.substr(at + 1)));
    roles.push_back({org.id, *role});
  }
  return roles;
}

std::string RolesText(const store::User& user) {
  std::string text;
  for (const core::RoleGrant& grant : user.roles) {
    text += (text.empty() ? "" : "，") + std::string(core::ChineseLabel(grant.role)) + "@" +
            std::to_string(grant.org);
  }
  return text.empty() ? "（无角色）" : text;
}

ExitCode RunAdd(const AccountOptions& o) {
  Result<OpenedStore> opened = OpenLedger(o.db, o.calendar);
  if (!opened) return Fail(opened.error());
  store::Store& store = *opened->store;
  Result<std::vector<core::RoleGrant>> roles = ParseRoles(store, o.roles);
  if (!roles) return Fail(roles.error());
  Result<std::string> password = ReadPassword();
  if (!password) return Fail(password.error());
  Result<std::string> hashed = HashPassword(*password);
  if (!hashed) return Fail(hashed.error());
  Result<void> added = store.Batch([&]() -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(core::UserId id,
                             store.AddUser({o.login, o.name.empty() ? o.login : o.name, *hashed}));
    return store.SetRoles(id, *roles);
  });
  if (!added) return Fail(added.error());
  std::cout << "已新增用户 " << o.login << "：" << RolesText(*store.FindUserByLogin(o.login))
            << "\n";
  return ExitCode::kOk;
}

ExitCode RunPasswd(const AccountOptions& o) {
  Result<OpenedStore> opened = OpenLedger(o.db, o.calendar);
  if (!opened) return Fail(opened.error());
  Result<store::User> user = opened->store->FindUserByLogin(o.login);
  if (!user) return Fail(Error::NotFound("用户“" + o.login + "”不存在"));
  Result<std::string> password = ReadPassword();
  if (!password) return Fail(password.error());
  Result<std::string> hashed = HashPassword(*password);
  if (!hashed) return Fail(hashed.error());
  if (Result<void> set = opened->store->SetPasswordHash(user->id, *hashed); !set) {
    return Fail(set.error());
  }
  std::cout << "已修改 " << o.login << " 的密码，其所有会话已结束\n";
  return ExitCode::kOk;
}

ExitCode RunRoles(const AccountOptions& o) {
  Result<OpenedStore> opened = OpenLedger(o.db, o.calendar);
  if (!opened) return Fail(opened.error());
  store::Store& store = *opened->store;
  Result<store::User> user = store.FindUserByLogin(o.login);
  if (!user) return Fail(Error::NotFound("用户“" + o.login + "”不存在"));
  if (!o.roles.empty() || o.clear) {
    Result<std::vector<core::RoleGrant>> roles = ParseRoles(store, o.roles);
    if (!roles) return Fail(roles.error());
    if (Result<void> set = store.SetRoles(user->id, *roles); !set) return Fail(set.error());
    user = store.GetUser(user->id);
  }
  std::cout << o.login << "：" << RolesText(*user) << "\n";
  return ExitCode::kOk;
}

ExitCode RunList(const AccountOptions& o) {
  Result<OpenedStore> opened = OpenLedger(o.db, o.calendar);
  if (!opened) return Fail(opened.error());
  Result<std::vector<store::User>> users = opened->store->ListUsers();
  if (!users) return Fail(users.error());
  for (const store::User& user : *users) {
    std::cout << user.id << "\t" << user.login << "\t" << user.display_name << "\t"
              << RolesText(user) << "\n";
  }
  return ExitCode::kOk;
}

// Exit 0 when the chain holds, 1 when an entry was edited or removed.
ExitCode RunVerify(const AccountOptions& o) {
  Result<OpenedStore> opened = OpenLedger(o.db, o.calendar);
  if (!opened) return Fail(opened.error());
  Result<store::AuditVerification> verified = opened->store->VerifyAudit();
  if (!verified) return Fail(verified.error());
  if (!verified->problem.empty()) {
    std::cout << "审计日志被篡改：" << verified->problem << "\n";
    return ExitCode::kInvalid;
  }
  std::cout << "审计日志完整：共 " << verified->entries << " 条，末条哈希 " << verified->head_hash
            << "\n（请另行记录末条哈希；日后比对可发现末尾记录被截去）\n";
  return ExitCode::kOk;
}

CLI::App* Command(CLI::App& parent, const char* name, const char* description, AccountOptions& o) {
  CLI::App* command = parent.add_subcommand(name, description);
  command->add_option("--db", o.db, "数据库：sqlite:文件路径 或 postgresql://…")
      ->default_str(kDefaultDatabase);
  AddCalendarOptions(*command, o.calendar);
  return command;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddAccountCommands(CLI::App& app) {
  auto o = std::make_shared<AccountOptions>();
  CLI::App* user = app.add_subcommand("user", "用户与角色（密码从终端或标准输入读取）");
  user->require_subcommand(1);
  CLI::App* add = Command(*user, "add", "新增用户", *o);
  add->add_option("LOGIN", o->login, "登录名")->required();
  add->add_option("--name", o->name, "姓名");
  add->add_option("--role", o->roles,
                  "角色@机关（编号或名称），可多次指定；角色：admin officer "
                  "reviewer secrecy_reviewer head supervisor");
  CLI::App* passwd = Command(*user, "passwd", "修改用户密码（结束其所有会话）", *o);
  passwd->add_option("LOGIN", o->login, "登录名")->required();
  CLI::App* roles = Command(*user, "roles", "查看或设置用户角色", *o);
  roles->add_option("LOGIN", o->login, "登录名")->required();
  roles->add_option("--role", o->roles, "设置为这些角色（替换原有角色），可多次指定");
  roles->add_flag("--clear", o->clear, "撤销全部角色");
  CLI::App* list = Command(*user, "list", "列出用户", *o);
  CLI::App* audit = app.add_subcommand("audit", "审计日志");
  audit->require_subcommand(1);
  CLI::App* verify =
      Command(*audit, "verify", "校验审计日志的哈希链（发现被修改或删除的记录）", *o);
  return [=]() -> std::optional<ExitCode> {
    if (add->parsed()) return RunAdd(*o);
    if (passwd->parsed()) return RunPasswd(*o);
    if (roles->parsed()) return RunRoles(*o);
    if (list->parsed()) return RunList(*o);
    if (verify->parsed()) return RunVerify(*o);
    return std::nullopt;
  };
}

}  // namespace gongkai::cli
