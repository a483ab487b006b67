package org.procedura.api.reports;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * How the clinic runs and whether its procedures work, over a range of clinic days (at most 366):
 * each report as JSON and as CSV. Figures only, no patient's rows: the operations reports for the
 * front desk, physicians and administrators, the outcome reports for physicians and administrators.
 */
@Tag(name = "Reports", description = "Operations and outcome reports, as JSON and CSV.")
@HttpExchange("/api/v1/reports")
public interface ReportsApi {
  String CSV = "text/csv";

  @Operation(
      operationId = "getUtilisationReport",
      summary = "Utilisation of rooms or clinicians",
      description =
          "Working minutes (weekly hours less time away), booked minutes (appointments not cancelled or missed, turnover excluded) and used minutes (completed) per room or clinician and clinic day or ISO week.")
  @GetExchange("/utilisation")
  UtilisationReport utilisation(
      @RequestParam(name = "resource", defaultValue = "ROOM") ResourceKind resource,
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to,
      @RequestParam(name = "period", defaultValue = "DAY") ReportPeriod period);

  @Operation(
      operationId = "getUtilisationReportCsv",
      summary = "Utilisation of rooms or clinicians, as CSV",
      description = "The utilisation report's rows as CSV, one line per resource and period.")
  @GetExchange(value = "/utilisation.csv", accept = CSV)
  ResponseEntity<String> utilisationCsv(
      @RequestParam(name = "resource", defaultValue = "ROOM") ResourceKind resource,
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to,
      @RequestParam(name = "period", defaultValue = "DAY") ReportPeriod period);

  @Operation(
      operationId = "getAttendanceReport",
      summary = "No-shows and late cancellations",
      description =
          "Per appointment type, of the appointments starting in the range: no-show and late-cancellation (less than 24 hours' notice) rates of those not cancelled in time, and the reasons given for cancelling.")
  @GetExchange("/attendance")
  AttendanceReport attendance(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @Operation(
      operationId = "getAttendanceReportCsv",
      summary = "No-shows and late cancellations, as CSV",
      description = "The attendance report's rows per appointment type as CSV.")
  @GetExchange(value = "/attendance.csv", accept = CSV)
  ResponseEntity<String> attendanceCsv(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @Operation(
      operationId = "getReferralTimesReport",
      summary = "Referral to triage, consult and procedure",
      description =
          "Median and 90th percentile days from receipt to triage, first completed consult and first completed procedure, over the referrals received in the range; and the referrals still open received more than olderThanDays ago.")
  @GetExchange("/referral-times")
  ReferralTimesReport referralTimes(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to,
      @RequestParam(name = "olderThanDays", defaultValue = "30") int olderThanDays);

  @Operation(
      operationId = "getReferralTimesReportCsv",
      summary = "Referral times, as CSV",
      description =
          "The referral times report as CSV: one line per step, then one per open status.")
  @GetExchange(value = "/referral-times.csv", accept = CSV)
  ResponseEntity<String> referralTimesCsv(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to,
      @RequestParam(name = "olderThanDays", defaultValue = "30") int olderThanDays);

  @Operation(
      operationId = "getWaitingTimesReport",
      summary = "Wait to the first free slot",
      description =
          "Per procedure type, over the days sampled in the range (the first free slot any credentialed physician and suitable room offered, sampled each morning): the median and 90th percentile wait in days, the days without a slot within 112 days, and the latest sample.")
  @GetExchange("/waiting-times")
  WaitingTimesReport waitingTimes(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @Operation(
      operationId = "getWaitingTimesReportCsv",
      summary = "Wait to the first free slot, as CSV",
      description = "The waiting times report as CSV, one line per procedure type.")
  @GetExchange(value = "/waiting-times.csv", accept = CSV)
  ResponseEntity<String> waitingTimesCsv(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @Operation(
      operationId = "getRespondersReport",
      summary = "Responder rates per protocol step",
      description =
          "For the procedures completed in the range, per procedure type, group and protocol step: follow-ups planned, done, lost and open; completion; NRS reduced by at least 30 % and 50 % from baseline; ODI/NDI past their minimal important change; PGIC much or very much improved. Every rate with its denominator.")
  @GetExchange("/responders")
  RespondersReport responders(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to,
      @RequestParam(name = "groupBy", defaultValue = "PROCEDURE_TYPE") OutcomeGrouping groupBy);

  @Operation(
      operationId = "getRespondersReportCsv",
      summary = "Responder rates per protocol step, as CSV",
      description = "The responders report's rows as CSV.")
  @GetExchange(value = "/responders.csv", accept = CSV)
  ResponseEntity<String> respondersCsv(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to,
      @RequestParam(name = "groupBy", defaultValue = "PROCEDURE_TYPE") OutcomeGrouping groupBy);

  @Operation(
      operationId = "getDurableReliefReport",
      summary = "Durable relief per procedure type",
      description =
          "For the procedures completed in the range, per procedure type: the Kaplan–Meier median days of at least 50 % relief, those still in relief censored at their last follow-up, with the curve and every count behind it.")
  @GetExchange("/durable-relief")
  DurableReliefReport durableRelief(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @Operation(
      operationId = "getDurableReliefReportCsv",
      summary = "Durable relief per procedure type, as CSV",
      description =
          "The durable relief report as CSV, one line per procedure type (without the curve).")
  @GetExchange(value = "/durable-relief.csv", accept = CSV)
  ResponseEntity<String> durableReliefCsv(
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);
}
