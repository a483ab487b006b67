package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NURSE;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertUnprocessable;

import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.shared.model.Actor;

class IdempotentBookingTest {
  private static final IdempotencyKey KEY = new IdempotencyKey("booking-0001");

  private final TestClinic clinic = new TestClinic(CLOCK);
  private final BookProcedure bookProcedure = clinic.bookProcedure();
  private final BookVisit bookVisit = clinic.bookVisit();
  private final IdempotentBooking idempotent = clinic.idempotentBooking();

  private Booking bookProcedure(BookProcedureCommand command, Actor by, IdempotencyKey key) {
    return idempotent.book(key, command, claimed -> bookProcedure.book(command, by, claimed));
  }

  private Booking bookVisit(BookVisitCommand command, Actor by, IdempotencyKey key) {
    return idempotent.book(key, command, claimed -> bookVisit.book(command, by, claimed));
  }

  @Test
  void withoutAKeyEveryRequestBooksAndNoneIsAReplay() {
    Booking first = bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, null);
    Booking second = bookProcedure(clinic.esi(at(MONDAY, "10:00")), FRONT_DESK, null);

    assertThat(first.replayed()).isFalse();
    assertThat(second.replayed()).isFalse();
    assertThat(clinic.appointments.count()).isEqualTo(2);
    assertThat(clinic.idempotencyKeys.completed()).isZero();
  }

  @Test
  void replaysTheFirstBookingForTheSameKeyAndCommand() {
    BookProcedureCommand command = clinic.esi(at(MONDAY, "09:00"));
    Booking first = bookProcedure(command, FRONT_DESK, KEY);

    Booking retried = bookProcedure(command, FRONT_DESK, KEY);

    assertThat(first.replayed()).isFalse();
    assertThat(retried.replayed()).isTrue();
    assertThat(retried.appointment().getId()).isEqualTo(first.appointment().getId());
    assertThat(retried.appointment().getVersion()).isZero();
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void replaysAVisitForTheSameKeyAndCommand() {
    BookVisitCommand command = clinic.consult(clinic.ada.getId(), at(MONDAY, "09:00"));
    Booking first = bookVisit(command, NURSE, KEY);

    Booking retried = bookVisit(command, NURSE, KEY);

    assertThat(retried.replayed()).isTrue();
    assertThat(retried.appointment().getId()).isEqualTo(first.appointment().getId());
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void refusesTheSameKeyForADifferentCommand() {
    bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, KEY);

    assertUnprocessable(
        "IDEMPOTENCY_KEY_REUSED",
        () -> bookProcedure(clinic.esi(at(MONDAY, "10:00")), FRONT_DESK, KEY));
    assertUnprocessable(
        "IDEMPOTENCY_KEY_REUSED",
        () -> bookVisit(clinic.consult(clinic.ada.getId(), at(MONDAY, "11:00")), NURSE, KEY));
    assertThat(clinic.appointments.count()).isEqualTo(1);
  }

  @Test
  void anotherKeyForTheSameCommandIsANewBooking() {
    bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, KEY);

    assertConflict(
        "SLOT_TAKEN",
        () ->
            bookProcedure(
                clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, new IdempotencyKey("booking-0002")));
  }

  @Test
  void aKeyWhoseBookingFailedMayBeUsedAgain() {
    assertUnprocessable(
        "OUTSIDE_WORKING_HOURS",
        () -> bookProcedure(clinic.esi(at(MONDAY, "07:00")), FRONT_DESK, KEY));

    Booking booked = bookProcedure(clinic.esi(at(MONDAY, "09:00")), FRONT_DESK, KEY);

    assertThat(booked.replayed()).isFalse();
    assertThat(clinic.idempotencyKeys.completed()).isEqualTo(1);
  }

  @Test
  void theSameCommandGivesTheSameFingerprintAndAnotherADifferentOne() {
    BookProcedureCommand command = clinic.esi(at(MONDAY, "09:00"));

    assertThat(IdempotentBooking.fingerprint(command))
        .isEqualTo(IdempotentBooking.fingerprint(clinic.esi(at(MONDAY, "09:00"))))
        .isNotEqualTo(IdempotentBooking.fingerprint(clinic.esi(at(MONDAY, "09:05"))))
        .hasSize(64);
  }

  @Test
  void aBookingFromAReferralTellsTheReferralOnceEvenWhenReplayed() {
    java.util.UUID referral = java.util.UUID.randomUUID();
    BookVisitCommand fromReferral =
        new BookVisitCommand(
            clinic.ada.getId(),
            AppointmentKind.CONSULT,
            clinic.alvarez.getId(),
            clinic.consult1.getId(),
            at(MONDAY, "09:00"),
            referral);
    var key = new org.procedura.scheduling.model.IdempotencyKey("referral-visit-1");

    Appointment booked = bookVisit(fromReferral, NURSE, key).appointment();
    bookVisit(fromReferral, NURSE, key);

    assertThat(clinic.bookedFromReferrals).containsExactly(referral + " -> " + booked.getId());
  }
}
