package org.procedura.api.authorization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
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

/**
 * Payers' prior authorizations per patient. Where the patient's rule set asks for one, booking and
 * check-in need an approved authorization covering the procedure (CPT codes, dates, region and
 * side, a visit left); a booking uses a visit, a cancellation or no-show gives it back, a completed
 * procedure consumes it. Each answer carries the authorization's ETag; a revision and a decision
 * carry it back in {@code If-Match}.
 */
@Tag(
    name = "Prior authorizations",
    description = "Payers' prior authorizations, their visits, and the worklist.")
@HttpExchange("/api/v1")
public interface PriorAuthorizationsApi {

  @Operation(
      operationId = "listPriorAuthorizations",
      summary = "List a patient's prior authorizations",
      description = "Every authorization recorded for the patient, the latest valid first.")
  @GetExchange("/patients/{patientId}/prior-authorizations")
  List<PriorAuthorizationResponse> listPriorAuthorizations(
      @PathVariable("patientId") UUID patientId);

  @Operation(
      operationId = "recordPriorAuthorization",
      summary = "Record a prior authorization",
      description = "Records one requested of the payer, or approved under the payer's number.")
  @PostExchange("/patients/{patientId}/prior-authorizations")
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<PriorAuthorizationResponse> recordPriorAuthorization(
      @PathVariable("patientId") UUID patientId,
      @Valid @RequestBody RecordAuthorizationRequest request);

  @Operation(
      operationId = "getPriorAuthorization",
      summary = "Get a prior authorization",
      description =
          "One authorization with its visits booked, used and left; the ETag its version.")
  @GetExchange("/patients/{patientId}/prior-authorizations/{authorizationId}")
  ResponseEntity<PriorAuthorizationResponse> getPriorAuthorization(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("authorizationId") UUID authorizationId);

  @Operation(
      operationId = "revisePriorAuthorization",
      summary = "Revise a prior authorization's terms",
      description =
          "Replaces the terms (the payer extended the dates or added visits); If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The authorization as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "It was denied or expired and can no longer change (illegal-transition, naming currentState and requestedState)")
  @PutExchange("/patients/{patientId}/prior-authorizations/{authorizationId}")
  ResponseEntity<PriorAuthorizationResponse> revisePriorAuthorization(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("authorizationId") UUID authorizationId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody AuthorizationTermsDto terms);

  @Operation(
      operationId = "decidePriorAuthorization",
      summary = "Record the payer's decision on a prior authorization",
      description =
          "APPROVED (with the payer's number) or DENIED for a requested one, EXPIRED for an approved one; If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The authorization as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "Its status does not allow this step (illegal-transition, naming currentState and requestedState)")
  @PostExchange("/patients/{patientId}/prior-authorizations/{authorizationId}/decision")
  ResponseEntity<PriorAuthorizationResponse> decidePriorAuthorization(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("authorizationId") UUID authorizationId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody AuthorizationDecisionRequest request);

  /** {@code days} from 1 to 90; 14 when not given. */
  @Operation(
      operationId = "listPriorAuthorizationWorklist",
      summary = "List the prior-authorization worklist",
      description =
          "Approved authorizations lapsing in the next days with the bookings that use them, and bookings in those days that need one and use none.")
  @GetExchange("/prior-authorizations/worklist")
  AuthorizationWorklistResponse priorAuthorizationWorklist(
      @RequestParam(name = "days", required = false, defaultValue = "14") int days);
}
