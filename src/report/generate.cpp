#include "report/generate.hpp"

#include <array>
#include <cstdio>

#include "report/format.hpp"

namespace gongkai::report {
namespace {

std::string CellKey(Part part, std::string_view row, std::string_view column) {
  return std::string(ToString(part)) + "." + std::string(row) + "." + std::string(column);
}

AppRow RowOf(core::Outcome outcome) {
  using core::Outcome;
  switch (outcome) {
    case Outcome::kDisclosed:
      return AppRow::kDisclosed;
    case Outcome::kPartiallyDisclosed:
      return AppRow::kPartiallyDisclosed;
    case Outcome::kWithheldStateSecret:
      return AppRow::kWithheldStateSecret;
    case Outcome::kWithheldProhibitedByLaw:
      return AppRow::kWithheldProhibitedByLaw;
    case Outcome::kWithheldSecurityStability:
      return AppRow::kWithheldSecurityStability;
    case Outcome::kWithheldThirdPartyRights:
      return AppRow::kWithheldThirdPartyRights;
    case Outcome::kWithheldInternalAffairs:
      return AppRow::kWithheldInternalAffairs;
    case Outcome::kWithheldProcessInformation:
      return AppRow::kWithheldProcessInformation;
    case Outcome::kWithheldEnforcementCaseFiles:
      return AppRow::kWithheldEnforcementCaseFiles;
    case Outcome::kWithheldAdministrativeQuery:
      return AppRow::kWithheldAdministrativeQuery;
    case Outcome::kUnavailableNotHeld:
      return AppRow::kUnavailableNotHeld;
    case Outcome::kUnavailableNeedsCreation:
      return AppRow::kUnavailableNeedsCreation;
    case Outcome::kUnavailableUnclearAfterCorrection:
      return AppRow::kUnavailableUnclearAfterCorrection;
    case Outcome::kNotProcessedPetition:
      return AppRow::kNotProcessedPetition;
    case Outcome::kNotProcessedDuplicate:
      return AppRow::kNotProcessedDuplicate;
    case Outcome::kNotProcessedPublication:
      return AppRow::kNotProcessedPublication;
    case Outcome::kNotProcessedExcessive:
      return AppRow::kNotProcessedExcessive;
    case Outcome::kNotProcessedConfirmation:
      return AppRow::kNotProcessedConfirmation;
    case Outcome::kOtherNoCorrection:
      return AppRow::kOtherNoCorrection;
    case Outcome::kOtherFeeUnpaid:
      return AppRow::kOtherFeeUnpaid;
    case Outcome::kOtherOther:
      return AppRow::kOtherOther;
  }
  return AppRow::kOtherOther;
}

AppColumn ColumnOf(core::ApplicantType type) {
  return kAllAppColumns[static_cast<std::size_t>(type)];  // same order, see model.hpp
}

// Counts records into cells, keeping which records each cell counts. The record lists of table
// 三 and 四 are looked up by index, not by building their key for every record.
class Tally {
 public:
  explicit Tally(GeneratedReport& out) : out_(out) {
    for (AppRow row : kAllAppRows) {
      for (AppColumn column : kAllAppColumns) {
        app_records_[Index(row, column)] =
            &out_.records[CellKey(Part::kApplications, Key(row), Key(column))];
      }
    }
  }

  void App(AppRow row, core::ApplicantType type, core::ApplicationId id) {
    for (AppColumn column : {ColumnOf(type), AppColumn::kTotal}) {
      app_records_[Index(row, column)]->push_back({"application", id});
    }
  }
  void Appeal(AppealGroup group, AppealColumn column, core::AppealId id) {
    for (AppealColumn target : {column, AppealColumn::kTotal}) {
      Bump(out_.report.appeals.at(group, target));
      out_.records[CellKey(Part::kAppeals, Key(group), Key(target))].push_back({"appeal", id});
    }
  }
  void Document(ProactiveRow row, ProactiveColumn column, core::PublicationId id) {
    Bump(out_.report.proactive.at(row, column));
    out_.records[CellKey(Part::kProactive, Key(row), Key(column))].push_back({"publication", id});
  }

  // Sets each table 三 cell to the number of its records; drops the record lists of cells that
  // count nothing.
  void Finish() {
    for (AppRow row : kAllAppRows) {
      for (AppColumn column : kAllAppColumns) {
        std::size_t count = app_records_[Index(row, column)]->size();
        Cell& cell = out_.report.applications.at(row, column);
        if (count > 0 || cell.value)
          cell.value = Decimal::FromInteger(static_cast<std::int64_t>(count));
      }
    }
    std::erase_if(out_.records, [](const auto& entry) { return entry.second.empty(); });
  }

 private:
  static std::size_t Index(AppRow row, AppColumn column) {
    return static_cast<std::size_t>(row) * kAppColumnCount + static_cast<std::size_t>(column);
  }
  static void Bump(Cell& cell) {
    cell.value = cell.value.value_or(Decimal()) + Decimal::FromInteger(1);
  }
  GeneratedReport& out_;
  std::array<std::vector<RecordRef>*, kAppRowCount * kAppColumnCount> app_records_{};
};

bool InYear(Date date, int year) { return date.year() == year; }

void CountApplications(const LedgerYear& ledger, Tally& tally) {
  Date first = *Date::FromCivil(ledger.year, 1, 1);
  Date last = *Date::FromCivil(ledger.year, 12, 31);
  for (const core::CaseRow& row : ledger.cases) {
    if (row.received_on > last) continue;
    bool closed_before = row.closed_on && *row.closed_on < first;
    if (closed_before) continue;
    if (InYear(row.received_on, ledger.year)) {
      tally.App(AppRow::kReceived, row.applicant_type, row.id);
    } else {
      tally.App(AppRow::kCarriedOver, row.applicant_type, row.id);
    }
    if (row.closed_on && *row.closed_on <= last) {
      // One closed application, one outcome row (部分公开 only as 部分公开: GK012 by construction).
      tally.App(RowOf(row.outcome.value_or(core::Outcome::kOtherOther)), row.applicant_type,
                row.id);
      tally.App(AppRow::kTotal, row.applicant_type, row.id);
    } else {
      tally.App(AppRow::kCarriedForward, row.applicant_type, row.id);
    }
  }
}

// Table 二 第二十条第（一）项 from the catalogue: issued = published in the year; repealed =
// repealed in the year; in force = published by 31 December and not repealed by then. So
// in force(N) = in force(N−1) + issued(N) − repealed(N) (GK011) by construction.
void CountDocuments(const LedgerYear& ledger, Tally& tally) {
  Date last = *Date::FromCivil(ledger.year, 12, 31);
  for (const core::Publication& item : ledger.publications) {
    if (item.document_type == core::DocumentType::kOther || !item.published_on) continue;
    ProactiveRow row = item.document_type == core::DocumentType::kRule
                           ? ProactiveRow::kRules
                           : ProactiveRow::kNormativeDocuments;
    if (InYear(*item.published_on, ledger.year))
      tally.Document(row, ProactiveColumn::kIssued, item.id);
    if (item.repealed_on && InYear(*item.repealed_on, ledger.year)) {
      tally.Document(row, ProactiveColumn::kRepealed, item.id);
    }
    bool in_force = *item.published_on <= last && (!item.repealed_on || *item.repealed_on > last);
    if (in_force) tally.Document(row, ProactiveColumn::kInForce, item.id);
  }
}

Decimal TenThousandYuan(Money money) {
  // 1 万元 = 10,000 元 = 1,000,000 分.
  char text[48];
  std::int64_t fen = money.fen();
  std::snprintf(text, sizeof text, "%lld.%06lld", static_cast<long long>(fen / 1'000'000),
                static_cast<long long>(fen % 1'000'000));
  return Decimal::Parse(text).value_or(Decimal()).Normalized();
}

void FillStatistics(const LedgerYear& ledger, GeneratedReport& out) {
  core::YearlyStatistics stats = ledger.statistics.value_or(core::YearlyStatistics{});
  auto set = [&](ProactiveRow row, ProactiveColumn column, Decimal value) {
    out.report.proactive.set(row, column, value);
    if (ledger.statistics) {
      out.records[CellKey(Part::kProactive, Key(row), Key(column))].push_back(
          {"yearly_statistics", ledger.year});
    }
  };
  set(ProactiveRow::kLicensing, ProactiveColumn::kDecisions,
      Decimal::FromInteger(stats.licensing_decisions));
  set(ProactiveRow::kPenalties, ProactiveColumn::kDecisions,
      Decimal::FromInteger(stats.penalty_decisions));
  set(ProactiveRow::kCoerciveMeasures, ProactiveColumn::kDecisions,
      Decimal::FromInteger(stats.coercive_decisions));
  set(ProactiveRow::kFees, ProactiveColumn::kAmount10kYuan,
      TenThousandYuan(stats.administrative_fees));
}

// Table 四: appeals decided in the year by result; those undecided on 31 December as 尚未审结
// (and again next year until decided).
void CountAppeals(const LedgerYear& ledger, Tally& tally) {
  Date first = *Date::FromCivil(ledger.year, 1, 1);
  Date last = *Date::FromCivil(ledger.year, 12, 31);
  for (const core::Appeal& appeal : ledger.appeals) {
    if (appeal.filed_on > last || (appeal.decided_on && *appeal.decided_on < first)) continue;
    AppealGroup group =
        appeal.kind == core::AppealKind::kReconsideration
            ? AppealGroup::kReconsideration
            : (appeal.after_reconsideration ? AppealGroup::kLitigationAfterReconsideration
                                            : AppealGroup::kLitigationDirect);
    AppealColumn column = AppealColumn::kPending;
    if (appeal.decided_on && *appeal.decided_on <= last) {
      switch (appeal.result) {
        case core::AppealResult::kUpheld:
          column = AppealColumn::kUpheld;
          break;
        case core::AppealResult::kCorrected:
          column = AppealColumn::kCorrected;
          break;
        case core::AppealResult::kOther:
          column = AppealColumn::kOther;
          break;
        case core::AppealResult::kPending:
          break;
      }
    }
    tally.Appeal(group, column, appeal.id);
  }
}

void ZeroFill(GeneratedReport& out) {
  const FormatSpec& spec = SpecFor(out.report.format);
  for (const ProactiveTableSpec& table : spec.proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      for (const ProactiveColumnSpec& column : table.columns) {
        out.report.proactive.set(row.row, column.column, Decimal());
      }
    }
  }
  for (const AppRowSpec& row : spec.application_rows) {
    for (AppColumn column : kAllAppColumns) out.report.applications.set(row.row, column, Decimal());
  }
  for (AppealGroup group : kAllAppealGroups) {
    for (AppealColumn column : kAllAppealColumns) out.report.appeals.set(group, column, Decimal());
  }
}

}  // namespace

Result<GeneratedReport> GenerateReport(const LedgerYear& ledger) {
  if (ledger.year < kFirstGeneratedYear) {
    return Error::InvalidArgument("year：仅支持生成 " + std::to_string(kFirstGeneratedYear) +
                                  " 年及以后的年度报告（国办公开办函〔2021〕30号格式）");
  }
  GeneratedReport out;
  out.report.format = Format::k2021;
  out.report.year = ledger.year;
  out.report.agency = ledger.organisation.name;
  out.report.title =
      ledger.organisation.name + " " + std::to_string(ledger.year) + " 年政府信息公开工作年度报告";
  ZeroFill(out);
  Tally tally(out);
  CountApplications(ledger, tally);
  CountDocuments(ledger, tally);
  FillStatistics(ledger, out);
  CountAppeals(ledger, tally);
  tally.Finish();
  out.report.sections = PrefillSections(ledger, out.report);
  return out;
}

std::optional<std::string> ResolveCellKey(const std::string& name) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t dot = name.find('.');; dot = name.find('.', start)) {
    parts.push_back(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (parts.size() == 3) parts.erase(parts.begin());
  if (parts.size() != 2) return std::nullopt;
  for (AppRow row : kAllAppRows) {
    if (Key(row) != parts[0]) continue;
    for (AppColumn column : kAllAppColumns) {
      if (Key(column) == parts[1]) return CellKey(Part::kApplications, parts[0], parts[1]);
    }
  }
  for (AppealGroup group : kAllAppealGroups) {
    if (Key(group) != parts[0]) continue;
    for (AppealColumn column : kAllAppealColumns) {
      if (Key(column) == parts[1]) return CellKey(Part::kAppeals, parts[0], parts[1]);
    }
  }
  for (const ProactiveTableSpec& table : SpecFor(Format::k2021).proactive) {
    for (const ProactiveRowSpec& row : table.rows) {
      if (row.key != parts[0]) continue;
      for (const ProactiveColumnSpec& column : table.columns) {
        if (column.key == parts[1]) return CellKey(Part::kProactive, parts[0], parts[1]);
      }
    }
  }
  return std::nullopt;
}

}  // namespace gongkai::report
