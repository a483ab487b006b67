package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.outcomes.model.OutcomeFixtures.PROCEDURE_DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.ClosureReason;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.InMemoryFollowUps;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.OutcomeFixtures;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;

/**
 * No patient lost to follow-up: the nightly job moves a follow-up whose window closed unrecorded
 * from the overdue list to the missed one, where it stays until it is recorded late (and counts) or
 * closed with a reason.
 */
class MissedFollowUpsTest {
  private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");
  private static final Actor NURSE = new Actor("nurse.kim");
  private static final Map<Scale, Measure> BASELINE = Map.of(Scale.NRS, Measure.nrs(8));

  /** The 6-week follow-up of the fixture's procedure: due 2026-02-26, window to 2026-03-05. */
  private static final LocalDate CLOSES = PROCEDURE_DAY.plusWeeks(6).plusDays(7);

  private final InMemoryFollowUps followUps = new InMemoryFollowUps();
  private final Baselines baselines =
      new Baselines() {
        @Override
        public Map<Scale, Measure> of(AppointmentId procedure) {
          return BASELINE;
        }

        @Override
        public java.util.Optional<Stamp> lastRecorded(AppointmentId procedure) {
          throw new UnsupportedOperationException("the baseline is given");
        }

        @Override
        public void add(AppointmentId procedure, PatientId patient, Measure m, Stamp recorded) {
          throw new UnsupportedOperationException("the baseline is given");
        }

        @Override
        public void replace(AppointmentId procedure, PatientId patient, Measure m, Stamp recorded) {
          throw new UnsupportedOperationException("the baseline is given");
        }
      };
  private final ProcedureRecord procedure = OutcomeFixtures.openRecord();
  private FollowUpId sixWeeks;

  @BeforeEach
  void planTheSixWeekFollowUp() {
    sixWeeks =
        followUps
            .save(
                FollowUp.plan(
                    procedure.getCourse(),
                    new FollowUpStep("6 weeks", Period.ofWeeks(6), 7),
                    PROCEDURE_DAY))
            .getId();
  }

  @Test
  void aFollowUpRecordedOnTheLastDayOfItsWindowIsOnTimeAndNeverMissed() {
    FollowUpView done = care(CLOSES).record(sixWeeks, 0L, Contact.CALL, nrs(4), NURSE);

    assertThat(done.followUp().getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(done.followUp().isRecordedLate()).isFalse();
    assertThat(job(CLOSES.plusDays(1)).markMissed()).isZero();
    assertThat(worklists(CLOSES.plusDays(1)).missed(null)).isEmpty();
  }

  @Test
  void theJobWaitsOutTheLastDayOfTheWindowAndMarksItMissedTheDayAfter() {
    assertThat(job(CLOSES).markMissed()).isZero();
    assertThat(ids(worklists(CLOSES).overdue(null))).containsExactly(sixWeeks);

    assertThat(job(CLOSES.plusDays(1)).markMissed()).isEqualTo(1);

    assertThat(status()).isEqualTo(FollowUpStatus.MISSED);
    assertThat(worklists(CLOSES.plusDays(1)).overdue(null)).isEmpty();
    assertThat(ids(worklists(CLOSES.plusDays(1)).missed(null))).containsExactly(sixWeeks);
    assertThat(ids(worklists(CLOSES.plusDays(90)).missed(null))).containsExactly(sixWeeks);
    assertThat(job(CLOSES.plusDays(2)).markMissed()).isZero();
  }

  @Test
  void aMissedFollowUpRecordedLateIsDoneLateLeavesTheListAndCountsInDurableRelief() {
    job(CLOSES.plusDays(1)).markMissed();
    LocalDate reached = CLOSES.plusDays(20);

    FollowUpView late = care(reached).record(sixWeeks, 1L, Contact.CALL, nrs(3), NURSE);

    assertThat(late.followUp().getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(late.followUp().isRecordedLate()).isTrue();
    assertThat(late.relief()).isEqualByComparingTo("62.5");
    assertThat(worklists(reached).missed(null)).isEmpty();
    var course = new ProcedureCourses(baselines, followUps, CLINIC_ZONE).of(procedure);
    assertThat(course.durableRelief().lastedUntil()).isEqualTo(reached);
    assertThat(course.durableRelief().days()).isEqualTo(69);
  }

  @Test
  void closingAMissedFollowUpNeedsAReasonAndTakesItOffTheListForGood() {
    job(CLOSES.plusDays(1)).markMissed();
    FollowUpCare care = care(CLOSES.plusDays(3));

    assertThatThrownBy(() -> care.close(sixWeeks, 1L, null, "no answer", NURSE))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> care.close(sixWeeks, 1L, ClosureReason.OTHER, null, NURSE))
        .isInstanceOf(InvalidInputException.class);
    assertThat(status()).isEqualTo(FollowUpStatus.MISSED);

    FollowUpView closed =
        care.close(sixWeeks, 1L, ClosureReason.PATIENT_UNREACHABLE, "three calls", NURSE);

    assertThat(closed.followUp().getStatus()).isEqualTo(FollowUpStatus.CLOSED);
    FollowUp.Closure closure = closed.followUp().getClosure();
    assertThat(closure.reason()).isEqualTo(ClosureReason.PATIENT_UNREACHABLE);
    assertThat(closure.note()).isEqualTo("three calls");
    assertThat(closure.closed().by()).isEqualTo(NURSE);
    assertThat(closure.closed().at()).isEqualTo(noon(CLOSES.plusDays(3)).instant());
    assertThat(worklists(CLOSES.plusDays(3)).missed(null)).isEmpty();
    assertThatThrownBy(() -> care.record(sixWeeks, 2L, Contact.CALL, nrs(3), NURSE))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> care.close(sixWeeks, 2L, ClosureReason.PATIENT_DECLINED, null, NURSE))
        .isInstanceOf(IllegalTransitionException.class);
    var course = new ProcedureCourses(baselines, followUps, CLINIC_ZONE).of(procedure);
    assertThat(course.durableRelief().lastedUntil()).isNull();
  }

  @Test
  void closingFromAStaleVersionIsRefused() {
    job(CLOSES.plusDays(1)).markMissed();

    assertThatThrownBy(
            () ->
                care(CLOSES.plusDays(2))
                    .close(sixWeeks, 0L, ClosureReason.CARE_TRANSFERRED, null, NURSE))
        .isInstanceOf(StaleVersionException.class);
    assertThat(status()).isEqualTo(FollowUpStatus.MISSED);
  }

  private FollowUpStatus status() {
    return followUps.find(sixWeeks).orElseThrow().getStatus();
  }

  private static List<Measure> nrs(int score) {
    return List.of(Measure.nrs(score));
  }

  private static List<FollowUpId> ids(List<FollowUp> list) {
    return list.stream().map(FollowUp::getId).toList();
  }

  private static Clock noon(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).atZone(CLINIC_ZONE).toInstant(), CLINIC_ZONE);
  }

  /** Scheduling's appointments are not needed to record or close a follow-up. */
  private FollowUpCare care(LocalDate day) {
    return new FollowUpCare(followUps, baselines, null, noon(day), CLINIC_ZONE);
  }

  private MissedFollowUps job(LocalDate day) {
    return new MissedFollowUps(followUps, noon(day), CLINIC_ZONE);
  }

  private FollowUpWorklists worklists(LocalDate day) {
    return new FollowUpWorklists(followUps, noon(day), CLINIC_ZONE);
  }
}
