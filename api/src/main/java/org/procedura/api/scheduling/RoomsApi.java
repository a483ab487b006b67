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

@Tag(name = "Rooms", description = "Rooms, their imaging, opening hours and maintenance.")
@HttpExchange("/api/v1/rooms")
public interface RoomsApi {

  @Operation(
      operationId = "listRooms",
      summary = "List rooms",
      description = "Every room with its imaging and care setting.")
  @GetExchange
  List<RoomResponse> list();

  @Operation(
      operationId = "getRoom",
      summary = "Get a room",
      description = "One room; the ETag carries its version.")
  @GetExchange("/{id}")
  ResponseEntity<RoomResponse> get(@PathVariable("id") UUID id);

  @Operation(
      operationId = "openRoom",
      summary = "Open a room",
      description = "Opens a room with its kind, imaging and care setting.")
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<RoomResponse> open(@Valid @RequestBody RoomRequest request);

  @Operation(
      operationId = "reviseRoom",
      summary = "Revise a room",
      description = "Replaces a room's details; If-Match must carry the ETag read.")
  @PutExchange("/{id}")
  ResponseEntity<RoomResponse> revise(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody RoomRequest request);

  @Operation(
      operationId = "getRoomWorkingHours",
      summary = "Get a room's working hours",
      description = "The room's weekly opening hours in the clinic's time zone.")
  @GetExchange("/{id}/working-hours")
  WeeklyHoursDto workingHours(@PathVariable("id") UUID id);

  /** Replaces the room's weekly template. */
  @Operation(
      operationId = "replaceRoomWorkingHours",
      summary = "Replace a room's working hours",
      description = "Replaces the room's weekly opening hours.")
  @PutExchange("/{id}/working-hours")
  WeeklyHoursDto replaceWorkingHours(
      @PathVariable("id") UUID id, @Valid @RequestBody WeeklyHoursDto hours);

  /** Maintenance between the clinic days {@code from} and {@code to}. */
  @Operation(
      operationId = "listRoomMaintenance",
      summary = "List a room's maintenance",
      description = "The room's maintenance periods overlapping a range.")
  @GetExchange("/{id}/maintenance")
  List<AwayResponse> maintenance(
      @PathVariable("id") UUID id,
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to);

  @Operation(
      operationId = "addRoomMaintenance",
      summary = "Add maintenance",
      description = "Adds a period in which the room cannot be booked.")
  @PostExchange("/{id}/maintenance")
  @ResponseStatus(HttpStatus.CREATED)
  AwayResponse addMaintenance(@PathVariable("id") UUID id, @Valid @RequestBody AwayRequest request);
}
