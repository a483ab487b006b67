package org.procedura.api.scheduling;

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
@HttpExchange("/api/v1/appointments")
public interface AppointmentsApi {

  @PostExchange("/procedures")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<AppointmentResponse> bookProcedure(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody BookProcedureRequest request);

  @PostExchange("/visits")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<AppointmentResponse> bookVisit(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody BookVisitRequest request);

  @GetExchange("/{id}")
  ResponseEntity<AppointmentResponse> get(@PathVariable("id") UUID id);

  @PostExchange("/{id}/confirm")
  ResponseEntity<AppointmentResponse> confirm(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @PostExchange("/{id}/check-in")
  ResponseEntity<AppointmentResponse> checkIn(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @PostExchange("/{id}/start")
  ResponseEntity<AppointmentResponse> start(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @PostExchange("/{id}/complete")
  ResponseEntity<AppointmentResponse> complete(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  /** After the appointment's start only. */
  @PostExchange("/{id}/no-show")
  ResponseEntity<AppointmentResponse> markNoShow(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch);

  @PostExchange("/{id}/cancel")
  ResponseEntity<AppointmentResponse> cancel(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CancelRequest request);

  /** One atomic step: the old time is given back only if the new one is booked. */
  @PostExchange("/{id}/reschedule")
  ResponseEntity<AppointmentResponse> reschedule(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody RescheduleRequest request);
}
