package org.procedura.api.scheduling;

import static org.procedura.api.common.PlausibleDate.Range.CALENDAR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.common.PlausibleDate;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

@Tag(name = "Availability", description = "Free slots for a procedure.")
@HttpExchange("/api/v1/availability")
public interface AvailabilityApi {

  /**
   * The first free slots for a procedure type or a visit kind (give one of the two) on the clinic
   * days from {@code from} to {@code to}, soonest first: a credentialed clinician and a room with
   * the imaging needed, both working and free for the duration plus turnover. With {@code
   * patientId}, times the patient is already booked are avoided and, for a procedure, so are the
   * days the safety and payer rules would block for lack of time (pain or an interval not yet long
   * enough).
   */
  @Operation(
      operationId = "searchAvailability",
      summary = "Find free slots",
      description =
          "The first free slots for a procedure type with a credentialed clinician in a room with the right imaging; with a patient, the days the rules would block are skipped.")
  @ApiResponse(responseCode = "200", description = "The free slots found, the earliest first")
  @ApiResponse(
      responseCode = "404",
      description = "The procedure type, clinician or patient named does not exist")
  @ApiResponse(
      responseCode = "422",
      description = "The search cannot be done as asked (see reason)")
  @GetExchange
  List<SlotResponse> search(
      @RequestParam(name = "procedureType", required = false) String procedureType,
      @RequestParam(name = "visitKind", required = false) VisitKind visitKind,
      @PlausibleDate(CALENDAR) @RequestParam("from") LocalDate from,
      @PlausibleDate(CALENDAR) @RequestParam("to") LocalDate to,
      @RequestParam(name = "clinicianId", required = false) UUID clinicianId,
      @RequestParam(name = "patientId", required = false) UUID patientId,
      @RequestParam(name = "limit", defaultValue = "10") int limit);
}
