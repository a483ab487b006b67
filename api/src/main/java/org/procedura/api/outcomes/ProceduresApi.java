package org.procedura.api.outcomes;

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
@HttpExchange("/api/v1/procedures")
public interface ProceduresApi {

  @GetExchange("/{id}")
  ResponseEntity<ProcedureResponse> get(@PathVariable("id") UUID id);

  @PostExchange("/{id}/record")
  ResponseEntity<ProcedureResponse> record(
      @PathVariable("id") UUID id, @Valid @RequestBody ProcedureRecordRequest request);

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
  @PostExchange("/{id}/baseline")
  ResponseEntity<ProcedureResponse> addBaseline(
      @PathVariable("id") UUID id, @Valid @RequestBody MeasureDto request);

  @PostExchange("/{id}/pain-diary")
  ResponseEntity<ProcedureResponse> addDiaryEntry(
      @PathVariable("id") UUID id, @Valid @RequestBody DiaryEntryRequest request);
}
