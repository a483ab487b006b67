package org.procedura.audit.model;

import java.time.Instant;
import java.util.UUID;
import org.procedura.shared.model.Check;

/**
 * One attributable access: who (nobody when no valid token came), with which role, did what to
 * which resource of which patient, with what outcome, from where, in which request.
 */
public record AuditEvent(
    UUID id,
    Instant occurredAt,
    String username,
    String role,
    AuditAction action,
    ResourceType resourceType,
    String resourceId,
    UUID patientId,
    AuditOutcome outcome,
    int status,
    String method,
    String path,
    String clientAddress,
    String requestId) {
  public AuditEvent {
    Check.present(id, "id");
    Check.present(occurredAt, "occurredAt");
    username = Check.optionalText(username, "username", 60);
    role = Check.optionalText(role, "role", 80);
    Check.present(action, "action");
    Check.present(outcome, "outcome");
    resourceId = Check.optionalText(resourceId, "resourceId", 64);
    method = Check.text(method, "method", 10);
    path = truncate(Check.text(path, "path", Integer.MAX_VALUE), 255);
    clientAddress = Check.optionalText(clientAddress, "clientAddress", 64);
    requestId = Check.text(requestId, "requestId", 36);
  }

  private static String truncate(String value, int length) {
    return value.length() <= length ? value : value.substring(0, length);
  }
}
