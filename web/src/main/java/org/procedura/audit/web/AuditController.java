package org.procedura.audit.web;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.procedura.api.audit.AuditApi;
import org.procedura.api.audit.AuditEventResponse;
import org.procedura.api.common.PageResponse;
import org.procedura.audit.application.AuditReports;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditQuery;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.web.PageResponses;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController implements AuditApi {
  private final AuditReports reports;

  AuditController(AuditReports reports) {
    this.reports = reports;
  }

  @Override
  public PageResponse<AuditEventResponse> search(
      UUID patientId, String username, OffsetDateTime from, OffsetDateTime to, int page, int size) {
    var query =
        new AuditQuery(
            patientId,
            username,
            from == null ? null : from.toInstant(),
            to == null ? null : to.toInstant());
    return PageResponses.of(
        reports.search(query, new PageQuery(page, size)), AuditController::toResponse);
  }

  @Override
  public PageResponse<AuditEventResponse> accessReport(UUID patientId, int page, int size) {
    return PageResponses.of(
        reports.accessReport(patientId, new PageQuery(page, size)), AuditController::toResponse);
  }

  private static AuditEventResponse toResponse(AuditEvent event) {
    return new AuditEventResponse(
        event.id(),
        event.occurredAt(),
        event.username(),
        event.role(),
        event.action().name(),
        event.resourceType() == null ? null : event.resourceType().name(),
        event.resourceId(),
        event.patientId(),
        event.outcome().name(),
        event.status(),
        event.method(),
        event.path(),
        event.clientAddress(),
        event.requestId());
  }
}
