package org.procedura.scheduling.web;

import java.net.URI;
import java.util.UUID;
import org.procedura.api.scheduling.AcknowledgementDto;
import org.procedura.api.scheduling.AppointmentResponse;
import org.procedura.api.scheduling.AppointmentsApi;
import org.procedura.api.scheduling.BookProcedureRequest;
import org.procedura.api.scheduling.BookVisitRequest;
import org.procedura.api.scheduling.CancelRequest;
import org.procedura.api.scheduling.RescheduleRequest;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.application.AppointmentLifecycle;
import org.procedura.scheduling.application.BookProcedure;
import org.procedura.scheduling.application.BookProcedureCommand;
import org.procedura.scheduling.application.BookVisit;
import org.procedura.scheduling.application.BookVisitCommand;
import org.procedura.scheduling.application.Booking;
import org.procedura.scheduling.application.IdempotentBooking;
import org.procedura.scheduling.application.RescheduleAppointment;
import org.procedura.scheduling.application.RescheduleCommand;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.IdempotencyKey;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.web.CurrentActor;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AppointmentsController implements AppointmentsApi {
  static final String REPLAYED = "Idempotent-Replayed";

  private final BookProcedure bookProcedure;
  private final BookVisit bookVisit;
  private final RescheduleAppointment rescheduling;
  private final IdempotentBooking idempotent;
  private final AppointmentLifecycle lifecycle;
  private final SchedulingWebMapper mapper;
  private final CurrentActor actor;
  private final BookingTimers timers;

  AppointmentsController(
      BookProcedure bookProcedure,
      BookVisit bookVisit,
      RescheduleAppointment rescheduling,
      IdempotentBooking idempotent,
      AppointmentLifecycle lifecycle,
      SchedulingWebMapper mapper,
      CurrentActor actor,
      BookingTimers timers) {
    this.bookProcedure = bookProcedure;
    this.bookVisit = bookVisit;
    this.rescheduling = rescheduling;
    this.idempotent = idempotent;
    this.lifecycle = lifecycle;
    this.mapper = mapper;
    this.actor = actor;
    this.timers = timers;
  }

  @Override
  public ResponseEntity<AppointmentResponse> bookProcedure(
      String idempotencyKey, BookProcedureRequest request) {
    var command =
        new BookProcedureCommand(
            new PatientId(request.patientId()),
            new ProcedureTypeCode(request.procedureType()),
            new ClinicianId(request.clinicianId()),
            new RoomId(request.roomId()),
            request.start().toInstant(),
            mapper.toSite(request.site()),
            request.referralId(),
            acknowledgement(request.acknowledgement()),
            mapper.toPurpose(request.purpose()));
    Actor by = actor.get();
    return created(
        timers.booking(
            "procedure",
            () ->
                idempotent.book(
                    key(idempotencyKey),
                    command,
                    claimed -> bookProcedure.book(command, by, claimed))));
  }

  @Override
  public ResponseEntity<AppointmentResponse> bookVisit(
      String idempotencyKey, BookVisitRequest request) {
    var command =
        new BookVisitCommand(
            new PatientId(request.patientId()),
            mapper.toKind(request.kind()),
            new ClinicianId(request.clinicianId()),
            new RoomId(request.roomId()),
            request.start().toInstant(),
            request.referralId());
    Actor by = actor.get();
    return created(
        timers.booking(
            "visit",
            () ->
                idempotent.book(
                    key(idempotencyKey),
                    command,
                    claimed -> bookVisit.book(command, by, claimed))));
  }

  @Override
  public ResponseEntity<AppointmentResponse> get(UUID id) {
    return ok(lifecycle.get(new AppointmentId(id)));
  }

  @Override
  public ResponseEntity<AppointmentResponse> confirm(UUID id, String ifMatch) {
    return ok(
        lifecycle.confirm(
            new AppointmentId(id), EntityTags.versionFromIfMatch(ifMatch), actor.get()));
  }

  @Override
  public ResponseEntity<AppointmentResponse> checkIn(UUID id, String ifMatch) {
    return ok(
        lifecycle.checkIn(
            new AppointmentId(id), EntityTags.versionFromIfMatch(ifMatch), actor.get()));
  }

  @Override
  public ResponseEntity<AppointmentResponse> start(UUID id, String ifMatch) {
    return ok(
        lifecycle.start(
            new AppointmentId(id), EntityTags.versionFromIfMatch(ifMatch), actor.get()));
  }

  @Override
  public ResponseEntity<AppointmentResponse> complete(UUID id, String ifMatch) {
    return ok(
        lifecycle.complete(
            new AppointmentId(id), EntityTags.versionFromIfMatch(ifMatch), actor.get()));
  }

  @Override
  public ResponseEntity<AppointmentResponse> markNoShow(UUID id, String ifMatch) {
    return ok(
        lifecycle.markNoShow(
            new AppointmentId(id), EntityTags.versionFromIfMatch(ifMatch), actor.get()));
  }

  @Override
  public ResponseEntity<AppointmentResponse> cancel(
      UUID id, String ifMatch, CancelRequest request) {
    return ok(
        lifecycle.cancel(
            new AppointmentId(id),
            EntityTags.versionFromIfMatch(ifMatch),
            request.reason(),
            actor.get()));
  }

  @Override
  public ResponseEntity<AppointmentResponse> reschedule(
      UUID id, String ifMatch, RescheduleRequest request) {
    var command =
        new RescheduleCommand(
            new AppointmentId(id),
            EntityTags.versionFromIfMatch(ifMatch),
            request.start().toInstant(),
            request.clinicianId() == null ? null : new ClinicianId(request.clinicianId()),
            request.roomId() == null ? null : new RoomId(request.roomId()),
            acknowledgement(request.acknowledgement()));
    Actor by = actor.get();
    return ok(timers.booking("reschedule", () -> rescheduling.reschedule(command, by)));
  }

  private ResponseEntity<AppointmentResponse> created(Booking booked) {
    Appointment appointment = booked.appointment();
    return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.getId()))
        .eTag(EntityTags.of(appointment.getVersion()))
        .header(REPLAYED, String.valueOf(booked.replayed()))
        .body(mapper.toResponse(appointment, bookProcedure.holdsOf(appointment.getId())));
  }

  private ResponseEntity<AppointmentResponse> ok(Appointment appointment) {
    return ResponseEntity.ok()
        .eTag(EntityTags.of(appointment.getVersion()))
        .body(mapper.toResponse(appointment, bookProcedure.holdsOf(appointment.getId())));
  }

  /** Who acknowledges is the signed-in user; whether a physician, the rules decide what follows. */
  private Acknowledgement acknowledgement(AcknowledgementDto dto) {
    return dto == null
        ? null
        : new Acknowledgement(actor.get(), actor.hasRole("PHYSICIAN"), dto.reason(), dto.ruleIds());
  }

  private static IdempotencyKey key(String header) {
    return header == null ? null : new IdempotencyKey(header);
  }
}
