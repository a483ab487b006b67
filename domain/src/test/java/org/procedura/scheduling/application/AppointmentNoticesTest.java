package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.shared.model.DomainAssertions.assertConflict;

import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Appointment;

/**
 * The use cases tell the patient's messages of each booking, move and cancellation, and only then.
 */
class AppointmentNoticesTest {
  private final TestClinic clinic = new TestClinic(CLOCK);

  @Test
  void aBookingAMoveAndACancellationAreEachToldOnce() {
    Appointment booked = clinic.bookEsiAt("09:00");
    clinic
        .reschedule()
        .reschedule(
            new RescheduleCommand(booked.getId(), 0L, at(MONDAY, "11:00"), null, null), NURSE);
    clinic.lifecycle().cancel(booked.getId(), 1L, "patient unwell", NURSE);

    assertThat(clinic.noticesGiven)
        .containsExactly(
            "booked " + booked.getId(), "moved " + booked.getId(), "cancelled " + booked.getId());
  }

  @Test
  void aRefusedBookingOrMoveIsNotTold() {
    Appointment mine = clinic.bookEsiAt("09:00");
    clinic.book(
        clinic.esi(clinic.grace.getId(), clinic.alvarez, clinic.suiteA, at(MONDAY, "11:00")));
    clinic.noticesGiven.clear();

    assertConflict("SLOT_TAKEN", () -> clinic.bookEsiAt("09:00"));
    assertConflict(
        "SLOT_TAKEN",
        () ->
            clinic
                .reschedule()
                .reschedule(
                    new RescheduleCommand(mine.getId(), 0L, at(MONDAY, "11:00"), null, null),
                    NURSE));

    assertThat(clinic.noticesGiven).isEmpty();
  }

  @Test
  void confirmingTellsNothing() {
    Appointment booked = clinic.bookEsiAt("09:00");
    clinic.noticesGiven.clear();

    clinic.lifecycle().confirm(booked.getId(), 0L, NURSE);

    assertThat(clinic.noticesGiven).isEmpty();
  }
}
