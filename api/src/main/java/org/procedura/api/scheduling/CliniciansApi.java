package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.common.PlausibleDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

@Tag(
    name = "Clinicians",
    description = "Clinicians, their credentials, working hours and time off.")
@HttpExchange("/api/v1/clinicians")
public interface CliniciansApi {

  @Operation(
      operationId = "listClinicians",
      summary = "List clinicians",
      description = "Every clinician with the procedure types they are credentialed for.")
  @GetExchange
  List<ClinicianResponse> list();

  @Operation(
      operationId = "getClinician",
      summary = "Get a clinician",
      description = "One clinician; the ETag carries their version.")
  @GetExchange("/{id}")
  ResponseEntity<ClinicianResponse> get(@PathVariable("id") UUID id);

  @Operation(
      operationId = "registerClinician",
      summary = "Register a clinician",
      description = "Registers a clinician with their NPI and credentials.")
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicianResponse> register(@Valid @RequestBody ClinicianRequest request);

  @Operation(
      operationId = "reviseClinician",
      summary = "Revise a clinician",
      description =
          "Replaces a clinician's details and credentials; If-Match must carry the ETag read.")
  @PutExchange("/{id}")
  ResponseEntity<ClinicianResponse> revise(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ClinicianRequest request);

  @Operation(
      operationId = "getClinicianWorkingHours",
      summary = "Get a clinician's working hours",
      description = "The clinician's weekly working hours in the clinic's time zone.")
  @GetExchange("/{id}/working-hours")
  WeeklyHoursDto workingHours(@PathVariable("id") UUID id);

  /** Replaces the clinician's weekly template. */
  @Operation(
      operationId = "replaceClinicianWorkingHours",
      summary = "Replace a clinician's working hours",
      description = "Replaces the clinician's weekly working hours.")
  @PutExchange("/{id}/working-hours")
  WeeklyHoursDto replaceWorkingHours(
      @PathVariable("id") UUID id, @Valid @RequestBody WeeklyHoursDto hours);

  /** Time off between the clinic days {@code from} and {@code to}. */
  @Operation(
      operationId = "listClinicianTimeOff",
      summary = "List a clinician's time off",
      description = "The clinician's time off overlapping a range.")
  @GetExchange("/{id}/time-off")
  List<AwayResponse> timeOff(
      @PathVariable("id") UUID id,
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @Operation(
      operationId = "addClinicianTimeOff",
      summary = "Add time off",
      description = "Adds a period in which the clinician cannot be booked.")
  @PostExchange("/{id}/time-off")
  @ResponseStatus(HttpStatus.CREATED)
  AwayResponse addTimeOff(@PathVariable("id") UUID id, @Valid @RequestBody AwayRequest request);
}
