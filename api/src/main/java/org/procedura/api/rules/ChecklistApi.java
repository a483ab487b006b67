package org.procedura.api.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The check-in checklist of a procedure appointment. A nurse or physician records each item with
 * its value; the procedure is checked in only when every required item is recorded within its
 * limits and every drug hold confirmed (otherwise check-in is a 422 {@code rule-violation} listing
 * what is missing, naming each value outside its limit and the limit).
 */
@Tag(name = "Checklists", description = "The pre-procedure check-in checklist.")
@HttpExchange("/api/v1/appointments/{id}/checklist")
public interface ChecklistApi {

  @Operation(
      operationId = "getChecklist",
      summary = "Get a procedure's checklist",
      description =
          "The check-in checklist: the items the procedure calls for, their limits, what is recorded and what still stops check-in.")
  @ApiResponse(responseCode = "200", description = "The checklist as it is now")
  @ApiResponse(
      responseCode = "422",
      description = "The appointment is a visit, which has no checklist (reason NOT_A_PROCEDURE)")
  @GetExchange
  ChecklistResponse checklist(@PathVariable("id") UUID id);

  /**
   * Records the item's value (see {@link ChecklistItem} for which fields each takes; no body for a
   * check), now, by the caller. Recording it again corrects it: the new value counts and the
   * earlier one is kept under {@code corrected}. The baseline pain score is recorded as the
   * procedure's baseline (as {@code POST /procedures/{id}/baseline} does), which its follow-ups are
   * compared with.
   */
  @Operation(
      operationId = "recordChecklistItem",
      summary = "Record a checklist item",
      description = "Records one checklist item with its value; recording it again corrects it.")
  @ApiResponse(responseCode = "200", description = "The checklist as it is now")
  @ApiResponse(
      responseCode = "422",
      description =
          "The checklist is closed once the procedure started (reason CHECKLIST_CLOSED), the"
              + " appointment is not a procedure (NOT_A_PROCEDURE), or the caller is not a nurse or"
              + " physician (NOT_A_CLINICIAN)")
  @PostExchange("/{item}")
  ChecklistResponse record(
      @PathVariable("id") UUID id,
      @PathVariable("item") ChecklistItem item,
      @Valid @RequestBody(required = false) ChecklistValueDto value);
}
