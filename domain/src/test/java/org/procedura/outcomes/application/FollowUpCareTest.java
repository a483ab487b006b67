package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.outcomes.model.OutcomeFixtures.PROCEDURE_DAY;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.ClosureReason;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.InMemoryBaselines;
import org.procedura.outcomes.model.InMemoryFollowUps;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.OutcomeFixtures;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.InMemoryAppointments;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * Doing a follow-up through the use case, without Spring: the follow-ups, baselines and
 * appointments are in memory; the clinic's day is the clock's day in the clinic's zone.
 */
class FollowUpCareTest {
  private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");
  private static final Actor NURSE = new Actor("nurse.kim");

  /** The 6-week follow-up of the fixture's procedure: its window opens on 2026-02-19. */
  private static final LocalDate OPENS = PROCEDURE_DAY.plusWeeks(6).minusDays(7);

  /** Midnight in the clinic (EST, five hours behind UTC) as the window opens. */
  private static final Instant OPENING = OPENS.atStartOfDay(CLINIC_ZONE).toInstant();

  private final InMemoryFollowUps followUps = new InMemoryFollowUps();
  private final InMemoryBaselines baselines = new InMemoryBaselines();
  private final InMemoryAppointments appointments = new InMemoryAppointments();
  private final ProcedureRecord procedure = OutcomeFixtures.openRecord();
  private FollowUpId sixWeeks;

  @BeforeEach
  void planTheSixWeekFollowUpAgainstABaselineOfEight() {
    sixWeeks =
        followUps
            .save(FollowUp.plan(procedure.getCourse(), OutcomeFixtures.sixWeeks(), PROCEDURE_DAY))
            .getId();
    baselines.add(
        procedure.getCourse().procedure(),
        patient(),
        Measure.nrs(8),
        new Stamp(OutcomeFixtures.DONE.minus(Duration.ofHours(1)), NURSE));
  }

  @Test
  void anUnknownFollowUpIsNotFound() {
    FollowUpId unknown = new FollowUpId(UUID.randomUUID());

    assertThatThrownBy(() -> careAt(OPENING).get(unknown)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFollowUpIsShownAgainstItsProceduresBaseline() {
    careAt(OPENING).record(sixWeeks, 0L, Contact.CALL, List.of(Measure.nrs(2)), NURSE);

    FollowUpView shown = careAt(OPENING).get(sixWeeks);

    assertThat(shown.relief()).isEqualByComparingTo("75");
    assertThat(shown.assessments()).hasSize(1);
  }

  @Test
  void isRecordedFromMidnightOfTheDayItsWindowOpensInTheClinicsZone() {
    assertThatThrownBy(
            () ->
                careAt(OPENING.minusSeconds(1))
                    .record(sixWeeks, 0L, Contact.CALL, List.of(Measure.nrs(4)), NURSE))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            refused -> assertThat(refused.reason()).isEqualTo("FOLLOW_UP_NOT_OPEN"));
    assertThat(stored().getStatus()).isEqualTo(FollowUpStatus.DUE);

    FollowUpView done =
        careAt(OPENING).record(sixWeeks, 0L, Contact.CALL, List.of(Measure.nrs(4)), NURSE);

    assertThat(done.followUp().getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(done.relief()).isEqualByComparingTo("50");
  }

  @Test
  void isStampedOnceToTheSecondWithWhoRecordedIt() {
    Instant withFraction = OPENING.plusMillis(1_750);

    careAt(withFraction).record(sixWeeks, 0L, Contact.CALL, List.of(Measure.nrs(4)), NURSE);

    assertThat(stored().getDone()).isEqualTo(new Stamp(OPENING.plusSeconds(1), NURSE));
  }

  @Test
  void aStaleRecordingChangesNothing() {
    assertStale(
        3L,
        0L,
        () -> careAt(OPENING).record(sixWeeks, 3L, Contact.CALL, List.of(Measure.nrs(4)), NURSE));
    assertThat(stored().getStatus()).isEqualTo(FollowUpStatus.DUE);
  }

  @Test
  void isBookedAsAVisitOfTheSamePatient() {
    AppointmentId visit = visitOf(patient());

    FollowUpView booked = careAt(OPENING).bookAsVisit(sixWeeks, 0L, visit);

    assertThat(booked.followUp().getVisit()).isEqualTo(visit);
    assertThat(stored().getVersion()).isEqualTo(1L);
  }

  @Test
  void anotherPatientsVisitIsRefusedAndNothingChanges() {
    AppointmentId someoneElses = visitOf(PatientId.newId());

    assertThatThrownBy(() -> careAt(OPENING).bookAsVisit(sixWeeks, 0L, someoneElses))
        .isInstanceOfSatisfying(
            UnprocessableException.class,
            refused -> assertThat(refused.reason()).isEqualTo("ANOTHER_PATIENTS_VISIT"));
    assertThat(stored().getVisit()).isNull();
    assertThat(stored().getVersion()).isZero();
  }

  @Test
  void anUnknownVisitIsNotFound() {
    AppointmentId unknown = new AppointmentId(UUID.randomUUID());

    assertThatThrownBy(() -> careAt(OPENING).bookAsVisit(sixWeeks, 0L, unknown))
        .isInstanceOf(NotFoundException.class);
    assertThat(stored().getVisit()).isNull();
  }

  @Test
  void aFollowUpStillDueCannotBeClosed() {
    assertThatThrownBy(
            () ->
                careAt(OPENING)
                    .close(sixWeeks, 0L, ClosureReason.PATIENT_UNREACHABLE, "no answer", NURSE))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(stored().getStatus()).isEqualTo(FollowUpStatus.DUE);
  }

  @Test
  void aMissedFollowUpIsClosedWithTheReasonAndWhoClosedItWhen() {
    LocalDate afterTheWindow = stored().getWindow().closes().plusDays(1);
    FollowUp missed = stored();
    missed.markMissed(afterTheWindow);
    followUps.save(missed);
    Instant closedAt = afterTheWindow.atTime(10, 0).atZone(CLINIC_ZONE).toInstant();

    FollowUpView closed =
        careAt(closedAt)
            .close(sixWeeks, 1L, ClosureReason.PATIENT_UNREACHABLE, "three calls", NURSE);

    assertThat(closed.followUp().getStatus()).isEqualTo(FollowUpStatus.CLOSED);
    assertThat(closed.followUp().getClosure())
        .isEqualTo(
            new FollowUp.Closure(
                ClosureReason.PATIENT_UNREACHABLE, "three calls", new Stamp(closedAt, NURSE)));
  }

  private FollowUpCare careAt(Instant now) {
    return new FollowUpCare(
        followUps, baselines, appointments, Clock.fixed(now, CLINIC_ZONE), CLINIC_ZONE);
  }

  private FollowUp stored() {
    return followUps.find(sixWeeks).orElseThrow();
  }

  private PatientId patient() {
    return procedure.getCourse().patient();
  }

  private AppointmentId visitOf(PatientId patient) {
    Instant start = OPENING.plus(Duration.ofDays(2)).plus(Duration.ofHours(14));
    return appointments
        .save(
            Appointment.bookVisit(
                patient,
                AppointmentKind.FOLLOW_UP,
                null,
                new Placement(
                    ClinicianId.newId(),
                    new RoomId(UUID.randomUUID()),
                    new TimeSlot(start, start.plus(Duration.ofMinutes(20))),
                    Duration.ZERO),
                new Stamp(OPENING, NURSE)))
        .getId();
  }
}
