package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NOW;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentEvent.Type;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

class RescheduleAppointmentTest {
  private final TestClinic clinic = new TestClinic(CLOCK);
  private final BookProcedure bookProcedure = clinic.bookProcedure();
  private final BookVisit bookVisit = clinic.bookVisit();
  private final RescheduleAppointment reschedule = clinic.reschedule();

  @Test
  void reschedulingMovesTheSlot() {
    Appointment appointment = clinic.bookEsiAt("09:00");

    Appointment moved =
        reschedule.reschedule(
            new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "11:00"), null, null), NURSE);

    assertThat(moved.getVersion()).isEqualTo(1);
    assertThat(moved.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(moved.getPlacement().slot()).isEqualTo(slot(MONDAY, "11:00", "11:30"));
    assertThat(moved.getPlacement().clinician()).isEqualTo(clinic.alvarez.getId());
    assertThat(moved.getPlacement().room()).isEqualTo(clinic.suiteA.getId());
    assertThat(moved.getEvents().getLast())
        .isEqualTo(
            new AppointmentEvent(
                Type.RESCHEDULED, new Stamp(NOW, NURSE), "from " + at(MONDAY, "09:00")));
    assertThat(clinic.stored(appointment).getPlacement().slot().start())
        .isEqualTo(at(MONDAY, "11:00"));
  }

  @Test
  void reschedulingFreesTheOldSlot() {
    Appointment appointment = clinic.bookEsiAt("09:00");
    reschedule.reschedule(
        new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "11:00"), null, null), NURSE);

    Appointment other =
        clinic.book(
            clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00")));

    assertThat(other.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:00"));
  }

  @Test
  void reschedulingMayOverlapTheAppointmentsOwnOldSlot() {
    Appointment appointment = clinic.bookEsiAt("09:00");

    Appointment moved =
        reschedule.reschedule(
            new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "09:15"), null, null), NURSE);

    assertThat(moved.getPlacement().slot().start()).isEqualTo(at(MONDAY, "09:15"));
  }

  @Test
  void reschedulingMayChangeTheClinicianAndTheRoom() {
    Appointment tpi =
        clinic.book(
            clinic.tpi(clinic.ada.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "09:00")));

    Appointment moved =
        reschedule.reschedule(
            new RescheduleCommand(
                tpi.getId(), 0L, at(MONDAY, "10:00"), clinic.brown.getId(), clinic.suiteB.getId()),
            NURSE);

    assertThat(moved.getPlacement().clinician()).isEqualTo(clinic.brown.getId());
    assertThat(moved.getPlacement().room()).isEqualTo(clinic.suiteB.getId());
    assertThat(moved.getPlacement().slot()).isEqualTo(slot(MONDAY, "10:00", "10:20"));
  }

  @Test
  void reschedulingAConfirmedAppointmentNeedsItConfirmedAgain() {
    Appointment appointment = clinic.bookEsiAt("09:00");
    clinic.lifecycle().confirm(appointment.getId(), 0L, NURSE);

    Appointment moved =
        reschedule.reschedule(
            new RescheduleCommand(appointment.getId(), 1L, at(MONDAY, "11:00"), null, null), NURSE);

    assertThat(moved.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(moved.getVersion()).isEqualTo(2);
  }

  @Test
  void refusesToRescheduleAStaleCopy() {
    Appointment appointment = clinic.bookEsiAt("09:00");
    clinic.lifecycle().confirm(appointment.getId(), 0L, NURSE);

    assertStale(
        0,
        1,
        () ->
            reschedule.reschedule(
                new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "11:00"), null, null),
                NURSE));
    assertThat(clinic.stored(appointment).getPlacement().slot().start())
        .isEqualTo(at(MONDAY, "09:00"));
  }

  @Test
  void reschedulesAConfirmedAppointmentAtTheVersionSeen() {
    Appointment appointment = clinic.bookEsiAt("09:00");
    clinic.lifecycle().confirm(appointment.getId(), 0L, NURSE);

    Appointment moved =
        reschedule.reschedule(
            new RescheduleCommand(appointment.getId(), 1L, at(MONDAY, "11:00"), null, null), NURSE);

    assertThat(moved.getPlacement().slot().start()).isEqualTo(at(MONDAY, "11:00"));
  }

  @Test
  void refusesToRescheduleOntoTakenTimeAndKeepsTheOldSlot() {
    Appointment mine = clinic.bookEsiAt("09:00");
    Appointment theirs =
        clinic.book(
            clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "11:00")));

    TestClinic.assertSlotTaken(
        ResourceRef.of(clinic.alvarez.getId()),
        theirs,
        () ->
            reschedule.reschedule(
                new RescheduleCommand(mine.getId(), 0L, at(MONDAY, "11:20"), null, null), NURSE));

    Appointment kept = clinic.stored(mine);
    assertThat(kept.getPlacement().slot()).isEqualTo(slot(MONDAY, "09:00", "09:30"));
    assertThat(kept.getVersion()).isZero();
    assertThat(kept.getEvents()).hasSize(1);
    assertConflict(
        "SLOT_TAKEN",
        () ->
            clinic.book(
                clinic.tpi(
                    clinic.grace.getId(), clinic.alvarez, clinic.suiteB, at(MONDAY, "09:00"))));
  }

  @Test
  void refusesToRescheduleToAClinicianNotCredentialed() {
    Appointment appointment = clinic.bookEsiAt("09:00");

    assertUnprocessable(
        "CLINICIAN_NOT_CREDENTIALED",
        () ->
            reschedule.reschedule(
                new RescheduleCommand(
                    appointment.getId(), 0L, at(MONDAY, "11:00"), clinic.brown.getId(), null),
                NURSE));
  }

  @Test
  void refusesToRescheduleToAnUnsuitableRoom() {
    Appointment appointment = clinic.bookEsiAt("09:00");

    assertUnprocessable(
        "ROOM_UNSUITABLE",
        () ->
            reschedule.reschedule(
                new RescheduleCommand(
                    appointment.getId(), 0L, at(MONDAY, "11:00"), null, clinic.suiteB.getId()),
                NURSE));
  }

  @Test
  void refusesToRescheduleAVisitIntoAProcedureSuite() {
    Appointment visit =
        bookVisit.book(clinic.consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    assertUnprocessable(
        "ROOM_UNSUITABLE",
        () ->
            reschedule.reschedule(
                new RescheduleCommand(
                    visit.getId(), 0L, at(MONDAY, "11:00"), null, clinic.suiteA.getId()),
                NURSE));
  }

  @Test
  void refusesToRescheduleAVisitToAnInactiveClinician() {
    Appointment visit =
        bookVisit.book(clinic.consult(clinic.ada.getId(), at(MONDAY, "09:00")), NURSE, null);

    assertUnprocessable(
        "CLINICIAN_INACTIVE",
        () ->
            reschedule.reschedule(
                new RescheduleCommand(
                    visit.getId(), 0L, at(MONDAY, "11:00"), clinic.cruz.getId(), null),
                NURSE));
  }

  @Test
  void refusesToRescheduleOutsideWorkingHours() {
    Appointment appointment = clinic.bookEsiAt("09:00");

    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () ->
            reschedule.reschedule(
                new RescheduleCommand(appointment.getId(), 0L, at(MONDAY, "16:35"), null, null),
                NURSE));
  }

  @Test
  void refusesToRescheduleACancelledAppointment() {
    Appointment appointment = clinic.bookEsiAt("09:00");
    clinic.lifecycle().cancel(appointment.getId(), 0L, "not needed", NURSE);

    assertThatThrownBy(
            () ->
                reschedule.reschedule(
                    new RescheduleCommand(appointment.getId(), 1L, at(MONDAY, "11:00"), null, null),
                    NURSE))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo("CANCELLED");
              assertThat(e.requestedState()).isEqualTo("BOOKED");
            });
  }

  @Test
  void refusesToRescheduleIntoThePast() {
    Appointment appointment = clinic.bookEsiAt("09:00");

    assertInvalid(
        "start",
        () ->
            reschedule.reschedule(
                new RescheduleCommand(
                    appointment.getId(), 0L, NOW.minus(Duration.ofMinutes(5)), null, null),
                NURSE));
  }

  @Test
  void refusesToRescheduleAnUnknownAppointment() {
    assertThatThrownBy(
            () ->
                reschedule.reschedule(
                    new RescheduleCommand(
                        AppointmentId.newId(), 0L, at(MONDAY, "11:00"), null, null),
                    NURSE))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("appointment"));
  }
}
