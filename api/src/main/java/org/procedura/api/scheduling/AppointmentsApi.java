package org.procedura.api.scheduling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Booking and the appointment's day. Every step carries the ETag read in {@code If-Match} (428
 * without it); a step on a stale copy is refused with 412. Booking takes an {@code
 * Idempotency-Key}: the same key and body book once and answer the same appointment again; the same
 * key with another body is a 422.
 */
@Tag(name = "Appointments", description = "Booking and the appointment's day.")
@HttpExchange("/api/v1/appointments")
public interface AppointmentsApi {

  @Operation(
      operationId = "bookProcedure",
      summary = "Book a procedure",
      description =
          "Books a procedure with a credentialed clinician in a room with the right imaging, checked against the payer rules and drug holds. The same Idempotency-Key and body book once and answer the same appointment again.")
  @ApiResponse(
      responseCode = "404",
      description = "The patient, clinician, room, procedure type or referral named does not exist")
  @ApiResponse(
      responseCode = "409",
      description =
          "The clinician, room or patient is already booked at that time (reason SLOT_TAKEN, see conflicts)")
  @ApiResponse(
      responseCode = "422",
      description =
          "Refused by the clinic's rules (rule-violation, see findings), not possible as asked, or the Idempotency-Key was used with another body (see reason)")
  @PostExchange("/procedures")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<AppointmentResponse> bookProcedure(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody BookProcedureRequest request);

  @Operation(
      operationId = "bookVisit",
      summary = "Book a visit",
      description =
          "Books a consult or follow-up visit with a clinician in a room. The same Idempotency-Key and body book once and answer the same appointment again.")
  @ApiResponse(
      responseCode = "404",
      description = "The patient, clinician or room named does not exist")
  @ApiResponse(
      responseCode = "409",
      description =
          "The clinician, room or patient is already booked at that time (reason SLOT_TAKEN, see conflicts)")
  @ApiResponse(
      responseCode = "422",
      description =
          "Not possible as asked, or the Idempotency-Key was used with another body (see reason)")
  @PostExchange("/visits")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<AppointmentResponse> bookVisit(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody BookVisitRequest request);

  @Operation(
      operationId = "getAppointment",
      summary = "Get an appointment",
      description =
          "An appointment with its status, events and drug holds; the ETag carries its version.")
  @GetExchange("/{id}")
  ResponseEntity<AppointmentResponse> get(@PathVariable("id") UUID id);

  @Operation(
      operationId = "confirmAppointment",
      summary = "Confirm an appointment",
      description = "The patient confirmed they will come.")
  @ApiResponse(responseCode = "200", description = "The appointment as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The appointment's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(responseCode = "422", description = "Not possible as asked (see reason)")
  @PostExchange("/{id}/confirm")
  ResponseEntity<AppointmentResponse> confirm(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @Operation(
      operationId = "checkInAppointment",
      summary = "Check a patient in",
      description =
          "Checks the patient in; a procedure only once its checklist is complete and the rules pass on the day.")
  @ApiResponse(responseCode = "200", description = "The appointment as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The appointment's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(
      responseCode = "422",
      description =
          "Refused by the checklist or the clinic's rules (rule-violation, see findings), or not possible as asked")
  @PostExchange("/{id}/check-in")
  ResponseEntity<AppointmentResponse> checkIn(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @Operation(
      operationId = "startAppointment",
      summary = "Start an appointment",
      description = "The procedure or visit begins.")
  @ApiResponse(responseCode = "200", description = "The appointment as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The appointment's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(responseCode = "422", description = "Not possible as asked (see reason)")
  @PostExchange("/{id}/start")
  ResponseEntity<AppointmentResponse> start(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @Operation(
      operationId = "completeAppointment",
      summary = "Complete an appointment",
      description =
          "Completes the appointment; a procedure opens its record and plans its protocol's follow-ups.")
  @ApiResponse(responseCode = "200", description = "The appointment as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The appointment's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(responseCode = "422", description = "Not possible as asked (see reason)")
  @PostExchange("/{id}/complete")
  ResponseEntity<AppointmentResponse> complete(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  /** After the appointment's start only. */
  @Operation(
      operationId = "markAppointmentNoShow",
      summary = "Mark a no-show",
      description = "The patient did not come; only after the appointment's start.")
  @ApiResponse(responseCode = "200", description = "The appointment as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The appointment's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(
      responseCode = "422",
      description = "Not possible as asked, e.g. before the appointment's start (see reason)")
  @PostExchange("/{id}/no-show")
  ResponseEntity<AppointmentResponse> markNoShow(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @Operation(
      operationId = "cancelAppointment",
      summary = "Cancel an appointment",
      description = "Cancels with a reason and gives the time back.")
  @ApiResponse(responseCode = "200", description = "The appointment as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The appointment's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(responseCode = "422", description = "Not possible as asked (see reason)")
  @PostExchange("/{id}/cancel")
  ResponseEntity<AppointmentResponse> cancel(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CancelRequest request);

  /** One atomic step: the old time is given back only if the new one is booked. */
  @Operation(
      operationId = "rescheduleAppointment",
      summary = "Reschedule an appointment",
      description =
          "Moves the appointment in one atomic step: the old time is given back only if the new one is booked.")
  @ApiResponse(responseCode = "200", description = "The appointment as it is now")
  @ApiResponse(responseCode = "404", description = "The clinician or room named does not exist")
  @ApiResponse(
      responseCode = "409",
      description =
          "The new time is taken (see conflicts), or the status does not allow this step (illegal-transition)")
  @ApiResponse(
      responseCode = "422",
      description =
          "Refused by the clinic's rules (rule-violation, see findings) or not possible as asked (see reason)")
  @PostExchange("/{id}/reschedule")
  ResponseEntity<AppointmentResponse> reschedule(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody RescheduleRequest request);
}
