package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NOW;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentEvent.Type;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.Stamp;

class AppointmentLifecycleTest {
  private static final Instant START = at(MONDAY, "09:00");
  private static final Actor DOCTOR = new Actor("dr.alvarez");

  private final TestClinic clinic = new TestClinic(CLOCK);
  private final AppointmentLifecycle lifecycle = clinic.lifecycle();
  private final AppointmentId id =
      clinic.bookProcedure().book(clinic.esi(START), FRONT_DESK, null).getId();

  private Appointment stored() {
    return clinic.appointments.find(id).orElseThrow();
  }

  @Test
  void handsOnlyACompletedProcedureOnToItsFollowUp() {
    clinic.lifecycleAt(START.minus(Duration.ofMinutes(30))).checkIn(id, 0L, NURSE);
    clinic.lifecycleAt(START).start(id, 1L, DOCTOR);

    assertThat(clinic.completions).isEmpty();
    clinic.lifecycleAt(START.plus(Duration.ofMinutes(30))).complete(id, 2L, DOCTOR);
    assertThat(clinic.completions).hasSize(1);
  }

  @Test
  void confirmsTheVersionSeenAndStoresTheNextVersion() {
    Appointment confirmed = lifecycle.confirm(id, 0L, NURSE);

    assertThat(confirmed.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(confirmed.getVersion()).isEqualTo(1);
    assertThat(stored().getEvents().getLast())
        .isEqualTo(new AppointmentEvent(Type.CONFIRMED, new Stamp(NOW, NURSE), null));
  }

  @Test
  void refusesAStepOnAStaleVersionAndChangesNothing() {
    lifecycle.confirm(id, 0L, NURSE);

    assertStale(0, 1, () -> lifecycle.cancel(id, 0L, "double booked", FRONT_DESK));
    assertThat(stored().getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(stored().getVersion()).isEqualTo(1);
  }

  @Test
  void refusesAVersionFromTheFuture() {
    assertStale(1, 0, () -> lifecycle.confirm(id, 1L, NURSE));
  }

  @Test
  void cancelsWithTheReasonAndGivesTheTimeBack() {
    lifecycle.confirm(id, 0L, NURSE);

    Appointment cancelled = lifecycle.cancel(id, 1L, "patient moved", FRONT_DESK);

    assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.getVersion()).isEqualTo(2);
    assertThat(cancelled.getEvents().getLast().note()).isEqualTo("patient moved");
    assertThat(cancelled.occupancy()).isEmpty();
  }

  @Test
  void refusesACancelWithoutAReason() {
    assertInvalid("reason", () -> lifecycle.cancel(id, 0L, " ", FRONT_DESK));
    assertThat(stored().getStatus()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void refusesACheckInDaysAhead() {
    assertUnprocessable("TOO_EARLY_TO_CHECK_IN", () -> lifecycle.checkIn(id, 0L, NURSE));
    assertThat(stored().getVersion()).isZero();
  }

  @Test
  void checksInFromTwelveHoursBeforeTheStart() {
    Instant opens = START.minus(Duration.ofHours(12));

    assertUnprocessable(
        "TOO_EARLY_TO_CHECK_IN",
        () -> clinic.lifecycleAt(opens.minusSeconds(1)).checkIn(id, 0L, NURSE));
    Appointment arrived = clinic.lifecycleAt(opens).checkIn(id, 0L, NURSE);

    assertThat(arrived.getStatus()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(arrived.getEvents().getLast().stamp().at()).isEqualTo(opens);
  }

  @Test
  void aProcedureTheCheckInGateRefusesStaysAsItWas() {
    clinic.checkInRefusal = new RuleViolationException("consent not recorded", List.of());

    assertThatThrownBy(
            () -> clinic.lifecycleAt(START.minus(Duration.ofMinutes(30))).checkIn(id, 0L, NURSE))
        .isSameAs(clinic.checkInRefusal);
    assertThat(stored().getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(stored().getVersion()).isZero();
  }

  @Test
  void aCancelledProcedureSaysSoBeforeTheGateIsAsked() {
    lifecycle.cancel(id, 0L, "patient unwell", FRONT_DESK);
    clinic.checkInRefusal = new RuleViolationException("consent not recorded", List.of());

    assertThatThrownBy(
            () -> clinic.lifecycleAt(START.minus(Duration.ofMinutes(30))).checkIn(id, 1L, NURSE))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void walksThroughTheDayRecordingEachStepsTimeAndActor() {
    Instant arrival = START.minus(Duration.ofMinutes(30));
    Instant begin = START.plus(Duration.ofMinutes(3));
    Instant end = START.plus(Duration.ofMinutes(35));

    clinic.lifecycleAt(arrival).checkIn(id, 0L, NURSE);
    clinic.lifecycleAt(begin).start(id, 1L, DOCTOR);
    Appointment done = clinic.lifecycleAt(end).complete(id, 2L, DOCTOR);

    assertThat(done.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(done.getVersion()).isEqualTo(3);
    assertThat(done.getEvents())
        .containsExactly(
            new AppointmentEvent(Type.BOOKED, new Stamp(NOW, FRONT_DESK), null),
            new AppointmentEvent(Type.CHECKED_IN, new Stamp(arrival, NURSE), null),
            new AppointmentEvent(Type.STARTED, new Stamp(begin, DOCTOR), null),
            new AppointmentEvent(Type.COMPLETED, new Stamp(end, DOCTOR), null));
    assertThat(clinic.completions).extracting(Appointment::getId).containsExactly(id);
  }

  @Test
  void refusesANoShowBeforeTheStartAndAcceptsItAtTheStart() {
    assertUnprocessable(
        "APPOINTMENT_NOT_STARTED",
        () -> clinic.lifecycleAt(START.minusSeconds(1)).markNoShow(id, 0L, NURSE));

    Appointment noShow = clinic.lifecycleAt(START).markNoShow(id, 0L, NURSE);

    assertThat(noShow.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThat(noShow.occupancy()).isEmpty();
  }

  @Test
  void refusesAnIllegalStepAndStoresNothing() {
    assertThatThrownBy(() -> lifecycle.complete(id, 0L, DOCTOR))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo("BOOKED");
              assertThat(e.requestedState()).isEqualTo("COMPLETED");
            });
    assertThat(stored().getVersion()).isZero();
    assertThat(stored().getEvents()).hasSize(1);
  }

  @Test
  void refusesAnUnknownAppointment() {
    AppointmentId unknown = AppointmentId.newId();

    assertThatThrownBy(() -> lifecycle.confirm(unknown, 0L, NURSE))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.id()).isEqualTo(unknown.toString()));
    assertThatThrownBy(() -> lifecycle.get(unknown)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void getsTheStoredAppointment() {
    lifecycle.confirm(id, 0L, NURSE);

    Appointment loaded = lifecycle.get(id);

    assertThat(loaded.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(loaded.getVersion()).isEqualTo(1);
  }
}
