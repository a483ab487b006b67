package org.procedura.api.audit;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.procedura.api.common.PageResponse;
import org.procedura.api.common.PlausibleDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The audit trail, for administrators. It can be read, never changed. */
@Tag(
    name = "Audit",
    description = "The append-only audit trail of who read or changed which patient's data.")
@HttpExchange("/api/v1")
public interface AuditApi {

  /** Entries newest first, by patient, user and time range [from, to); each criterion optional. */
  @Operation(
      operationId = "searchAuditEvents",
      summary = "Search the audit trail",
      description =
          "Audit entries newest first, filtered by patient, user and time range [from, to); each criterion is optional. Administrators only.")
  @GetExchange("/audit-events")
  PageResponse<AuditEventResponse> search(
      @RequestParam(name = "patientId", required = false) UUID patientId,
      @RequestParam(name = "username", required = false) String username,
      @PlausibleDate(HISTORY) @RequestParam(name = "from", required = false) OffsetDateTime from,
      @PlausibleDate(HISTORY) @RequestParam(name = "to", required = false) OffsetDateTime to,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);

  /** Who read or changed this patient's record, and who tried and was refused; newest first. */
  @Operation(
      operationId = "getPatientAccessReport",
      summary = "A patient's access report",
      description =
          "Who read or changed this patient's record, and who tried and was refused; newest first.")
  @GetExchange("/patients/{patientId}/access-report")
  PageResponse<AuditEventResponse> accessReport(
      @PathVariable("patientId") UUID patientId,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size);
}
