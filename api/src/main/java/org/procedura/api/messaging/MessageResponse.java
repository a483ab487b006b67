package org.procedura.api.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A message to a patient as the outbox holds it: never its contents or address. */
public record MessageResponse(
    UUID id,
    MessageKind kind,
    MessageStatus status,
    UUID appointmentId,
    UUID patientId,
    @Schema(description = "the appointment's start the message was queued for")
        OffsetDateTime appointmentStart,
    OffsetDateTime dueAt,
    @Schema(
            description = "a reminder's lead time before the start, ISO-8601 (PT72H)",
            nullable = true)
        String lead,
    int attempts,
    @Schema(description = "why it was skipped, or why the last attempt failed", nullable = true)
        String reason,
    @Schema(description = "when it was sent, skipped or given up", nullable = true)
        OffsetDateTime settledAt) {}
