package org.procedura.scheduling.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentEvent.Type;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * A patient's booked time with a clinician in a room: a procedure, or a consult or follow-up visit.
 * Moves through {@link AppointmentStatus}'s transition table; every step is recorded with its
 * {@link Stamp}, who took it and when.
 */
public final class Appointment {
  public static final Duration CHECK_IN_OPENS = Duration.ofHours(12);

  private final AppointmentId id;
  private final PatientId patient;
  private final AppointmentKind kind;
  private final ProcedureTypeCode procedureType;
  private final ProcedureSite site;
  private final UUID referral;
  private final ProcedurePurpose purpose;
  private Placement placement;
  private AppointmentStatus status;
  private final List<AppointmentEvent> events;
  private final Long version;

  /**
   * Rebuilds an appointment as stored. {@code purpose} is what a procedure was booked for,
   * diagnostic or therapeutic (null for a visit, or a procedure booked before purposes were kept).
   */
  public Appointment(
      AppointmentId id,
      PatientId patient,
      AppointmentKind kind,
      ProcedureTypeCode procedureType,
      ProcedureSite site,
      UUID referral,
      ProcedurePurpose purpose,
      Placement placement,
      AppointmentStatus status,
      List<AppointmentEvent> events,
      Long version) {
    this.id = Check.present(id, "id");
    this.patient = Check.present(patient, "patientId");
    this.kind = Check.present(kind, "kind");
    if ((kind == AppointmentKind.PROCEDURE) != (procedureType != null)) {
      throw new InvalidInputException(
          "procedureType", "a procedure appointment, and only one, names its procedure type");
    }
    this.procedureType = procedureType;
    this.site = site == null ? ProcedureSite.NONE : site;
    this.referral = referral;
    if (purpose != null
        && (procedureType == null || purpose == ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC)) {
      throw new InvalidInputException(
          "purpose", "a procedure, and only a procedure, is booked as diagnostic or therapeutic");
    }
    this.purpose = purpose;
    this.placement = Check.present(placement, "placement");
    this.status = Check.present(status, "status");
    this.events = new ArrayList<>(Check.present(events, "events"));
    this.version = version;
  }

  public static Appointment bookProcedure(
      PatientId patient,
      ProcedureTypeCode procedureType,
      ProcedureSite site,
      UUID referral,
      Placement placement,
      Stamp booked) {
    return bookProcedure(patient, procedureType, null, site, referral, placement, booked);
  }

  /**
   * A procedure booked for a purpose, diagnostic or therapeutic (see ProcedurePurpose#bookedAs).
   */
  public static Appointment bookProcedure(
      PatientId patient,
      ProcedureTypeCode procedureType,
      ProcedurePurpose purpose,
      ProcedureSite site,
      UUID referral,
      Placement placement,
      Stamp booked) {
    return book(
        patient,
        AppointmentKind.PROCEDURE,
        procedureType,
        purpose,
        site,
        referral,
        placement,
        booked);
  }

  public static Appointment bookVisit(
      PatientId patient, AppointmentKind kind, UUID referral, Placement placement, Stamp booked) {
    if (kind == AppointmentKind.PROCEDURE) {
      throw new InvalidInputException("kind", "a visit is a consult or a follow-up");
    }
    return book(patient, kind, null, null, ProcedureSite.NONE, referral, placement, booked);
  }

  private static Appointment book(
      PatientId patient,
      AppointmentKind kind,
      ProcedureTypeCode procedureType,
      ProcedurePurpose purpose,
      ProcedureSite site,
      UUID referral,
      Placement placement,
      Stamp booked) {
    placement.requireNotPast(booked.at());
    return new Appointment(
        AppointmentId.newId(),
        patient,
        kind,
        procedureType,
        site,
        referral,
        purpose,
        placement,
        AppointmentStatus.BOOKED,
        List.of(new AppointmentEvent(Type.BOOKED, booked, null)),
        null);
  }

  /** Refuses a step decided on a copy someone else has changed since. */
  public void requireVersion(long seenVersion) {
    if (version == null) {
      throw new IllegalStateException("appointment " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("appointment " + id, seenVersion, version);
    }
  }

  public void confirm(Stamp stamp) {
    move(AppointmentStatus.CONFIRMED, Type.CONFIRMED, stamp, null);
  }

  /** On the day: from {@link #CHECK_IN_OPENS} before the start. */
  public void checkIn(Stamp stamp) {
    if (stamp.at().isBefore(placement.slot().start().minus(CHECK_IN_OPENS))) {
      throw new UnprocessableException(
          "TOO_EARLY_TO_CHECK_IN",
          "check-in opens " + CHECK_IN_OPENS.toHours() + " hours before the appointment");
    }
    move(AppointmentStatus.CHECKED_IN, Type.CHECKED_IN, stamp, null);
  }

  public void start(Stamp stamp) {
    move(AppointmentStatus.IN_PROGRESS, Type.STARTED, stamp, null);
  }

  public void complete(Stamp stamp) {
    move(AppointmentStatus.COMPLETED, Type.COMPLETED, stamp, null);
  }

  public void cancel(String reason, Stamp stamp) {
    String why = Check.text(reason, "reason", 500);
    move(AppointmentStatus.CANCELLED, Type.CANCELLED, stamp, why);
  }

  /** Only once the appointment has started without the patient. */
  public void markNoShow(Stamp stamp) {
    if (stamp.at().isBefore(placement.slot().start())) {
      throw new UnprocessableException(
          "APPOINTMENT_NOT_STARTED",
          "a patient can be marked as not shown only after the appointment's start");
    }
    move(AppointmentStatus.NO_SHOW, Type.NO_SHOW, stamp, null);
  }

  /** Moves to another time (and clinician or room); it must be confirmed again. */
  public void reschedule(Placement moved, Stamp stamp) {
    if (!status.mayBeRescheduled()) {
      throw new IllegalTransitionException("appointment " + id, status, AppointmentStatus.BOOKED);
    }
    moved.requireNotPast(stamp.at());
    if (!moved.slot().length().equals(placement.slot().length())) {
      throw new InvalidInputException("start", "a rescheduled appointment keeps its length");
    }
    String from = "from " + placement.slot().start();
    this.placement = moved;
    this.status = AppointmentStatus.BOOKED;
    events.add(new AppointmentEvent(Type.RESCHEDULED, stamp, from));
  }

  /**
   * What this appointment holds, resource by resource: the clinician and the room for the slot and
   * its turnover, the patient for the slot. Nothing once cancelled or not shown.
   */
  public Map<ResourceRef, TimeSlot> occupancy() {
    Map<ResourceRef, TimeSlot> held = new LinkedHashMap<>();
    if (status.holdsItsSlot()) {
      held.put(ResourceRef.of(placement.clinician()), placement.held());
      held.put(ResourceRef.of(placement.room()), placement.held());
      held.put(ResourceRef.ofPatient(patient.value()), placement.slot());
    }
    return held;
  }

  private void move(AppointmentStatus next, Type event, Stamp stamp, String note) {
    if (!status.mayBecome(next)) {
      throw new IllegalTransitionException("appointment " + id, status, next);
    }
    status = next;
    events.add(new AppointmentEvent(event, stamp, note));
  }

  public AppointmentId getId() {
    return id;
  }

  public PatientId getPatient() {
    return patient;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public ProcedureTypeCode getProcedureType() {
    return procedureType;
  }

  public ProcedureSite getSite() {
    return site;
  }

  public UUID getReferral() {
    return referral;
  }

  /** Diagnostic or therapeutic, as booked; null for a visit or an older booking. */
  public ProcedurePurpose getPurpose() {
    return purpose;
  }

  public Placement getPlacement() {
    return placement;
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public List<AppointmentEvent> getEvents() {
    return List.copyOf(events);
  }

  public Long getVersion() {
    return version;
  }
}
