package org.procedura.api.referral;

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
@HttpExchange("/api/v1/referrals")
public interface ReferralsApi {

  /** Records a referral (RECEIVED); answers 201 with its location and ETag. */
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<ReferralResponse> receive(@Valid @RequestBody ReferralRequest request);

  @GetExchange("/{referralId}")
  ResponseEntity<ReferralResponse> get(@PathVariable("referralId") UUID referralId);

  /** The referrals in a status, the longest waiting first, with the days each has waited. */
  @GetExchange
  PageResponse<ReferralWorklistEntry> worklist(
      @RequestParam("status") ReferralStatus status,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);

  /** The front desk's list: accepted referrals not yet scheduled, the longest waiting first. */
  @GetExchange("/to-schedule")
  PageResponse<ReferralWorklistEntry> toSchedule(
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);

  /** RECEIVED -> TRIAGED: a physician has reviewed it. */
  @PostExchange("/{referralId}/triage")
  ResponseEntity<ReferralResponse> triage(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) ReferralNoteRequest request);

  /** TRIAGED -> ACCEPTED: on the front desk's list to schedule. */
  @PostExchange("/{referralId}/accept")
  ResponseEntity<ReferralResponse> accept(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody(required = false) ReferralNoteRequest request);

  /** TRIAGED -> DECLINED, with the reason. */
  @PostExchange("/{referralId}/decline")
  ResponseEntity<ReferralResponse> decline(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ReferralReasonRequest request);

  /** ACCEPTED, DECLINED or SCHEDULED -> CLOSED, with the reason. */
  @PostExchange("/{referralId}/close")
  ResponseEntity<ReferralResponse> close(
      @PathVariable("referralId") UUID referralId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ReferralReasonRequest request);
}
