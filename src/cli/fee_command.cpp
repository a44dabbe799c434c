// `gongkai fee --pieces N | --pages N`: the information-processing fee of 国办函〔2020〕109号.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/clock_commands.hpp"
#include "core/fee.hpp"

namespace gongkai::cli {
namespace {

struct FeeOptions {
  std::optional<int> pieces;
  std::optional<int> pages;
  bool json = false;
};

nlohmann::ordered_json YuanJson(Money money) {
  if (money.fen() % Money::kFenPerYuan == 0) return money.fen() / Money::kFenPerYuan;
  return static_cast<double>(money.fen()) / Money::kFenPerYuan;
}

ExitCode RunFee(const FeeOptions& o) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  std::string human;
  if (o.pieces) {
    Result<Money> fee = core::PieceFee(*o.pieces);
    if (!fee) return Fail(fee.error());
    Result<Money> total = core::PiecesMonthTotal(*o.pieces);
    if (!total) return Fail(total.error());
    out = {{"basis", "per_piece"},
           {"pieces", *o.pieces},
           {"fee_yuan", YuanJson(*fee)},
           {"month_total_yuan", YuanJson(*total)},
           {"source", "国办函〔2020〕109号第四条"}};
    human = "同一申请人当月第 " + std::to_string(*o.pieces) + " 件申请：" + fee->YuanText() +
            " 元；当月 " + std::to_string(*o.pieces) + " 件合计：" + total->YuanText() +
            " 元（按件计收，国办函〔2020〕109号第四条）\n";
  } else {
    Result<Money> fee = core::PageFee(*o.pages);
    if (!fee) return Fail(fee.error());
    out = {{"basis", "per_page"},
           {"pages", *o.pages},
           {"fee_yuan", YuanJson(*fee)},
           {"source", "国办函〔2020〕109号第五条"}};
    human = std::to_string(*o.pages) + " 页：" + fee->YuanText() +
            " 元（按量计收，超额累进，国办函〔2020〕109号第五条）\n";
  }
  std::cout << (o.json ? out.dump() + "\n" : human);
  return ExitCode::kOk;
}

}  // namespace

std::function<std::optional<ExitCode>()> AddFeeCommand(CLI::App& app) {
  auto o = std::make_shared<FeeOptions>();
  CLI::App* command =
      app.add_subcommand("fee", "信息处理费（国办函〔2020〕109号）：按件或按量，二者只能选一");
  CLI::Option* pieces =
      command->add_option("--pieces", o->pieces, "同一申请人当月第 N 件申请（按件计收）");
  CLI::Option* pages = command->add_option("--pages", o->pages, "提供的页数（按量计收）");
  pieces->excludes(pages);
  command->add_flag("--json", o->json, "输出 JSON（fee_yuan，按件时另有 month_total_yuan）");
  return [o, command, pieces, pages]() -> std::optional<ExitCode> {
    if (!command->parsed()) return std::nullopt;
    if (pieces->count() == 0 && pages->count() == 0) {
      return Fail(Error::InvalidArgument("请指定 --pieces N 或 --pages N 之一"));
    }
    return RunFee(*o);
  };
}

}  // namespace gongkai::cli
