package org.procedura.api.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit trail. {@code username} and {@code role} are empty when no valid token
 * came; {@code outcome} is ALLOWED, DENIED (401, 403) or FAILED (any other refusal).
 */
public record AuditEventResponse(
    UUID id,
    Instant occurredAt,
    String username,
    String role,
    String action,
    String resourceType,
    String resourceId,
    UUID patientId,
    String outcome,
    int status,
    String method,
    String path,
    String clientAddress,
    String requestId) {}
