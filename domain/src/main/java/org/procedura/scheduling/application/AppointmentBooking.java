package org.procedura.scheduling.application;

import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.IdempotencyKeys;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ReferralBookings;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.Rooms;
import org.procedura.scheduling.model.SlotConflict;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.UnprocessableException;

/**
 * Books, and moves, appointments. What a booking needs is checked here (a credentialed clinician, a
 * suitable room, both working then); that nobody is double-booked is checked here for a clear
 * answer and guaranteed by the database for concurrent requests.
 */
public class AppointmentBooking {
  private final Appointments appointments;
  private final Patients patients;
  private final ProcedureTypes procedureTypes;
  private final Clinicians clinicians;
  private final Rooms rooms;
  private final IdempotencyKeys idempotencyKeys;
  private final ReferralBookings referralBookings;
  private final BookingChecks bookingChecks;
  private final ResourceCalendars calendars;
  private final SchedulingPolicy policy;
  private final Clock clock;

  public AppointmentBooking(
      Appointments appointments,
      Patients patients,
      ProcedureTypes procedureTypes,
      Clinicians clinicians,
      Rooms rooms,
      IdempotencyKeys idempotencyKeys,
      ReferralBookings referralBookings,
      BookingChecks bookingChecks,
      ResourceCalendars calendars,
      SchedulingPolicy policy,
      Clock clock) {
    this.appointments = appointments;
    this.patients = patients;
    this.procedureTypes = procedureTypes;
    this.clinicians = clinicians;
    this.rooms = rooms;
    this.idempotencyKeys = idempotencyKeys;
    this.referralBookings = referralBookings;
    this.bookingChecks = bookingChecks;
    this.calendars = calendars;
    this.policy = policy;
    this.clock = clock;
  }

  /** What the patient was told to hold before the appointment, per medication. */
  @Transactional
  public List<HoldInstruction> holdsOf(AppointmentId appointment) {
    return bookingChecks.holdsOf(appointment);
  }

  @Transactional
  public Booking bookProcedure(BookProcedureCommand command, Actor by, IdempotencyKey key) {
    PlausibleDates.onCalendar(command.start(), clock.withZone(policy.zone()), "start");
    return once(key, command, () -> bookProcedure(command, by));
  }

  @Transactional
  public Booking bookVisit(BookVisitCommand command, Actor by, IdempotencyKey key) {
    PlausibleDates.onCalendar(command.start(), clock.withZone(policy.zone()), "start");
    return once(key, command, () -> bookVisit(command, by));
  }

  @Transactional
  public Appointment reschedule(RescheduleCommand command, Actor by) {
    PlausibleDates.onCalendar(command.start(), clock.withZone(policy.zone()), "start");
    Appointment appointment =
        appointments
            .find(command.appointment())
            .orElseThrow(() -> new NotFoundException("appointment", command.appointment()));
    if (command.seenVersion() != null && !command.seenVersion().equals(appointment.getVersion())) {
      throw new StaleVersionException(
          "appointment " + appointment.getId(), command.seenVersion(), appointment.getVersion());
    }
    Placement current = appointment.getPlacement();
    Clinician clinician =
        clinician(command.clinician() != null ? command.clinician() : current.clinician());
    Room room = room(command.room() != null ? command.room() : current.room());
    ProcedureType type = appointment.getProcedureType() == null ? null : procedureType(appointment);
    if (type != null) {
      requireSuited(clinician, room, type);
    } else {
      requireSeeingPatients(clinician);
      if (!room.suitsVisits()) {
        throw unsuitableRoom(room, "visits need a consult room");
      }
    }
    Placement moved =
        new Placement(
            clinician.getId(),
            room.getId(),
            TimeSlot.of(command.start(), current.slot().length()),
            current.turnover());
    requireFuture(moved);
    requireWorking(clinician, room, moved);
    appointment.reschedule(moved, clock.instant(), by);
    if (type == null) {
      return store(appointment);
    }
    // the rules look at the date, so a moved procedure is checked again
    CheckedRules checked = bookingChecks.check(appointment, type, room, command.acknowledgement());
    Appointment stored = store(appointment);
    bookingChecks.record(stored.getId(), checked);
    return stored;
  }

  private Appointment bookProcedure(BookProcedureCommand command, Actor by) {
    requirePatient(command.patient());
    ProcedureType type =
        procedureTypes
            .find(command.procedureType())
            .orElseThrow(() -> new NotFoundException("procedure type", command.procedureType()));
    if (!type.getDefinition().active()) {
      throw new UnprocessableException(
          "PROCEDURE_TYPE_INACTIVE", "procedure type " + type.getCode() + " is not offered");
    }
    Clinician clinician = clinician(command.clinician());
    Room room = room(command.room());
    requireSuited(clinician, room, type);
    Placement placement =
        new Placement(
            clinician.getId(),
            room.getId(),
            TimeSlot.of(command.start(), type.getDefinition().defaultDuration()),
            policy.procedureTurnover());
    requireFuture(placement);
    requireWorking(clinician, room, placement);
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
            clock.instant(),
            by);
    CheckedRules checked = bookingChecks.check(appointment, type, room, command.acknowledgement());
    Appointment stored = storeNew(appointment, by);
    bookingChecks.record(stored.getId(), checked);
    return stored;
  }

  private Appointment bookVisit(BookVisitCommand command, Actor by) {
    requirePatient(command.patient());
    Clinician clinician = clinician(command.clinician());
    requireSeeingPatients(clinician);
    Room room = room(command.room());
    if (!room.suitsVisits()) {
      throw unsuitableRoom(room, "visits need a consult room");
    }
    Placement placement =
        new Placement(
            clinician.getId(),
            room.getId(),
            TimeSlot.of(command.start(), policy.visitLength(command.kind())),
            java.time.Duration.ZERO);
    requireFuture(placement);
    requireWorking(clinician, room, placement);
    return storeNew(
        Appointment.bookVisit(
            command.patient(), command.kind(), command.referral(), placement, clock.instant(), by),
        by);
  }

  private Booking once(IdempotencyKey key, Record command, Supplier<Appointment> book) {
    if (key == null) {
      return new Booking(book.get(), false);
    }
    Optional<AppointmentId> earlier = idempotencyKeys.claim(key, fingerprint(command));
    if (earlier.isPresent()) {
      return new Booking(
          appointments
              .find(earlier.get())
              .orElseThrow(() -> new NotFoundException("appointment", earlier.get())),
          true);
    }
    Appointment booked = book.get();
    idempotencyKeys.complete(key, booked.getId());
    return new Booking(booked, false);
  }

  /** A new booking: stored, and the referral it comes from (if any) marked as scheduled. */
  private Appointment storeNew(Appointment appointment, Actor by) {
    Appointment stored = store(appointment);
    if (stored.getReferral() != null) {
      referralBookings.bookedFrom(stored.getReferral(), stored.getPatient(), stored.getId(), by);
    }
    return stored;
  }

  private Appointment store(Appointment appointment) {
    List<SlotConflict> conflicts = appointments.conflictsOf(appointment);
    if (!conflicts.isEmpty()) {
      throw new ConflictException(
          "SLOT_TAKEN",
          "the time is already held for "
              + conflicts.stream().map(c -> c.resource().name().toLowerCase()).distinct().toList(),
          conflicts);
    }
    return appointments.save(appointment);
  }

  private static void requireSeeingPatients(Clinician clinician) {
    if (!clinician.isActive()) {
      throw new UnprocessableException(
          "CLINICIAN_INACTIVE", clinician.getDisplayName() + " is not seeing patients");
    }
  }

  private void requireSuited(Clinician clinician, Room room, ProcedureType type) {
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

  private void requireWorking(Clinician clinician, Room room, Placement placement) {
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

  /** Checked before working hours, so that a time in the past is named as such. */
  private void requireFuture(Placement placement) {
    if (placement.slot().start().isBefore(clock.instant())) {
      throw new InvalidInputException("start", "start is in the past");
    }
  }

  private void requirePatient(PatientId patient) {
    if (patients.find(patient).isEmpty()) {
      throw new NotFoundException("patient", patient);
    }
  }

  private ProcedureType procedureType(Appointment appointment) {
    return procedureTypes
        .find(appointment.getProcedureType())
        .orElseThrow(() -> new NotFoundException("procedure type", appointment.getProcedureType()));
  }

  private Clinician clinician(ClinicianId id) {
    return clinicians.find(id).orElseThrow(() -> new NotFoundException("clinician", id));
  }

  private Room room(RoomId id) {
    return rooms.find(id).orElseThrow(() -> new NotFoundException("room", id));
  }

  private static UnprocessableException unsuitableRoom(Room room, String why) {
    return new UnprocessableException(
        "ROOM_UNSUITABLE", room.getName() + " cannot be used: " + why);
  }

  /** The same command gives the same fingerprint; records print every component in order. */
  static String fingerprint(Record command) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(command.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
