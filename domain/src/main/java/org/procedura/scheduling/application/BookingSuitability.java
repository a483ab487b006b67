package org.procedura.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;
import org.procedura.shared.model.UnprocessableException;

/**
 * What booking a procedure, booking a visit and rescheduling check before anything is written: that
 * the patient, procedure type, clinician and room exist, that the clinician and the room suit what
 * is booked, and that the time is ahead and both of them work then.
 */
public class BookingSuitability {
  private final Patients patients;
  private final ProcedureTypes procedureTypes;
  private final Clinicians clinicians;
  private final Rooms rooms;
  private final ResourceCalendars calendars;
  private final Clock clock;
  private final ZoneId zone;

  public BookingSuitability(
      Patients patients,
      ProcedureTypes procedureTypes,
      Clinicians clinicians,
      Rooms rooms,
      ResourceCalendars calendars,
      SchedulingPolicy policy,
      Clock clock) {
    this.patients = patients;
    this.procedureTypes = procedureTypes;
    this.clinicians = clinicians;
    this.rooms = rooms;
    this.calendars = calendars;
    this.clock = clock;
    this.zone = policy.zone();
  }

  /** A start the clinic could mean, checked before anything is computed from it. */
  void requireOnCalendar(Instant start) {
    PlausibleDates.onCalendar(start, clock.withZone(zone), "start");
  }

  void requirePatient(PatientId patient) {
    if (patients.find(patient).isEmpty()) {
      throw new NotFoundException("patient", patient);
    }
  }

  ProcedureType procedureType(ProcedureTypeCode code) {
    return procedureTypes
        .find(code)
        .orElseThrow(() -> new NotFoundException("procedure type", code));
  }

  Clinician clinician(ClinicianId id) {
    return clinicians.find(id).orElseThrow(() -> new NotFoundException("clinician", id));
  }

  Room room(RoomId id) {
    return rooms.find(id).orElseThrow(() -> new NotFoundException("room", id));
  }

  /** A procedure: a clinician credentialed for it, in a room with the imaging it needs. */
  void requireSuited(Clinician clinician, Room room, ProcedureType type) {
    if (!clinician.mayPerform(type.getCode())) {
      throw new UnprocessableException(
          "CLINICIAN_NOT_CREDENTIALED",
          clinician.getDisplayName() + " is not credentialed for " + type.getCode());
    }
    if (!room.suits(type.getDefinition())) {
      throw unsuitableRoom(
          room, type.getCode() + " needs " + type.getDefinition().imaging().modalities());
    }
  }

  /** A consult or follow-up visit: a clinician seeing patients, in a consult room. */
  void requireSuitedForVisits(Clinician clinician, Room room) {
    if (!clinician.isActive()) {
      throw new UnprocessableException(
          "CLINICIAN_INACTIVE", clinician.getDisplayName() + " is not seeing patients");
    }
    if (!room.suitsVisits()) {
      throw unsuitableRoom(room, "visits need a consult room");
    }
  }

  /**
   * Not in the past, and within the working time of the clinician and the room, turnover included.
   * The past is checked first, so that a time in the past is named as such.
   */
  void requireBookable(Clinician clinician, Room room, Placement placement) {
    placement.requireNotPast(clock.instant());
    calendars
        .absence(ResourceRef.of(clinician.getId()), placement.slot(), placement.turnover())
        .ifPresent(
            why -> {
              throw new UnprocessableException(
                  "OUTSIDE_WORKING_HOURS", clinician.getDisplayName() + " " + why);
            });
    calendars
        .absence(ResourceRef.of(room.getId()), placement.slot(), placement.turnover())
        .ifPresent(
            why -> {
              throw new UnprocessableException("OUTSIDE_WORKING_HOURS", room.getName() + " " + why);
            });
  }

  private static UnprocessableException unsuitableRoom(Room room, String why) {
    return new UnprocessableException(
        "ROOM_UNSUITABLE", room.getName() + " cannot be used: " + why);
  }
}
