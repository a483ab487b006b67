package org.procedura.reports.web;

import java.time.ZoneId;
import java.util.List;
import org.procedura.api.reports.AttendanceRowDto;
import org.procedura.api.reports.CancellationReasonDto;
import org.procedura.api.reports.DistributionDto;
import org.procedura.api.reports.DurableReliefRowDto;
import org.procedura.api.reports.OpenReferralsDto;
import org.procedura.api.reports.RateDto;
import org.procedura.api.reports.ReliefStepDto;
import org.procedura.api.reports.ResponderRowDto;
import org.procedura.api.reports.UtilisationRowDto;
import org.procedura.api.reports.WaitingTimeRowDto;
import org.procedura.reports.model.Attendance;
import org.procedura.reports.model.Distribution;
import org.procedura.reports.model.DurableReliefRow;
import org.procedura.reports.model.OpenReferrals;
import org.procedura.reports.model.Rate;
import org.procedura.reports.model.ReasonCount;
import org.procedura.reports.model.ResponderRow;
import org.procedura.reports.model.UtilisationRow;
import org.procedura.reports.model.WaitingTimeRow;

/** The reports' figures as the API's rows; every rate keeps its denominator. */
final class ReportRows {
  private final ZoneId zone;

  ReportRows(ZoneId zone) {
    this.zone = zone;
  }

  /** A type's waits; the latest first slot in the clinic's offset on its day. */
  WaitingTimeRowDto waitingTime(WaitingTimeRow r) {
    return new WaitingTimeRowDto(
        r.procedureType(),
        r.samples(),
        r.noSlot(),
        distribution(r.waitDays()),
        r.latest().sampledOn(),
        r.latest().firstSlotAt() == null
            ? null
            : r.latest().firstSlotAt().atZone(zone).toOffsetDateTime(),
        r.latest().waitDays());
  }

  static RateDto rate(Rate rate) {
    return new RateDto(rate.count(), rate.of(), rate.percent());
  }

  static DistributionDto distribution(Distribution d) {
    return new DistributionDto(d.count(), d.median(), d.p90());
  }

  static UtilisationRowDto utilisation(UtilisationRow r) {
    return new UtilisationRowDto(
        r.resourceId(),
        r.name(),
        r.periodStart(),
        r.workingMinutes(),
        r.bookedMinutes(),
        r.usedMinutes(),
        r.bookedPercent(),
        r.usedPercent());
  }

  static AttendanceRowDto attendance(Attendance a) {
    return new AttendanceRowDto(
        a.type(),
        a.appointments(),
        a.cancelledInTime(),
        rate(a.noShows()),
        rate(a.lateCancellations()));
  }

  static CancellationReasonDto reason(ReasonCount r) {
    return new CancellationReasonDto(r.reason(), r.late(), r.count());
  }

  static OpenReferralsDto open(OpenReferrals o) {
    return new OpenReferralsDto(o.status(), o.count(), o.oldestReceivedOn());
  }

  static ResponderRowDto responder(ResponderRow r) {
    var o = r.outcome();
    return new ResponderRowDto(
        r.row().procedureType(),
        r.row().group(),
        r.row().groupName(),
        r.row().step(),
        o.planned(),
        o.done(),
        o.lost(),
        o.open(),
        rate(o.completion()),
        rate(o.nrs30()),
        rate(o.nrs50()),
        rate(o.disabilityImproved()),
        rate(o.pgicImproved()));
  }

  static DurableReliefRowDto durable(DurableReliefRow r) {
    List<ReliefStepDto> curve =
        r.curve().stream()
            .map(s -> new ReliefStepDto(s.day(), s.atRisk(), s.ended(), s.lasting()))
            .toList();
    return new DurableReliefRowDto(
        r.procedureType(),
        r.procedures(),
        r.withoutRelief(),
        r.cases(),
        r.ended(),
        r.censored(),
        r.medianDays(),
        curve);
  }
}
