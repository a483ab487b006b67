package org.procedura.api.authorization;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A prior authorization with the visits its appointments use: booked (still to come), used
 * (completed) and left. A cancelled or missed appointment gives its visit back.
 */
public record PriorAuthorizationResponse(
    UUID id,
    UUID patientId,
    AuthorizationStatus status,
    String number,
    String note,
    AuthorizationTermsDto terms,
    int visitsBooked,
    int visitsUsed,
    int visitsLeft,
    String recordedBy,
    OffsetDateTime recordedAt,
    String changedBy,
    OffsetDateTime changedAt,
    long version) {}
