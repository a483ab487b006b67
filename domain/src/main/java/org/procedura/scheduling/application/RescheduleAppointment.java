package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentNotices;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

/**
 * Moves an appointment to another time, and perhaps another clinician or room, in one step: the old
 * time is given back only if the new one is held. A moved procedure is checked against the rules
 * again, since they look at the date. The patient's notice of the move is queued with it.
 */
public class RescheduleAppointment {
  private final Appointments appointments;
  private final BookingSuitability suitability;
  private final AppointmentBook book;
  private final BookingChecks bookingChecks;
  private final AppointmentNotices notices;
  private final Clock clock;

  public RescheduleAppointment(
      Appointments appointments,
      BookingSuitability suitability,
      AppointmentBook book,
      BookingChecks bookingChecks,
      AppointmentNotices notices,
      Clock clock) {
    this.appointments = appointments;
    this.suitability = suitability;
    this.book = book;
    this.bookingChecks = bookingChecks;
    this.notices = notices;
    this.clock = clock;
  }

  @Transactional
  public Appointment reschedule(RescheduleCommand command, Actor by) {
    suitability.requireOnCalendar(command.start());
    Appointment appointment =
        appointments
            .find(command.appointment())
            .orElseThrow(() -> new NotFoundException("appointment", command.appointment()));
    appointment.requireVersion(command.seenVersion());
    Placement current = appointment.getPlacement();
    Clinician clinician =
        suitability.clinician(
            command.clinician() != null ? command.clinician() : current.clinician());
    Room room = suitability.room(command.room() != null ? command.room() : current.room());
    ProcedureType type =
        appointment.getProcedureType() == null
            ? null
            : suitability.procedureType(appointment.getProcedureType());
    if (type != null) {
      suitability.requireSuited(clinician, room, type);
    } else {
      suitability.requireSuitedForVisits(clinician, room);
    }
    Placement moved =
        new Placement(
            clinician.getId(),
            room.getId(),
            TimeSlot.of(command.start(), current.slot().length()),
            current.turnover());
    suitability.requireBookable(clinician, room, moved);
    appointment.reschedule(moved, new Stamp(clock.instant(), by));
    if (type == null) {
      Appointment stored = book.enter(appointment);
      notices.rescheduled(stored);
      return stored;
    }
    CheckedRules checked = bookingChecks.check(appointment, type, room, command.acknowledgement());
    Appointment stored = book.enter(appointment);
    bookingChecks.record(stored.getId(), checked);
    notices.rescheduled(stored);
    return stored;
  }
}
