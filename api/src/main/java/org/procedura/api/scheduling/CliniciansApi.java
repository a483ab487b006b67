package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

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

@HttpExchange("/api/v1/clinicians")
public interface CliniciansApi {

  @GetExchange
  List<ClinicianResponse> list();

  @GetExchange("/{id}")
  ResponseEntity<ClinicianResponse> get(@PathVariable("id") UUID id);

  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ClinicianResponse> register(@Valid @RequestBody ClinicianRequest request);

  @PutExchange("/{id}")
  ResponseEntity<ClinicianResponse> revise(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ClinicianRequest request);

  @GetExchange("/{id}/working-hours")
  WeeklyHoursDto workingHours(@PathVariable("id") UUID id);

  /** Replaces the clinician's weekly template. */
  @PutExchange("/{id}/working-hours")
  WeeklyHoursDto replaceWorkingHours(
      @PathVariable("id") UUID id, @Valid @RequestBody WeeklyHoursDto hours);

  /** Time off between the clinic days {@code from} and {@code to}. */
  @GetExchange("/{id}/time-off")
  List<AwayResponse> timeOff(
      @PathVariable("id") UUID id,
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @PostExchange("/{id}/time-off")
  @ResponseStatus(HttpStatus.CREATED)
  AwayResponse addTimeOff(@PathVariable("id") UUID id, @Valid @RequestBody AwayRequest request);
}
