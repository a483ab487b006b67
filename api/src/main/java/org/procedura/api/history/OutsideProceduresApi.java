package org.procedura.api.history;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * Procedures the patient had at other clinics, recorded from their documents; the safety and payer
 * rules count them like procedures done here. Each answer carries the record's ETag; a correction
 * (PUT) and an entry in error carry it back in {@code If-Match}. One entered in error stays
 * readable, with the reason, and no longer counts or changes.
 */
@Tag(
    name = "Outside procedures",
    description = "Procedures a patient had at other clinics, recorded from documents.")
@HttpExchange("/api/v1/patients/{patientId}/outside-procedures")
public interface OutsideProceduresApi {

  /** Every one recorded, those entered in error too, the earliest performed first. */
  @Operation(
      operationId = "listOutsideProcedures",
      summary = "List a patient's outside procedures",
      description =
          "Procedures the patient had at other clinics, as recorded from documents, the earliest first.")
  @GetExchange
  List<OutsideProcedureResponse> listOutsideProcedures(@PathVariable("patientId") UUID patientId);

  @Operation(
      operationId = "recordOutsideProcedure",
      summary = "Record an outside procedure",
      description =
          "Records, from a document, a procedure the patient had at another clinic and what it achieved.")
  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<OutsideProcedureResponse> recordOutsideProcedure(
      @PathVariable("patientId") UUID patientId,
      @Valid @RequestBody OutsideProcedureRequest request);

  @Operation(
      operationId = "getOutsideProcedure",
      summary = "Get an outside procedure",
      description = "One procedure done at another clinic; the ETag carries its version.")
  @GetExchange("/{procedureId}")
  ResponseEntity<OutsideProcedureResponse> getOutsideProcedure(
      @PathVariable("patientId") UUID patientId, @PathVariable("procedureId") UUID procedureId);

  /** Replaces what was recorded with the corrected reading of the document. */
  @Operation(
      operationId = "correctOutsideProcedure",
      summary = "Correct an outside procedure",
      description =
          "Replaces what was recorded from the document; If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The outside procedure as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "It was entered in error and can no longer change (reason ENTERED_IN_ERROR)")
  @PutExchange("/{procedureId}")
  ResponseEntity<OutsideProcedureResponse> correctOutsideProcedure(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("procedureId") UUID procedureId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody OutsideProcedureRequest request);

  @Operation(
      operationId = "enterOutsideProcedureInError",
      summary = "Mark an outside procedure entered in error",
      description =
          "Keeps the record with the reason, who and when, and stops the rules from counting it; final.")
  @ApiResponse(responseCode = "200", description = "The outside procedure as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "It was already entered in error (reason ENTERED_IN_ERROR)")
  @PostExchange("/{procedureId}/entered-in-error")
  ResponseEntity<OutsideProcedureResponse> enterOutsideProcedureInError(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("procedureId") UUID procedureId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody EnteredInErrorRequest request);
}
