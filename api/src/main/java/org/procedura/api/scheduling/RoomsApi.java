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

@HttpExchange("/api/v1/rooms")
public interface RoomsApi {

  @GetExchange
  List<RoomResponse> list();

  @GetExchange("/{id}")
  ResponseEntity<RoomResponse> get(@PathVariable("id") UUID id);

  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RoomResponse> open(@Valid @RequestBody RoomRequest request);

  @PutExchange("/{id}")
  ResponseEntity<RoomResponse> revise(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody RoomRequest request);

  @GetExchange("/{id}/working-hours")
  WeeklyHoursDto workingHours(@PathVariable("id") UUID id);

  /** Replaces the room's weekly template. */
  @PutExchange("/{id}/working-hours")
  WeeklyHoursDto replaceWorkingHours(
      @PathVariable("id") UUID id, @Valid @RequestBody WeeklyHoursDto hours);

  /** Maintenance between the clinic days {@code from} and {@code to}. */
  @GetExchange("/{id}/maintenance")
  List<AwayResponse> maintenance(
      @PathVariable("id") UUID id,
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @PostExchange("/{id}/maintenance")
  @ResponseStatus(HttpStatus.CREATED)
  AwayResponse addMaintenance(@PathVariable("id") UUID id, @Valid @RequestBody AwayRequest request);
}
