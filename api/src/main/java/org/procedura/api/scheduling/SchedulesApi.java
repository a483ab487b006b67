package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.common.PageResponse;
import org.procedura.api.common.PlausibleDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

@Tag(name = "Schedules", description = "Day schedules and a patient's appointments.")
@HttpExchange("/api/v1")
public interface SchedulesApi {

  /** A clinic day's appointments, of every status; optionally one clinician's or one room's. */
  @Operation(
      operationId = "getDaySchedule",
      summary = "Get a day's schedule",
      description =
          "A clinic day's appointments of every status; optionally one clinician's or one room's.")
  @GetExchange("/schedule")
  List<ScheduleEntry> day(
      @PlausibleDate(CALENDAR) @RequestParam("date") LocalDate date,
      @RequestParam(name = "clinicianId", required = false) UUID clinicianId,
      @RequestParam(name = "roomId", required = false) UUID roomId);

  /** A patient's upcoming (soonest first) or past (latest first) appointments. */
  @Operation(
      operationId = "listPatientAppointments",
      summary = "List a patient's appointments",
      description =
          "A patient's upcoming (soonest first) or past (latest first) appointments, a page at a time.")
  @GetExchange("/patients/{id}/appointments")
  PageResponse<ScheduleEntry> ofPatient(
      @PathVariable("id") UUID patientId,
      @RequestParam(name = "when", defaultValue = "upcoming") String when,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);
}
