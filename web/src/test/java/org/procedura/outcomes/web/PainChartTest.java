package org.procedura.outcomes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.application.FollowUpView;
import org.procedura.outcomes.application.PatientTimeline;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.Complication;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Revision;
import org.procedura.outcomes.model.Scale;
import org.procedura.outcomes.web.PainChart.MarkKind;
import org.procedura.outcomes.web.PainChart.Point;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

/** The pain chart's geometry and gaps, without Spring: one calendar axis, runs, marks. */
class PainChartTest {
  private static final ZoneId ZONE = ZoneId.of("America/Chicago");
  private static final PatientId PATIENT = PatientId.newId();
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
  private static final Map<Scale, Measure> BASELINE_7 =
      Map.of(
          Scale.NRS,
          Measure.nrs(7),
          Scale.ODI,
          new Measure(Scale.ODI, BigDecimal.valueOf(40), null));

  @Test
  void putsEveryProcedureOnOneCalendarAxisFromTheFirstToTheLastThingShown() {
    LocalDate second = FIRST.plusDays(70);
    var chart =
        chart(
            second.plusDays(100),
            procedure("RFA_LUMB", FIRST, List.of(done(FIRST, 42, 3), done(FIRST, 90, 6))),
            procedure("ESI_TF_LUMB", second, List.of(done(second, 42, 2))));

    assertThat(chart.from()).isEqualTo(FIRST);
    assertThat(chart.to()).isEqualTo(second.plusDays(42));
    assertThat(chart.across(FIRST)).isZero();
    assertThat(chart.across(second.plusDays(42))).isEqualTo(1.0);
    // the second injection, given while the first one's relief faded, lies inside the first's span
    assertThat(chart.across(second)).isLessThan(chart.across(FIRST.plusDays(90)));
    assertThat(chart.courses())
        .extracting(PainChart.Course::performedOn)
        .containsExactly(FIRST, second);
  }

  @Test
  void spansAtLeastAMonthSoThatTheFirstWeeksAreNotSqueezed() {
    var chart = chart(FIRST.plusDays(3), procedure("RFA_LUMB", FIRST, List.of()));

    assertThat(chart.from()).isEqualTo(FIRST);
    assertThat(chart.to()).isEqualTo(FIRST.plusDays(PainChart.LEAST_DAYS));
  }

  @Test
  void joinsTheBaselineAndEachMeasuredFollowUpInOneRunWhenNothingPlannedWentUnmeasured() {
    var chart =
        chart(
            FIRST.plusDays(200),
            procedure("RFA_LUMB", FIRST, List.of(done(FIRST, 42, 3), done(FIRST, 90, 5))));

    var course = chart.courses().getFirst();
    assertThat(course.pain()).hasSize(1);
    assertThat(course.pain().getFirst())
        .extracting(Point::on)
        .containsExactly(FIRST, FIRST.plusDays(42), FIRST.plusDays(90));
    assertThat(course.relief()).hasSize(1);
    assertThat(course.relief().getFirst())
        .extracting(p -> p.value().intValue())
        .containsExactly(57, 28);
    assertThat(course.marks()).isEmpty();
  }

  @Test
  void breaksTheLineAtAMissedFollowUpAndMarksIt() {
    var chart =
        chart(
            FIRST.plusDays(400),
            procedure(
                "RFA_LUMB",
                FIRST,
                List.of(
                    done(FIRST, 42, 3),
                    planned(FIRST, 90, FollowUpStatus.MISSED),
                    done(FIRST, 180, 6))));

    var course = chart.courses().getFirst();
    assertThat(course.pain())
        .extracting(run -> run.stream().map(Point::on).toList())
        .containsExactly(List.of(FIRST, FIRST.plusDays(42)), List.of(FIRST.plusDays(180)));
    assertThat(course.relief()).hasSize(2);
    assertThat(course.marks())
        .singleElement()
        .satisfies(
            mark -> {
              assertThat(mark.kind()).isEqualTo(MarkKind.MISSED);
              assertThat(mark.on()).isEqualTo(FIRST.plusDays(90));
            });
  }

  @Test
  void cutsARunOnlyWhenTheUnmeasuredDayLiesStrictlyBetweenTwoMeasurements() {
    LocalDate a = FIRST;
    LocalDate b = FIRST.plusDays(10);
    List<Point> points = List.of(point(a, 5), point(b, 4));

    assertThat(PainChart.runs(points, List.of(a))).hasSize(1);
    assertThat(PainChart.runs(points, List.of(b))).hasSize(1);
    assertThat(PainChart.runs(points, List.of(a.plusDays(1)))).hasSize(2);
    assertThat(PainChart.runs(points, List.of(b.minusDays(1)))).hasSize(2);
    assertThat(PainChart.runs(points, List.of(b.plusDays(1)))).hasSize(1);
    assertThat(PainChart.runs(List.of(), List.of(a))).isEmpty();
  }

  @Test
  void aFollowUpThatScoredNoPainBreaksThePainLineButIsNoMark() {
    var odiOnly = done(FIRST, 90, null);
    var chart =
        chart(
            FIRST.plusDays(400),
            procedure(
                "RFA_LUMB", FIRST, List.of(done(FIRST, 42, 3), odiOnly, done(FIRST, 180, 4))));

    var course = chart.courses().getFirst();
    assertThat(course.pain()).hasSize(2);
    assertThat(course.relief()).hasSize(2);
    assertThat(course.marks()).isEmpty();
  }

  @Test
  void tellsAFollowUpNotYetDueFromOneDueNowAndOneMissedByToday() {
    // the six-week window is 42 ± 7 days after the procedure
    LocalDate opens = FIRST.plusDays(35);
    LocalDate closes = FIRST.plusDays(49);
    var course = procedure("RFA_LUMB", FIRST, List.of(planned(FIRST, 42, FollowUpStatus.DUE)));

    assertThat(markOn(chart(opens.minusDays(1), course))).isEqualTo(MarkKind.NOT_YET_DUE);
    assertThat(markOn(chart(opens, course))).isEqualTo(MarkKind.DUE);
    assertThat(markOn(chart(closes, course))).isEqualTo(MarkKind.DUE);
    assertThat(markOn(chart(closes.plusDays(1), course))).isEqualTo(MarkKind.MISSED);
    var closed = procedure("RFA_LUMB", FIRST, List.of(planned(FIRST, 42, FollowUpStatus.CLOSED)));
    assertThat(markOn(chart(opens, closed))).isEqualTo(MarkKind.MISSED);
  }

  @Test
  void namesTheProcedureWithItsLevelAndSide() {
    var chart = chart(FIRST, procedure("RFA_LUMB", FIRST, List.of()));

    assertThat(chart.courses().getFirst().name())
        .isEqualTo("Lumbar radiofrequency ablation (RFA_LUMB), L4-L5 left");
  }

  @Test
  void drawsNoLineForALonePointAndOnePolylinePerRun() {
    var chart =
        chart(
            FIRST.plusDays(400),
            procedure(
                "RFA_LUMB",
                FIRST,
                List.of(
                    done(FIRST, 42, 3),
                    planned(FIRST, 90, FollowUpStatus.MISSED),
                    done(FIRST, 180, 6))));

    String svg = PainChartSvg.of(chart);

    // pain: baseline + 6 weeks joined, 6 months alone; relief: 6 weeks alone, 6 months alone
    assertThat(svg.split("<polyline", -1)).hasSize(2);
    assertThat(svg)
        .contains("NRS 3 on day 42 (" + FIRST.plusDays(42) + ")")
        .contains("relief 57.1 % on day 42")
        .contains("class=\"missed\"")
        .contains("Lumbar radiofrequency ablation (RFA_LUMB), L4-L5 left, done " + FIRST)
        .contains("Pain, NRS 0–10")
        .contains("Relief from baseline, %")
        .contains("Date (one calendar for every procedure)")
        // months across, the year on the first (and on each January)
        .contains(">Apr 2026</text>")
        .contains(">May</text>")
        .doesNotContain(">May 2026</text>");
  }

  @Test
  void placesTicksOnMondaysWithinTwoMonthsOnMonthsWithinTwoYearsAndOnQuartersBeyond() {
    LocalDate wednesday = LocalDate.of(2026, 3, 4);
    assertThat(PainChartSvg.ticks(wednesday, wednesday.plusDays(62)))
        .first()
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(PainChartSvg.ticks(wednesday, wednesday.plusDays(62))).hasSize(9);
    assertThat(PainChartSvg.ticks(wednesday, wednesday.plusDays(63)))
        .first()
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(PainChartSvg.ticks(wednesday, wednesday.plusDays(730)))
        .element(1)
        .isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(PainChartSvg.ticks(wednesday, wednesday.plusDays(731)))
        .element(1)
        .isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void saysSoWhenThereIsNothingToDraw() {
    var chart = chart(FIRST);

    assertThat(chart.courses()).isEmpty();
    assertThat(PainChartSvg.of(chart))
        .contains("No procedure recorded yet")
        .doesNotContain("<polyline");
  }

  private static MarkKind markOn(PainChart chart) {
    return chart.courses().getFirst().marks().getFirst().kind();
  }

  private static PainChart chart(LocalDate today, ProcedureView... procedures) {
    return PainChart.of(
        new PatientTimeline(PATIENT, List.of(), List.of(procedures), List.of()),
        ZONE,
        today,
        code -> code.value().equals("RFA_LUMB") ? "Lumbar radiofrequency ablation" : null);
  }

  private static Point point(LocalDate on, int value) {
    return new Point(on, BigDecimal.valueOf(value));
  }

  /** A follow-up as planned, {@code days} after the procedure, with a week either side. */
  private static FollowUpDraft planned(LocalDate procedureDay, int days, FollowUpStatus status) {
    return new FollowUpDraft(procedureDay, days, status, null);
  }

  /** Done on its due day; {@code nrs} null records an ODI only. */
  private static FollowUpDraft done(LocalDate procedureDay, int days, Integer nrs) {
    return new FollowUpDraft(procedureDay, days, FollowUpStatus.DONE, nrs);
  }

  private record FollowUpDraft(
      LocalDate procedureDay, int days, FollowUpStatus status, Integer nrs) {
    FollowUp build(FollowUp.Course course) {
      LocalDate due = procedureDay.plusDays(days);
      Measure measure =
          nrs == null ? new Measure(Scale.ODI, BigDecimal.valueOf(30), null) : Measure.nrs(nrs);
      boolean done = status == FollowUpStatus.DONE;
      return new FollowUp(
          FollowUpId.newId(),
          course,
          days + " days",
          FollowUp.Window.around(due, 7),
          status,
          null,
          done ? Contact.CALL : null,
          done ? List.of(measure) : List.of(),
          done ? new Stamp(at(due), new Actor("nurse")) : null,
          false,
          status == FollowUpStatus.CLOSED
              ? new FollowUp.Closure(
                  org.procedura.outcomes.model.ClosureReason.CARE_TRANSFERRED,
                  "moved away",
                  new Stamp(at(due.plusDays(20)), new Actor("nurse")))
              : null,
          1L);
    }
  }

  private static ProcedureView procedure(String type, LocalDate on, List<FollowUpDraft> drafts) {
    var course =
        new FollowUp.Course(
            AppointmentId.newId(), PATIENT, new ProcedureTypeCode(type), ClinicianId.newId());
    var details =
        new ProcedureDetails(
            at(on),
            new ProcedureTypeCode(type),
            new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT),
            null,
            null,
            null,
            null,
            List.of(),
            Sedation.LOCAL_ONLY,
            Complication.NONE,
            2);
    var record =
        new ProcedureRecord(
            course,
            SpinalRegion.LUMBAR,
            at(on),
            List.of(
                new Revision(1, details, new Stamp(at(on), new Actor("physician")), null, null)),
            List.of(),
            1L);
    List<FollowUpView> followUps = new ArrayList<>();
    for (FollowUpDraft draft : drafts) {
      followUps.add(FollowUpView.of(draft.build(course), BASELINE_7));
    }
    return new ProcedureView(
        course, record, BASELINE_7, followUps, List.of(), new DurableRelief(on, null, 0));
  }

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
  }
}
