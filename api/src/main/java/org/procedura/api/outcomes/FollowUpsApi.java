package org.procedura.api.outcomes;

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
@HttpExchange("/api/v1/follow-ups")
public interface FollowUpsApi {

  /**
   * DUE_THIS_WEEK: due today or in the six days after; OVERDUE: due before today and not done
   * (until marked missed); MISSED: marked missed by the nightly job and still to reach, until
   * recorded late or closed. Of one physician's procedures, or the clinic's without {@code
   * physicianId}; the earliest due first.
   */
  @GetExchange("/worklist")
  List<FollowUpResponse> worklist(
      @RequestParam("list") Worklist list,
      @RequestParam(name = "physicianId", required = false) UUID physicianId);

  @GetExchange("/{id}")
  ResponseEntity<FollowUpResponse> get(@PathVariable("id") UUID id);

  @PostExchange("/{id}/visit")
  ResponseEntity<FollowUpResponse> bookAsVisit(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody VisitRequest request);

  /**
   * Refuses a scale the baseline was not scored on (422 NO_BASELINE_ON_SCALE). A missed follow-up
   * is recorded late (DONE, recordedLate); a closed one is refused (409 illegal-transition).
   */
  @PostExchange("/{id}/outcome")
  ResponseEntity<FollowUpResponse> recordOutcome(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody FollowUpOutcomeRequest request);

  /**
   * MISSED -> CLOSED, with a coded reason (and a note, required with OTHER); a follow-up that is
   * due, done or already closed is refused (409 illegal-transition).
   */
  @PostExchange("/{id}/close")
  ResponseEntity<FollowUpResponse> closeFollowUp(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody CloseFollowUpRequest request);
}
