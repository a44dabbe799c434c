#include "store/demo.hpp"

#include <array>
#include <random>

#include "base/crypto.hpp"
#include "core/fee.hpp"
#include "report/json.hpp"

namespace gongkai::store {
namespace {

using core::CaseEvent;
using core::CaseEventKind;
using core::Outcome;

Date D(const char* text) { return *Date::Parse(text); }

// The demo's "now": records after it are not generated, so that recent cases stay open.
const Date kDemoNow = *Date::Parse("2026-11-27");

// How often each answer outcome occurs among ordinary answers (weights, not percentages).
struct WeightedOutcome {
  Outcome outcome;
  int weight;
};
constexpr std::array kAnswerOutcomes = {
    WeightedOutcome{Outcome::kDisclosed, 40},
    WeightedOutcome{Outcome::kPartiallyDisclosed, 12},
    WeightedOutcome{Outcome::kWithheldStateSecret, 1},
    WeightedOutcome{Outcome::kWithheldProhibitedByLaw, 1},
    WeightedOutcome{Outcome::kWithheldSecurityStability, 1},
    WeightedOutcome{Outcome::kWithheldThirdPartyRights, 3},
    WeightedOutcome{Outcome::kWithheldInternalAffairs, 2},
    WeightedOutcome{Outcome::kWithheldProcessInformation, 3},
    WeightedOutcome{Outcome::kWithheldEnforcementCaseFiles, 2},
    WeightedOutcome{Outcome::kWithheldAdministrativeQuery, 2},
    WeightedOutcome{Outcome::kUnavailableNotHeld, 15},
    WeightedOutcome{Outcome::kUnavailableNeedsCreation, 3},
    WeightedOutcome{Outcome::kNotProcessedPetition, 3},
    WeightedOutcome{Outcome::kNotProcessedDuplicate, 3},
    WeightedOutcome{Outcome::kNotProcessedPublication, 1},
    WeightedOutcome{Outcome::kNotProcessedExcessive, 1},
    WeightedOutcome{Outcome::kNotProcessedConfirmation, 2},
    WeightedOutcome{Outcome::kOtherOther, 2},
};

constexpr std::array<int, 6> kApplicantWeights = {70, 12, 3, 3, 7, 5};  // table 三 column order

class DemoBuilder {
 public:
  DemoBuilder(Store& store, const core::WorkCalendar& calendar)
      : store_(store), calendar_(calendar) {}

  Result<core::OrgId> Organisation(const std::string& name, std::optional<core::OrgId> parent,
                                   core::OrgKind kind) {
    ++counts_.organisations;
    return store_.AddOrganisation({0, name, parent, kind});
  }

  // A catalogue item through its whole review workflow.
  Result<void> Publication(core::OrgId org, const std::string& publisher, const std::string& title,
                           core::DocumentType type, const std::string& category, Date written,
                           std::optional<Date> repealed = std::nullopt) {
    ++counts_.publications;
    core::Publication item;
    item.org = org;
    item.index_number = "JF-" + std::to_string(org) + "-" + std::to_string(written.year()) + "-" +
                        std::to_string(counts_.publications);
    item.title = title;
    if (type != core::DocumentType::kOther) {
      item.document_number = "解住建〔" + std::to_string(written.year()) + "〕" +
                             std::to_string(counts_.publications) + "号";
    }
    item.publisher = publisher;
    item.written_on = written;
    item.category = category;
    item.method = "政府网站";
    item.document_type = type;
    GONGKAI_ASSIGN_OR_RETURN(core::PublicationId id, store_.AddPublication(item));
    const std::array<std::pair<core::PublicationStep, int>, 4> kSteps = {
        std::pair{core::PublicationStep::kSubmit, 1},
        {core::PublicationStep::kApproveContent, 2},
        {core::PublicationStep::kApproveSecrecy, 3},
        {core::PublicationStep::kPublish, 5}};
    for (auto [step, days] : kSteps) {
      Result<core::Publication> done =
          store_.RecordPublicationStep(id, {step, written.AddDays(days), "公开办", ""});
      if (!done) return done.error();
    }
    if (repealed) {
      Result<core::Publication> done = store_.RecordPublicationStep(
          id, {core::PublicationStep::kRepeal, *repealed, "公开办", "已被新文件替代"});
      if (!done) return done.error();
    }
    return {};
  }

  // `count` applications received between `first` and `last`, with appeals on some of them.
  Result<void> Applications(core::OrgId org, Date first, Date last, int count) {
    for (int i = 0; i < count; ++i) {
      if (Result<void> one = OneApplication(org, first, last); !one) return one;
    }
    return {};
  }

  Result<void> Statistics(core::OrgId org, int year, std::int64_t licensing, std::int64_t penalties,
                          std::int64_t coercive, Money fees) {
    return store_.PutYearlyStatistics({org, year, licensing, penalties, coercive, fees});
  }

  int Uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

  DemoCounts& counts() { return counts_; }

 private:
  Date WorkingDayBetween(Date first, Date last) {
    Date day = first.AddDays(Uniform(0, last.DaysSince(first)));
    if (!calendar_.IsWorkingDay(day).value_or(false))
      day = calendar_.AddWorkingDays(day, 1).value_or(day);
    return day;
  }
  Date After(Date day, int working_days) {
    return calendar_.AddWorkingDays(day, working_days).value_or(day.AddDays(working_days));
  }
  template <std::size_t N>
  std::size_t Pick(const std::array<int, N>& weights) {
    return std::discrete_distribution<std::size_t>(weights.begin(), weights.end())(random_);
  }
  Outcome PickOutcome() {
    std::array<int, kAnswerOutcomes.size()> weights{};
    for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = kAnswerOutcomes[i].weight;
    return kAnswerOutcomes[Pick(weights)].outcome;
  }
  std::string QueryCode() {
    static constexpr std::string_view kAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string code;
    for (int i = 0; i < 12; ++i)
      code.push_back(kAlphabet[static_cast<std::size_t>(Uniform(0, 31))]);
    return code;
  }

  // Appends `event` unless it lies after the demo's "now"; returns false when it was not added.
  Result<bool> Append(core::ApplicationId id, const CaseEvent& event) {
    if (event.date > kDemoNow) return false;
    Result<core::CaseRow> row = store_.AppendEvent(id, event);
    if (!row) return row.error();
    ++counts_.events;
    return true;
  }

  Result<bool> Answer(core::ApplicationId id, Date date, Outcome outcome) {
    CaseEvent answer = CaseEvent::At(CaseEventKind::kAnswered, date);
    answer.outcome = outcome;
    GONGKAI_ASSIGN_OR_RETURN(bool answered, Append(id, answer));
    if (answered) {
      GONGKAI_ASSIGN_OR_RETURN(
          bool delivered,
          Append(id, CaseEvent::At(CaseEventKind::kDelivered, date.AddDays(Uniform(0, 3)))));
      (void)delivered;
      if (outcome != Outcome::kDisclosed && Uniform(0, 99) < 6) return MaybeAppeal(id, date);
    }
    return answered;
  }

  Result<bool> MaybeAppeal(core::ApplicationId id, Date answered) {
    core::Appeal appeal;
    appeal.org = org_;
    appeal.application = id;
    bool direct_lawsuit = Uniform(0, 4) == 0;
    appeal.kind =
        direct_lawsuit ? core::AppealKind::kLitigation : core::AppealKind::kReconsideration;
    appeal.filed_on = answered.AddDays(Uniform(10, 55));
    appeal.case_number =
        (direct_lawsuit ? "（诉）" : "（复）") + std::to_string(counts_.appeals + 1);
    if (appeal.filed_on > kDemoNow) return true;
    Date decided = appeal.filed_on.AddDays(Uniform(40, direct_lawsuit ? 240 : 90));
    if (decided <= kDemoNow) {
      appeal.decided_on = decided;
      std::array<int, 3> weights = {60, 15, 25};
      appeal.result = std::array{core::AppealResult::kUpheld, core::AppealResult::kCorrected,
                                 core::AppealResult::kOther}[Pick(weights)];
    }
    ++counts_.appeals;
    Result<core::AppealId> added = store_.AddAppeal(appeal);
    if (!added) return added.error();
    // Some upheld reconsiderations go to court afterwards (复议后起诉).
    if (!direct_lawsuit && appeal.result == core::AppealResult::kUpheld && Uniform(0, 3) == 0) {
      core::Appeal lawsuit = appeal;
      lawsuit.kind = core::AppealKind::kLitigation;
      lawsuit.after_reconsideration = true;
      lawsuit.filed_on = decided.AddDays(Uniform(5, 15));
      lawsuit.decided_on.reset();
      lawsuit.result = core::AppealResult::kPending;
      lawsuit.case_number = "（诉）" + std::to_string(counts_.appeals + 1);
      if (lawsuit.filed_on > kDemoNow) return true;
      Date judged = lawsuit.filed_on.AddDays(Uniform(60, 240));
      if (judged <= kDemoNow) {
        lawsuit.decided_on = judged;
        lawsuit.result =
            Uniform(0, 4) == 0 ? core::AppealResult::kCorrected : core::AppealResult::kUpheld;
      }
      ++counts_.appeals;
      Result<core::AppealId> sued = store_.AddAppeal(lawsuit);
      if (!sued) return sued.error();
    }
    return true;
  }

  Result<void> OneApplication(core::OrgId org, Date first, Date last) {
    org_ = org;
    core::NewApplication application;
    application.org = org;
    application.applicant.type = core::kAllApplicantTypes[Pick(kApplicantWeights)];
    application.applicant.name = application.applicant.type == core::ApplicantType::kNaturalPerson
                                     ? "申请人" + std::to_string(counts_.applications + 1)
                                     : "某单位" + std::to_string(counts_.applications + 1);
    application.applicant.id_number = "110101199001010" + std::to_string(100 + Uniform(0, 899));
    application.applicant.contact = "1380000" + std::to_string(1000 + Uniform(0, 8999));
    application.channel = core::kAllChannels[Pick(std::array<int, 4>{20, 25, 50, 5})];
    application.received = WorkingDayBetween(first, last);
    application.request = "申请公开" + std::to_string(application.received.year()) +
                          "年有关项目的审批文件（演示数据）";
    application.delivery_form = "电子邮件";
    application.query_code = QueryCode();
    if (application.received > kDemoNow) return {};
    ++counts_.applications;
    ++counts_.events;
    GONGKAI_ASSIGN_OR_RETURN(core::CaseRow row, store_.RegisterApplication(application));
    core::ApplicationId id = row.id;
    Date start = application.received;
    int scenario = Uniform(0, 99);
    Result<bool> done = true;
    if (scenario < 8) {  // correction (条例 Art. 30)
      Date asked = After(start, Uniform(1, 6));
      CaseEvent request = CaseEvent::At(CaseEventKind::kCorrectionRequested, asked);
      request.until = After(asked, 15);
      GONGKAI_ASSIGN_OR_RETURN(bool sent, Append(id, request));
      if (!sent) return {};
      int fate = Uniform(0, 9);
      if (fate < 2) {
        Result<bool> closed =
            Append(id, CaseEvent::At(CaseEventKind::kClosedNoCorrection, After(*request.until, 1)));
        return closed ? Result<void>() : Result<void>(closed.error());
      }
      Date corrected = After(asked, Uniform(2, 10));
      GONGKAI_ASSIGN_OR_RETURN(
          bool received, Append(id, CaseEvent::At(CaseEventKind::kCorrectionReceived, corrected)));
      if (!received) return {};
      done = Answer(id, After(corrected, Uniform(2, 18)),
                    fate == 2 ? Outcome::kUnavailableUnclearAfterCorrection : PickOutcome());
    } else if (scenario < 12) {  // consultation (Arts. 32–34)
      Date sent = After(start, Uniform(3, 8));
      CaseEvent consult = CaseEvent::At(CaseEventKind::kConsultationStarted, sent);
      consult.party = Uniform(0, 1) == 0 ? "第三方" : "区财政局";
      GONGKAI_ASSIGN_OR_RETURN(bool started, Append(id, consult));
      if (!started) return {};
      Date reply = After(sent, Uniform(2, 15));
      GONGKAI_ASSIGN_OR_RETURN(bool replied,
                               Append(id, CaseEvent::At(CaseEventKind::kConsultationEnded, reply)));
      if (!replied) return {};
      done = Answer(id, After(reply, Uniform(1, 10)), PickOutcome());
    } else if (scenario < 18) {  // extension (Art. 33 ¶2)
      CaseEvent extension = CaseEvent::At(CaseEventKind::kExtended, After(start, Uniform(14, 19)));
      extension.days = Uniform(10, 20);
      extension.approver = "公开办主任";
      GONGKAI_ASSIGN_OR_RETURN(bool extended, Append(id, extension));
      if (!extended) return {};
      done = Answer(id, After(start, 20 + Uniform(1, extension.days)), PickOutcome());
    } else if (scenario < 20) {  // fee (国办函〔2020〕109号)
      CaseEvent notice = CaseEvent::At(CaseEventKind::kFeeNotified, After(start, Uniform(5, 10)));
      notice.fee_basis = core::FeeBasis::kPerPage;
      notice.fee_units = Uniform(40, 400);
      notice.fee = core::PageFee(notice.fee_units).value_or(Money());
      GONGKAI_ASSIGN_OR_RETURN(bool notified, Append(id, notice));
      if (!notified) return {};
      if (Uniform(0, 9) < 3) {
        Result<bool> closed =
            Append(id, CaseEvent::At(CaseEventKind::kClosedFeeUnpaid, After(notice.date, 21)));
        return closed ? Result<void>() : Result<void>(closed.error());
      }
      Date paid = After(notice.date, Uniform(1, 15));
      GONGKAI_ASSIGN_OR_RETURN(bool payment,
                               Append(id, CaseEvent::At(CaseEventKind::kFeePaid, paid)));
      if (!payment) return {};
      Date planned = After(start, Uniform(12, 19));
      done = Answer(id, planned > paid ? planned : After(paid, 2), Outcome::kDisclosed);
    } else if (scenario < 22) {  // withdrawn
      Result<bool> withdrawn =
          Append(id, CaseEvent::At(CaseEventKind::kWithdrawn, After(start, Uniform(2, 10))));
      return withdrawn ? Result<void>() : Result<void>(withdrawn.error());
    } else if (scenario < 25) {  // answered late
      done = Answer(id, After(start, 20 + Uniform(1, 5)), PickOutcome());
    } else {
      done = Answer(id, After(start, Uniform(1, 19)), PickOutcome());
    }
    if (!done) return done.error();
    return {};
  }

  Store& store_;
  const core::WorkCalendar& calendar_;
  std::mt19937 random_{20240101};
  DemoCounts counts_;
  core::OrgId org_ = 0;
};

Result<void> AddDemoAccounts(Store& store, DemoCounts& counts) {
  // One hash for every account: the password is the same, and Argon2id is slow on purpose.
  GONGKAI_ASSIGN_OR_RETURN(std::string hash, HashPassword(kDemoPassword));
  for (const DemoAccount& account : kDemoAccounts) {
    GONGKAI_ASSIGN_OR_RETURN(core::Organisation org, store.FindOrganisation(account.org));
    GONGKAI_ASSIGN_OR_RETURN(core::UserId id,
                             store.AddUser({account.login, account.display_name, hash}));
    GONGKAI_RETURN_IF_ERROR(store.SetRoles(id, {{org.id, account.role}}));
    ++counts.users;
  }
  return {};
}

Result<void> PublishDemoReports(Store& store, core::OrgId seed, DemoCounts& counts) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<core::Organisation> organisations,
                           store.ListOrganisations());
  for (const core::Organisation& org : organisations) {
    for (int year = 2023; year < kDemoNow.year(); ++year) {
      if (org.id == seed) continue;  // its 2024 report is the workspace's to publish
      GONGKAI_ASSIGN_OR_RETURN(report::LedgerYear ledger, store.SelectLedgerYear(org.id, year));
      GONGKAI_ASSIGN_OR_RETURN(report::GeneratedReport generated, report::GenerateReport(ledger));
      GONGKAI_ASSIGN_OR_RETURN(
          ReportRecord published,
          store.PublishReport(org.id, year, report::ToJson(generated.report), "演示数据"));
      (void)published;
      ++counts.published_reports;
    }
  }
  return {};
}

}  // namespace

Result<DemoCounts> LoadDemoData(Store& store, const core::WorkCalendar& calendar, DemoScale scale) {
  GONGKAI_ASSIGN_OR_RETURN(std::vector<core::Organisation> existing, store.ListOrganisations());
  if (!existing.empty()) {
    return Error{
        ErrorCode::kFailedPrecondition, "数据库中已有机关数据，演示数据只能载入空数据库", {}};
  }
  DemoBuilder demo(store, calendar);
  Result<void> loaded = store.Batch([&]() -> Result<void> {
    GONGKAI_ASSIGN_OR_RETURN(
        core::OrgId government,
        demo.Organisation(kDemoGovernment, std::nullopt, core::OrgKind::kGovernment));
    GONGKAI_ASSIGN_OR_RETURN(core::OrgId seed, demo.Organisation(kDemoSeedAgency, government,
                                                                 core::OrgKind::kDepartment));
    GONGKAI_ASSIGN_OR_RETURN(core::OrgId busy, demo.Organisation(kDemoBusyAgency, government,
                                                                 core::OrgKind::kDepartment));
    GONGKAI_ASSIGN_OR_RETURN(core::OrgId education, demo.Organisation("解放区教育局", government,
                                                                      core::OrgKind::kDepartment));
    GONGKAI_ASSIGN_OR_RETURN(
        core::OrgId market,
        demo.Organisation("解放区市场监督管理局", government, core::OrgKind::kDepartment));
    GONGKAI_ASSIGN_OR_RETURN(
        core::OrgId street,
        demo.Organisation("解放区解放街道办事处", government, core::OrgKind::kTownship));

    // The seed agency's 2024: seven items published, nothing else (the seed report).
    const std::array<std::pair<const char*, const char*>, 7> kSeedItems = {{
        {"解放区工业和信息化局单位职责职能", "机构职能"},
        {"解放区工业和信息化局政府信息公开指南", "公开指南"},
        {"解放区工业和信息化局2024年中心工作", "工作动态"},
        {"解放区工业和信息化局2024年部门预算", "财政预决算"},
        {"解放区工业和信息化局2023年部门决算", "财政预决算"},
        {"解放区2024年上半年工业经济运行情况", "统计信息"},
        {"解放区惠企纾困政策汇编", "政策文件"},
    }};
    Date written = D("2024-02-05");
    for (const auto& [title, category] : kSeedItems) {
      if (Result<void> item = demo.Publication(seed, kDemoSeedAgency, title,
                                               core::DocumentType::kOther, category, written);
          !item) {
        return item;
      }
      written = written.AddDays(45);
    }
    if (Result<void> stats = demo.Statistics(seed, 2024, 0, 0, 0, Money()); !stats) return stats;

    // The busy department: normative documents, catalogue items, thousands of applications.
    for (int year = 2023; year <= 2026; ++year) {
      std::string y = std::to_string(year);
      for (int n = 1; n <= (year == 2026 ? 2 : 4); ++n) {
        std::optional<Date> repealed;
        if (year == 2023 && n == 1) repealed = D("2024-06-30");
        if (year == 2024 && n == 2) repealed = D("2025-09-01");
        if (Result<void> item = demo.Publication(
                busy, kDemoBusyAgency,
                "关于规范住房保障管理的通知（" + y + "年第" + std::to_string(n) + "号）",
                core::DocumentType::kNormativeDocument, "政策文件",
                *Date::FromCivil(year, 2 * n, 10), repealed);
            !item) {
          return item;
        }
      }
      for (int n = 1; n <= 12; ++n) {
        if (Result<void> item = demo.Publication(
                busy, kDemoBusyAgency, y + "年" + std::to_string(n) + "月住房保障工作动态",
                core::DocumentType::kOther, "工作动态", *Date::FromCivil(year, n, 8));
            !item) {
          return item;
        }
      }
      if (year <= 2025) {
        Result<void> stats =
            demo.Statistics(busy, year, 300 + demo.Uniform(0, 400), 50 + demo.Uniform(0, 150),
                            demo.Uniform(0, 30), Money::FromYuan(demo.Uniform(0, 5'000'000)));
        if (!stats) return stats;
      }
      Date first = *Date::FromCivil(year, 1, 1);
      Date last = *Date::FromCivil(year, 12, 31);
      int busy_count = scale == DemoScale::kSmall ? 25 : (year == 2026 ? 1200 : 1500);
      if (Result<void> apps = demo.Applications(busy, first, last, busy_count); !apps) return apps;
      for (auto [org, count] : {std::pair{education, 30}, std::pair{market, 60},
                                std::pair{street, 10}, std::pair{government, 80}}) {
        if (Result<void> apps = demo.Applications(org, first, last, count); !apps) return apps;
      }
    }
    GONGKAI_RETURN_IF_ERROR(AddDemoAccounts(store, demo.counts()));
    return PublishDemoReports(store, seed, demo.counts());
  });
  if (!loaded) return loaded.error();
  return demo.counts();
}

}  // namespace gongkai::store
