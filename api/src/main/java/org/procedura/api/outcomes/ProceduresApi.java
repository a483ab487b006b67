package org.procedura.api.outcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Procedures, by the id of their appointment: the baseline scores, taken before the procedure (also
 * from its check-in checklist); once completed, the physician's record and amendments (an amendment
 * needs the ETag in {@code If-Match}) and a diagnostic block's pain diary.
 */
@Tag(
    name = "Procedures",
    description = "What was done at a procedure, its baseline and pain diary.")
@HttpExchange("/api/v1/procedures")
public interface ProceduresApi {

  @Operation(
      operationId = "getProcedure",
      summary = "Get a procedure record",
      description =
          "What was done at a procedure appointment, its revisions, baseline and pain diary; the ETag carries its version.")
  @GetExchange("/{id}")
  ResponseEntity<ProcedureResponse> get(@PathVariable("id") UUID id);

  @Operation(
      operationId = "recordProcedure",
      summary = "Record a procedure",
      description = "Records, once, what was done at a completed procedure appointment.")
  @ApiResponse(responseCode = "200", description = "The procedure record as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "The procedure is already recorded; amend it instead (reason ALREADY_RECORDED)")
  @ApiResponse(
      responseCode = "422",
      description = "The record cannot be accepted as asked, e.g. above a steroid cap (see reason)")
  @PostExchange("/{id}/record")
  ResponseEntity<ProcedureResponse> record(
      @PathVariable("id") UUID id, @Valid @RequestBody ProcedureRecordRequest request);

  @Operation(
      operationId = "amendProcedure",
      summary = "Amend a procedure record",
      description =
          "Amends the record with a reason, as a new revision; If-Match must carry the ETag read.")
  @ApiResponse(responseCode = "200", description = "The procedure record as it is now")
  @ApiResponse(
      responseCode = "422",
      description =
          "The amendment cannot be accepted as asked, e.g. above a steroid cap (see reason)")
  @PostExchange("/{id}/amend")
  ResponseEntity<ProcedureResponse> amend(
      @PathVariable("id") UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody ProcedureRecordRequest request);

  /**
   * A pre-procedure score on an absolute scale (NRS, ODI, NDI, PEG, MME); one per scale. Until the
   * procedure is completed a score on the same scale replaces the earlier one; after it, a
   * different score on a recorded scale is a 409 ({@code BASELINE_RECORDED}), the same score
   * changes nothing.
   */
  @Operation(
      operationId = "recordProcedureBaseline",
      summary = "Record a procedure's baseline",
      description =
          "Records the pre-procedure score on a scale; corrected until the procedure is completed, fixed after.")
  @ApiResponse(responseCode = "200", description = "The procedure record as it is now")
  @ApiResponse(
      responseCode = "409",
      description =
          "The baseline on this scale is fixed since the procedure was completed (reason BASELINE_RECORDED)")
  @ApiResponse(
      responseCode = "422",
      description = "The score cannot be recorded as asked (see reason)")
  @PostExchange("/{id}/baseline")
  ResponseEntity<ProcedureResponse> addBaseline(
      @PathVariable("id") UUID id, @Valid @RequestBody MeasureDto request);

  @Operation(
      operationId = "addPainDiaryEntry",
      summary = "Add a pain diary entry",
      description =
          "Adds a diagnostic block's pain diary entry at one of the protocol's time points.")
  @ApiResponse(responseCode = "200", description = "The procedure record as it is now")
  @ApiResponse(
      responseCode = "409",
      description = "This time point of the diary is recorded (reason DIARY_POINT_RECORDED)")
  @ApiResponse(
      responseCode = "422",
      description =
          "The entry cannot be recorded as asked, e.g. outside the diary's time points or without a baseline (see reason)")
  @PostExchange("/{id}/pain-diary")
  ResponseEntity<ProcedureResponse> addDiaryEntry(
      @PathVariable("id") UUID id, @Valid @RequestBody DiaryEntryRequest request);
}
