package org.procedura.reports.web;

import java.time.LocalDate;
import org.procedura.api.reports.AttendanceReport;
import org.procedura.api.reports.DistributionDto;
import org.procedura.api.reports.DurableReliefReport;
import org.procedura.api.reports.OutcomeGrouping;
import org.procedura.api.reports.ReferralTimesReport;
import org.procedura.api.reports.ReportPeriod;
import org.procedura.api.reports.ReportsApi;
import org.procedura.api.reports.ResourceKind;
import org.procedura.api.reports.RespondersReport;
import org.procedura.api.reports.UtilisationReport;
import org.procedura.api.reports.WaitingTimesReport;
import org.procedura.reports.application.OperationsReports;
import org.procedura.reports.application.OutcomeReports;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportsController implements ReportsApi {
  private static final MediaType CSV_UTF8 = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final OperationsReports operations;
  private final OutcomeReports outcomes;
  private final ReportsValueMapper values;
  private final ReportRows rows;

  ReportsController(
      OperationsReports operations,
      OutcomeReports outcomes,
      ReportsValueMapper values,
      ClinicProperties clinic) {
    this.rows = new ReportRows(clinic.zone());
    this.operations = operations;
    this.outcomes = outcomes;
    this.values = values;
  }

  @Override
  public UtilisationReport utilisation(
      ResourceKind resource, LocalDate from, LocalDate to, ReportPeriod period) {
    return new UtilisationReport(
        resource,
        period,
        from,
        to,
        operations
            .utilisation(values.toDomain(resource), from, to, values.toDomain(period))
            .stream()
            .map(ReportRows::utilisation)
            .toList());
  }

  @Override
  public ResponseEntity<String> utilisationCsv(
      ResourceKind resource, LocalDate from, LocalDate to, ReportPeriod period) {
    CsvTable csv =
        new CsvTable(
            "resource_id",
            "name",
            "period_start",
            "working_minutes",
            "booked_minutes",
            "used_minutes",
            "booked_percent",
            "used_percent");
    utilisation(resource, from, to, period)
        .rows()
        .forEach(
            r ->
                csv.row(
                    r.resourceId(),
                    r.name(),
                    r.periodStart(),
                    r.workingMinutes(),
                    r.bookedMinutes(),
                    r.usedMinutes(),
                    r.bookedPercent(),
                    r.usedPercent()));
    return csv(csv);
  }

  @Override
  public AttendanceReport attendance(LocalDate from, LocalDate to) {
    OperationsReports.AttendanceReport report = operations.attendance(from, to);
    return new AttendanceReport(
        from,
        to,
        report.rows().stream().map(ReportRows::attendance).toList(),
        report.reasons().stream().map(ReportRows::reason).toList());
  }

  @Override
  public ResponseEntity<String> attendanceCsv(LocalDate from, LocalDate to) {
    CsvTable csv =
        new CsvTable(
            "type",
            "appointments",
            "cancelled_in_time",
            "no_shows",
            "expected",
            "no_show_percent",
            "late_cancellations",
            "late_cancellation_percent");
    attendance(from, to)
        .rows()
        .forEach(
            r ->
                csv.row(
                    r.type(),
                    r.appointments(),
                    r.cancelledInTime(),
                    r.noShows().count(),
                    r.noShows().of(),
                    r.noShows().percent(),
                    r.lateCancellations().count(),
                    r.lateCancellations().percent()));
    return csv(csv);
  }

  @Override
  public ReferralTimesReport referralTimes(LocalDate from, LocalDate to, int olderThanDays) {
    var report = operations.referralTimes(from, to, olderThanDays);
    return new ReferralTimesReport(
        from,
        to,
        report.received(),
        ReportRows.distribution(report.toTriage()),
        ReportRows.distribution(report.toFirstConsult()),
        ReportRows.distribution(report.toFirstProcedure()),
        report.openOlderThanDays(),
        report.open().stream().map(ReportRows::open).toList());
  }

  @Override
  public ResponseEntity<String> referralTimesCsv(LocalDate from, LocalDate to, int olderThanDays) {
    ReferralTimesReport report = referralTimes(from, to, olderThanDays);
    CsvTable csv =
        new CsvTable("measure", "count", "median_days", "p90_days", "oldest_received_on");
    step(csv, "received_to_triage", report.toTriage());
    step(csv, "received_to_first_consult", report.toFirstConsult());
    step(csv, "received_to_first_procedure", report.toFirstProcedure());
    report
        .openOlder()
        .forEach(
            o ->
                csv.row(
                    "open_" + o.status().toLowerCase() + "_older_than_" + olderThanDays + "_days",
                    o.count(),
                    null,
                    null,
                    o.oldestReceivedOn()));
    return csv(csv);
  }

  private static void step(CsvTable csv, String name, DistributionDto d) {
    csv.row(name, d.count(), d.medianDays(), d.p90Days(), null);
  }

  @Override
  public WaitingTimesReport waitingTimes(LocalDate from, LocalDate to) {
    return new WaitingTimesReport(
        from, to, operations.waitingTimes(from, to).stream().map(rows::waitingTime).toList());
  }

  @Override
  public ResponseEntity<String> waitingTimesCsv(LocalDate from, LocalDate to) {
    CsvTable csv =
        new CsvTable(
            "procedure_type",
            "samples",
            "no_slot",
            "median_wait_days",
            "p90_wait_days",
            "latest_sampled_on",
            "latest_first_slot_at",
            "latest_wait_days");
    waitingTimes(from, to)
        .rows()
        .forEach(
            r ->
                csv.row(
                    r.procedureType(),
                    r.samples(),
                    r.noSlot(),
                    r.waitDays().medianDays(),
                    r.waitDays().p90Days(),
                    r.latestSampledOn(),
                    r.latestFirstSlotAt(),
                    r.latestWaitDays()));
    return csv(csv);
  }

  @Override
  public RespondersReport responders(LocalDate from, LocalDate to, OutcomeGrouping groupBy) {
    return new RespondersReport(
        from,
        to,
        groupBy,
        outcomes.responders(from, to, values.toDomain(groupBy)).stream()
            .map(ReportRows::responder)
            .toList());
  }

  @Override
  public ResponseEntity<String> respondersCsv(
      LocalDate from, LocalDate to, OutcomeGrouping groupBy) {
    CsvTable csv =
        new CsvTable(
            "procedure_type",
            "group",
            "group_name",
            "step",
            "planned",
            "done",
            "lost",
            "open",
            "completion_percent",
            "nrs_pairs",
            "nrs30",
            "nrs30_percent",
            "nrs50",
            "nrs50_percent",
            "disability_pairs",
            "disability_improved",
            "disability_improved_percent",
            "pgic_answers",
            "pgic_improved",
            "pgic_improved_percent");
    responders(from, to, groupBy)
        .rows()
        .forEach(
            r ->
                csv.row(
                    r.procedureType(),
                    r.group(),
                    r.groupName(),
                    r.step(),
                    r.planned(),
                    r.done(),
                    r.lost(),
                    r.open(),
                    r.completion().percent(),
                    r.nrs30().of(),
                    r.nrs30().count(),
                    r.nrs30().percent(),
                    r.nrs50().count(),
                    r.nrs50().percent(),
                    r.disabilityImproved().of(),
                    r.disabilityImproved().count(),
                    r.disabilityImproved().percent(),
                    r.pgicImproved().of(),
                    r.pgicImproved().count(),
                    r.pgicImproved().percent()));
    return csv(csv);
  }

  @Override
  public DurableReliefReport durableRelief(LocalDate from, LocalDate to) {
    return new DurableReliefReport(
        from, to, outcomes.durableRelief(from, to).stream().map(ReportRows::durable).toList());
  }

  @Override
  public ResponseEntity<String> durableReliefCsv(LocalDate from, LocalDate to) {
    CsvTable csv =
        new CsvTable(
            "procedure_type",
            "procedures",
            "without_relief",
            "cases",
            "ended",
            "censored",
            "median_days");
    durableRelief(from, to)
        .rows()
        .forEach(
            r ->
                csv.row(
                    r.procedureType(),
                    r.procedures(),
                    r.withoutRelief(),
                    r.cases(),
                    r.ended(),
                    r.censored(),
                    r.medianDays()));
    return csv(csv);
  }

  private static ResponseEntity<String> csv(CsvTable csv) {
    return ResponseEntity.ok().contentType(CSV_UTF8).body(csv.toString());
  }
}
