package org.procedura.api.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.procedura.api.common.PageResponse;
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

/**
 * Referrals from receipt to scheduling. Each step carries the referral's ETag in {@code If-Match};
 * a step its status does not allow is a 409 illegal-transition. Triage, accept and decline are a
 * physician's; the front desk and physicians close. A referral becomes SCHEDULED only when the
 * scheduling module books an appointment from it, so no endpoint here schedules one.
 */
@Tag(name = "Referrals", description = "Referrals from receipt to scheduling.")
@HttpExchange("/api/v1/referrals")
public interface ReferralsApi {

  /** Records a referral (RECEIVED); answers 201 with its location and ETag. */
  @Operation(
      operationId = "receiveReferral",
      summary = "Receive a referral",
      description =
          "Records a referral for a registered patient, or registers a new patient with it in the same step.")
  @ApiResponse(responseCode = "404", description = "The patient named does not exist")
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ReferralResponse> receive(@Valid @RequestBody ReferralRequest request);

  @Operation(
      operationId = "getReferral",
      summary = "Get a referral",
      description = "A referral with its status history; the ETag carries its version.")
  @GetExchange("/{referralId}")
  ResponseEntity<ReferralResponse> get(@PathVariable("referralId") UUID referralId);

  /** The referrals in a status, the longest waiting first, with the days each has waited. */
  @Operation(
      operationId = "listReferralWorklist",
      summary = "List referrals by status",
      description = "Referrals in one status, the longest waiting first.")
  @GetExchange
  PageResponse<ReferralWorklistEntry> worklist(
      @RequestParam("status") ReferralStatus status,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);

  /** The front desk's list: accepted referrals not yet scheduled, the longest waiting first. */
  @Operation(
      operationId = "listReferralsToSchedule",
      summary = "List referrals to schedule",
      description = "Accepted referrals waiting for a booking, the longest waiting first.")
  @GetExchange("/to-schedule")
  PageResponse<ReferralWorklistEntry> toSchedule(
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);

  /** RECEIVED -> TRIAGED: a physician has reviewed it. */
  @Operation(
      operationId = "triageReferral",
      summary = "Triage a referral",
      description = "A physician triages a received referral; If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The referral as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The referral's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @PostExchange("/{referralId}/triage")
  ResponseEntity<ReferralResponse> triage(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) ReferralNoteRequest request);

  /** TRIAGED -> ACCEPTED: on the front desk's list to schedule. */
  @Operation(
      operationId = "acceptReferral",
      summary = "Accept a referral",
      description =
          "A physician accepts a triaged referral for scheduling; If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The referral as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The referral's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @PostExchange("/{referralId}/accept")
  ResponseEntity<ReferralResponse> accept(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) ReferralNoteRequest request);

  /** TRIAGED -> DECLINED, with the reason. */
  @Operation(
      operationId = "declineReferral",
      summary = "Decline a referral",
      description =
          "A physician declines a referral with a reason; If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The referral as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The referral's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @PostExchange("/{referralId}/decline")
  ResponseEntity<ReferralResponse> decline(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ReferralReasonRequest request);

  /** ACCEPTED, DECLINED or SCHEDULED -> CLOSED, with the reason. */
  @Operation(
      operationId = "closeReferral",
      summary = "Close a referral",
      description =
          "Closes a scheduled, declined or accepted referral; If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The referral as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The referral's status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @PostExchange("/{referralId}/close")
  ResponseEntity<ReferralResponse> close(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ReferralReasonRequest request);
}
