package org.procedura.api.history;

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
@HttpExchange("/api/v1/patients/{patientId}/outside-procedures")
public interface OutsideProceduresApi {

  /** Every one recorded, those entered in error too, the earliest performed first. */
  @GetExchange
  List<OutsideProcedureResponse> listOutsideProcedures(@PathVariable("patientId") UUID patientId);

  @PostExchange
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<OutsideProcedureResponse> recordOutsideProcedure(
      @PathVariable("patientId") UUID patientId,
      @Valid @RequestBody OutsideProcedureRequest request);

  @GetExchange("/{procedureId}")
  ResponseEntity<OutsideProcedureResponse> getOutsideProcedure(
      @PathVariable("patientId") UUID patientId, @PathVariable("procedureId") UUID procedureId);

  /** Replaces what was recorded with the corrected reading of the document. */
  @PutExchange("/{procedureId}")
  ResponseEntity<OutsideProcedureResponse> correctOutsideProcedure(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("procedureId") UUID procedureId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody OutsideProcedureRequest request);

  @PostExchange("/{procedureId}/entered-in-error")
  ResponseEntity<OutsideProcedureResponse> enterOutsideProcedureInError(
      @PathVariable("patientId") UUID patientId,
      @PathVariable("procedureId") UUID procedureId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody EnteredInErrorRequest request);
}
