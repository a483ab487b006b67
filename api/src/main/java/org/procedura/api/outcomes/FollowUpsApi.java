package org.procedura.api.outcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Follow-ups: the worklists, booking one as a visit, recording its outcome (late too, once missed),
 * and closing a missed one with the reason.
 */
@Tag(
    name = "Follow-ups",
    description = "Follow-ups of completed procedures: worklists, outcomes, closing.")
@HttpExchange("/api/v1/follow-ups")
public interface FollowUpsApi {

  /**
   * DUE_THIS_WEEK: due today or in the six days after; OVERDUE: due before today and not done
   * (until marked missed); MISSED: marked missed by the nightly job and still to reach, until
   * recorded late or closed. Of one physician's procedures, or the clinic's without {@code
   * physicianId}; the earliest due first.
   */
  @Operation(
      operationId = "listFollowUpWorklist",
      summary = "List a follow-up worklist",
      description =
          "The follow-ups due this week, overdue or missed, of one physician's procedures or the clinic's; the earliest due first.")
  @GetExchange("/worklist")
  List<FollowUpResponse> worklist(
      @RequestParam("list") Worklist list,
      @RequestParam(name = "physicianId", required = false) UUID physicianId);

  @Operation(
      operationId = "getFollowUp",
      summary = "Get a follow-up",
      description =
          "One follow-up with its status, window and recorded scores; the ETag carries its version.")
  @GetExchange("/{id}")
  ResponseEntity<FollowUpResponse> get(@PathVariable("id") UUID id);

  @Operation(
      operationId = "bookFollowUpVisit",
      summary = "Book a follow-up as a visit",
      description =
          "Links a booked follow-up visit to the follow-up, so that it can be recorded at that visit.")
  @ApiResponse(responseCode = "200", description = "The follow-up as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The follow-up's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(
      responseCode = "422",
      description = "The appointment cannot serve as this follow-up's visit (see reason)")
  @PostExchange("/{id}/visit")
  ResponseEntity<FollowUpResponse> bookAsVisit(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody VisitRequest request);

  /**
   * Refuses a scale the baseline was not scored on (422 NO_BASELINE_ON_SCALE). A missed follow-up
   * is recorded late (DONE, recordedLate); a closed one is refused (409 illegal-transition).
   */
  @Operation(
      operationId = "recordFollowUpOutcome",
      summary = "Record a follow-up's outcome",
      description =
          "Records the scores of a follow-up, late too once it was missed; relief is computed from the baseline.")
  @ApiResponse(responseCode = "200", description = "The follow-up as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The follow-up's status does not allow this step, e.g. a closed one (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(
      responseCode = "422",
      description =
          "The scores cannot be recorded as asked, e.g. outside the follow-up's window or without a baseline on the scale (see reason)")
  @PostExchange("/{id}/outcome")
  ResponseEntity<FollowUpResponse> recordOutcome(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody FollowUpOutcomeRequest request);

  /**
   * MISSED -> CLOSED, with a coded reason (and a note, required with OTHER); a follow-up that is
   * due, done or already closed is refused (409 illegal-transition).
   */
  @Operation(
      operationId = "closeFollowUp",
      summary = "Close a missed follow-up",
      description =
          "Closes a missed follow-up that will not be done, with the reason, who and when.")
  @ApiResponse(responseCode = "200", description = "The follow-up as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "Only a missed follow-up can be closed (illegal-transition, naming currentState and requestedState)")
  @ApiResponse(
      responseCode = "422",
      description = "The closure cannot be recorded as asked (see reason)")
  @PostExchange("/{id}/close")
  ResponseEntity<FollowUpResponse> closeFollowUp(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CloseFollowUpRequest request);
}
