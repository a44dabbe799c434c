#include "cli/ledger_commands.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/files.hpp"
#include "cli/calendar_loading.hpp"
#include "cli/store_opening.hpp"
#include "report/json.hpp"
#include "report/render.hpp"
#include "store/backup.hpp"
#include "store/demo.hpp"
#include "store/store.hpp"

namespace gongkai::cli {
namespace {

struct LedgerOptions {
  std::string db = kDefaultDatabase;
  CalendarOptions calendar;
  bool json = false;
  std::string org;
  int year = 0;
  std::string to = "text";
  std::string output;
  std::string explain;
  std::string file;
  std::string name;                 // org add
  std::string parent;               // org add
  std::string kind = "department";  // org add
};

Result<OpenedStore> Open(const LedgerOptions& o) { return OpenLedger(o.db, o.calendar); }

ExitCode Output(const LedgerOptions& o, const std::string& text) {
  if (o.output.empty()) {
    std::cout << text;
    return ExitCode::kOk;
  }
  Result<void> written = WriteFileAtomically(o.output, text);
  return written ? ExitCode::kOk : Fail(written.error());
}

ExitCode RunMigrate(const LedgerOptions& o) {
  Result<OpenedStore> opened = Open(o);
  if (!opened) return Fail(opened.error());
  std::cout << "数据库结构已是最新：" << o.db << "\n";
  return ExitCode::kOk;
}

ExitCode RunDemo(const LedgerOptions& o) {
  Result<OpenedStore> opened = Open(o);
  if (!opened) return Fail(opened.error());
  std::cerr << "正在载入演示数据（" << o.db << "）…\n";
  Result<store::DemoCounts> counts = store::LoadDemoData(*opened->store, *opened->calendar);
  if (!counts) return Fail(counts.error());
  std::cout << "已载入演示数据：机关 " << counts->organisations << " 个，申请 "
            << counts->applications << " 件（事件 " << counts->events << " 条），公开条目 "
            << counts->publications << " 条，复议诉讼 " << counts->appeals << " 件，已公开年度报告 "
            << counts->published_reports << " 份，演示账号 " << counts->users << " 个（密码 "
            << store::kDemoPassword << "）\n";
  return ExitCode::kOk;
}

ExitCode RunOrgList(const LedgerOptions& o) {
  Result<OpenedStore> opened = Open(o);
  if (!opened) return Fail(opened.error());
  Result<std::vector<core::Organisation>> organisations = opened->store->ListOrganisations();
  if (!organisations) return Fail(organisations.error());
  if (o.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const core::Organisation& org : *organisations) {
      out.push_back({{"id", org.id},
                     {"name", org.name},
                     {"parent", org.parent ? nlohmann::ordered_json(*org.parent) : nullptr},
                     {"kind", std::string(core::ToString(org.kind))}});
    }
    std::cout << out.dump(1) << "\n";
    return ExitCode::kOk;
  }
  for (const core::Organisation& org : *organisations) {
    std::cout << org.id << "\t" << org.name;
    if (org.parent) std::cout << "\t上级：" << *org.parent;
    std::cout << "\n";
  }
  return ExitCode::kOk;
}

// A new deployment starts with `org add` for its organisations, then `user add` for the first
// administrator.
ExitCode RunOrgAdd(const LedgerOptions& o) {
  Result<OpenedStore> opened = Open(o);
  if (!opened) return Fail(opened.error());
  core::Organisation org;
  org.name = o.name;
  std::optional<core::OrgKind> kind = core::OrgKindFromString(o.kind);
  if (!kind) {
    return Fail(Error::InvalidArgument("--kind：应为 government、department、township 或 other"));
  }
  org.kind = *kind;
  if (!o.parent.empty()) {
    Result<core::Organisation> parent = opened->store->FindOrganisation(o.parent);
    if (!parent) return Fail(parent.error());
    org.parent = parent->id;
  }
  Result<core::OrgId> id = opened->store->AddOrganisation(org);
  if (!id) return Fail(id.error());
  std::cout << "已新增机关 " << *id << "\t" << org.name << "\n";
  return ExitCode::kOk;
}

ExitCode RunGenerate(const LedgerOptions& o) {
  Result<OpenedStore> opened = Open(o);
  if (!opened) return Fail(opened.error());
  Result<core::Organisation> org = opened->store->FindOrganisation(o.org);
  if (!org) return Fail(Error{org.error().code, "--org：" + org.error().message, {}});
  Result<report::LedgerYear> ledger = opened->store->SelectLedgerYear(org->id, o.year);
  if (!ledger) return Fail(ledger.error());
  Result<report::GeneratedReport> generated = report::GenerateReport(*ledger);
  if (!generated) return Fail(generated.error());
  if (!o.explain.empty()) {
    std::optional<std::string> key = report::ResolveCellKey(o.explain);
    if (!key) {
      return Fail(
          Error::InvalidArgument("--explain：没有名为“" + o.explain +
                                 "”的单元格（例如 received.total、reconsideration.pending）"));
    }
    const std::vector<report::RecordRef>& records = generated->records[*key];
    nlohmann::ordered_json out = {{"cell", *key}, {"count", records.size()}};
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const report::RecordRef& record : records)
      list.push_back({{"kind", std::string(record.kind)}, {"id", record.id}});
    out["records"] = std::move(list);
    if (o.json) return Output(o, out.dump(1) + "\n");
    std::string text = *key + "：" + std::to_string(records.size()) + " 条记录\n";
    for (const report::RecordRef& record : records)
      text.append(record.kind).append(" ").append(std::to_string(record.id)).append("\n");
    return Output(o, text);
  }
  if (o.to == "json") return Output(o, report::ToJson(generated->report));
  if (o.to == "markdown") return Output(o, report::RenderMarkdown(generated->report) + "\n");
  return Output(o, report::RenderText(generated->report) + "\n");
}

ExitCode RunExport(const LedgerOptions& o) {
  Result<OpenedStore> opened = Open(o);
  if (!opened) return Fail(opened.error());
  std::ostringstream out;
  if (Result<void> exported = opened->store->ExportJsonLines(out); !exported)
    return Fail(exported.error());
  return Output(o, out.str());
}

ExitCode RunImport(const LedgerOptions& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return Fail(Error::NotFound(o.file + "：无法打开文件"));
  Result<OpenedStore> opened = Open(o);
  if (!opened) return Fail(opened.error());
  Result<store::ImportCounts> counts = store::ImportJsonLines(*opened->store, in);
  if (!counts) return Fail(Error{counts.error().code, o.file + "：" + counts.error().message, {}});
  std::cout << "已导入：机关 " << counts->organisations << " 个，申请 " << counts->applications
            << " 件（事件 " << counts->events << " 条），公开条目 " << counts->publications
            << " 条，复议诉讼 " << counts->appeals << " 件，年度统计 " << counts->statistics
            << " 条\n";
  return ExitCode::kOk;
}

ExitCode RunBackup(const LedgerOptions& o) {
  Result<void> done = store::BackupSqlite(o.db, o.file);
  if (!done) return Fail(done.error());
  std::cout << "已备份到 " << o.file << "\n";
  return ExitCode::kOk;
}

ExitCode RunRestore(const LedgerOptions& o) {
  Result<void> done = store::RestoreSqlite(o.db, o.file);
  if (!done) return Fail(done.error());
  std::cout << "已从 " << o.file << " 恢复\n";
  return ExitCode::kOk;
}

CLI::App* Command(CLI::App& parent, const char* name, const char* description, LedgerOptions& o) {
  CLI::App* command = parent.add_subcommand(name, description);
  command->add_option("--db", o.db, "数据库：sqlite:文件路径 或 postgresql://…")
      ->default_str(kDefaultDatabase);
  return command;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddLedgerCommands(CLI::App& app) {
  auto o = std::make_shared<LedgerOptions>();
  CLI::App* db = app.add_subcommand("db", "数据库维护");
  db->require_subcommand(1);
  CLI::App* migrate = Command(*db, "migrate", "建立或升级数据库结构", *o);
  CLI::App* demo = Command(app, "demo", "载入演示数据（解放区人民政府及其部门）到空数据库", *o);
  AddCalendarOptions(*demo, o->calendar);
  CLI::App* org = app.add_subcommand("org", "机关");
  org->require_subcommand(1);
  CLI::App* org_list = Command(*org, "list", "列出机关（编号、名称、上级）", *o);
  org_list->add_flag("--json", o->json, "输出 JSON");
  CLI::App* org_add = Command(*org, "add", "新增机关", *o);
  org_add->add_option("NAME", o->name, "机关名称")->required();
  org_add->add_option("--parent", o->parent, "上级机关（编号或名称）");
  org_add->add_option("--kind", o->kind, "government、department（默认）、township 或 other");

  CLI::App* report = app.get_subcommand("report");
  CLI::App* generate = Command(*report, "generate", "由台账生成年度报告", *o);
  generate->add_option("--org", o->org, "机关编号或名称")->required();
  generate->add_option("--year", o->year, "年度")->required();
  generate->add_option("--to", o->to, "输出格式")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  generate->add_option("-o,--output", o->output, "输出文件（默认标准输出）");
  generate->add_option("--explain", o->explain, "列出某一单元格背后的记录，如 received.total");
  generate->add_flag("--json", o->json, "与 --explain 合用：输出 JSON");
  AddCalendarOptions(*generate, o->calendar);

  CLI::App* exporting = Command(app, "export", "导出全部台账为 JSON Lines", *o);
  exporting->add_option("-o,--output", o->output, "输出文件（默认标准输出）");
  CLI::App* importing = Command(app, "import", "导入 JSON Lines 台账（逐条重新校验）", *o);
  importing->add_option("FILE", o->file, "导出的文件")->required();
  AddCalendarOptions(*importing, o->calendar);
  CLI::App* backup = Command(app, "backup", "在线备份 SQLite 数据库", *o);
  backup->add_option("--to", o->file, "备份文件")->required();
  CLI::App* restore = Command(app, "restore", "从备份恢复 SQLite 数据库", *o);
  restore->add_option("--from", o->file, "备份文件")->required();

  return [=]() -> std::optional<ExitCode> {
    if (migrate->parsed()) return RunMigrate(*o);
    if (demo->parsed()) return RunDemo(*o);
    if (org_list->parsed()) return RunOrgList(*o);
    if (org_add->parsed()) return RunOrgAdd(*o);
    if (generate->parsed()) return RunGenerate(*o);
    if (exporting->parsed()) return RunExport(*o);
    if (importing->parsed()) return RunImport(*o);
    if (backup->parsed()) return RunBackup(*o);
    if (restore->parsed()) return RunRestore(*o);
    return std::nullopt;
  };
}

}  // namespace gongkai::cli
