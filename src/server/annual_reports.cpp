#include "server/annual_reports.hpp"

#include "publish/report_formats.hpp"
#include "report/json.hpp"
#include "report/render.hpp"
#include "server/api_support.hpp"
#include "store/store.hpp"

namespace gongkai::server {

Result<ReportView> CurrentReport(store::Store& store, core::OrgId org, int year, Date today) {
  if (year >= today.year()) {
    return Error::NotFound(std::to_string(year) + " 年度尚未结束，没有年度报告");
  }
  ReportView view;
  GONGKAI_ASSIGN_OR_RETURN(view.record, store.GetReportRecord(org, year));
  if (view.published()) {
    Result<report::AnnualReport> locked = report::FromJson(view.record->content);
    if (!locked) return Error::Internal("已公开的年度报告无法读取：" + locked.error().message);
    view.report = std::move(*locked);
    return view;
  }
  GONGKAI_ASSIGN_OR_RETURN(report::LedgerYear ledger, store.SelectLedgerYear(org, year));
  GONGKAI_ASSIGN_OR_RETURN(report::GeneratedReport generated, report::GenerateReport(ledger));
  view.report = std::move(generated.report);
  view.records = std::move(generated.records);
  if (view.record) {
    // The officer's text replaces the prefilled sections it covers.
    report::Sections& sections = *view.report.sections;
    const report::Sections& edited = view.record->narrative;
    if (edited.overview) sections.overview = edited.overview;
    if (edited.problems) sections.problems = edited.problems;
    if (edited.other) sections.other = edited.other;
  }
  return view;
}

report::ValidationResult ValidateWithPrevious(store::Store& store, core::OrgId org,
                                              const ReportView& view, Date today) {
  report::ValidateOptions options;
  std::optional<report::AnnualReport> previous;
  if (view.report.year && *view.report.year - 1 >= report::kFirstGeneratedYear) {
    Result<ReportView> last = CurrentReport(store, org, *view.report.year - 1, today);
    if (last) previous = std::move(last->report);
  }
  if (previous) options.previous = &*previous;
  return report::Validate(view.report, options);
}

Result<HttpResponse> RenderReport(const report::AnnualReport& report, const std::string& format) {
  const publish::OutputFormat* output = publish::FindReportFormat(format);
  if (output == nullptr) {
    return Error::InvalidArgument(
        "format：应为 json、text、markdown、html、csv、docx、pdf 或 xlsx");
  }
  Result<std::string> body = publish::RenderReportAs(report, format);
  if (!body) return body.error();
  if (output->binary) {
    const std::string extension(output->extension);
    const std::string fallback =
        "annual-report-" + (report.year ? std::to_string(*report.year) : std::string("report"));
    return Attachment(std::move(*body), output->media_type, fallback + extension,
                      report::TitleOf(report) + extension);
  }
  HttpResponse response;
  response.content_type = std::string(output->media_type);
  response.body = std::move(*body);
  return response;
}

}  // namespace gongkai::server
