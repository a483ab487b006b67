package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentNotices;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * Books a procedure: an offered type, at a site it is done at, by a credentialed clinician in a
 * suitable room while both work, if the rules allow it (the holds it needs are recorded with it);
 * the patient's messages about it are queued in the same transaction.
 */
public class BookProcedure {
  private final BookingSuitability suitability;
  private final AppointmentBook book;
  private final BookingChecks bookingChecks;
  private final SchedulingPolicy policy;
  private final AppointmentNotices notices;
  private final Clock clock;

  public BookProcedure(
      BookingSuitability suitability,
      AppointmentBook book,
      BookingChecks bookingChecks,
      SchedulingPolicy policy,
      AppointmentNotices notices,
      Clock clock) {
    this.suitability = suitability;
    this.book = book;
    this.bookingChecks = bookingChecks;
    this.policy = policy;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * @param claimed the idempotency key this booking was claimed under ({@link IdempotentBooking}),
   *     completed in the same transaction; null for none
   */
  @Transactional
  public Appointment book(BookProcedureCommand command, Actor by, IdempotencyKey claimed) {
    suitability.requireOnCalendar(command.start());
    suitability.requirePatient(command.patient());
    ProcedureType type = suitability.procedureType(command.procedureType());
    if (!type.getDefinition().active()) {
      throw new UnprocessableException(
          "PROCEDURE_TYPE_INACTIVE", "procedure type " + type.getCode() + " is not offered");
    }
    Clinician clinician = suitability.clinician(command.clinician());
    Room room = suitability.room(command.room());
    suitability.requireSuited(clinician, room, type);
    Placement placement =
        new Placement(
            clinician.getId(),
            room.getId(),
            TimeSlot.of(command.start(), type.getDefinition().defaultDuration()),
            policy.procedureTurnover());
    suitability.requireBookable(clinician, room, placement);
    command.site().requireFits(type);
    var purpose = type.getDefinition().purpose().bookedAs(command.purpose());
    Appointment appointment =
        Appointment.bookProcedure(
            command.patient(),
            type.getCode(),
            purpose,
            command.site(),
            command.referral(),
            placement,
            booked(by));
    CheckedRules checked = bookingChecks.check(appointment, type, room, command.acknowledgement());
    Appointment stored = book.enterNew(appointment, by, claimed);
    bookingChecks.record(stored.getId(), checked);
    notices.booked(stored);
    return stored;
  }

  /** What the patient was told to hold before the appointment, per medication. */
  @Transactional
  public List<HoldInstruction> holdsOf(AppointmentId appointment) {
    return bookingChecks.holdsOf(appointment);
  }

  /**
   * To the second, as it is stored (MySQL Connector/J drops fractions on MariaDB), so that the
   * answer of a booking and its replay are the same.
   */
  private Stamp booked(Actor by) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.SECONDS), by);
  }
}
