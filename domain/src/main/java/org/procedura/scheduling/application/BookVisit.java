package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentNotices;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;

/** Books a consult or follow-up visit: the clinic's length for its kind, in a consult room. */
public class BookVisit {
  private final BookingSuitability suitability;
  private final AppointmentBook book;
  private final SchedulingPolicy policy;
  private final AppointmentNotices notices;
  private final Clock clock;

  public BookVisit(
      BookingSuitability suitability,
      AppointmentBook book,
      SchedulingPolicy policy,
      AppointmentNotices notices,
      Clock clock) {
    this.suitability = suitability;
    this.book = book;
    this.policy = policy;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * @param claimed the idempotency key this booking was claimed under ({@link IdempotentBooking}),
   *     completed in the same transaction; null for none
   */
  @Transactional
  public Appointment book(BookVisitCommand command, Actor by, IdempotencyKey claimed) {
    suitability.requireOnCalendar(command.start());
    suitability.requirePatient(command.patient());
    Clinician clinician = suitability.clinician(command.clinician());
    Room room = suitability.room(command.room());
    suitability.requireSuitedForVisits(clinician, room);
    Placement placement =
        new Placement(
            clinician.getId(),
            room.getId(),
            TimeSlot.of(command.start(), policy.visitLength(command.kind())),
            Duration.ZERO);
    suitability.requireBookable(clinician, room, placement);
    Appointment stored =
        book.enterNew(
            Appointment.bookVisit(
                command.patient(), command.kind(), command.referral(), placement, booked(by)),
            by,
            claimed);
    notices.booked(stored);
    return stored;
  }

  /**
   * To the second, as it is stored (MySQL Connector/J drops fractions on MariaDB), so that the
   * answer of a booking and its replay are the same.
   */
  private Stamp booked(Actor by) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.SECONDS), by);
  }
}
