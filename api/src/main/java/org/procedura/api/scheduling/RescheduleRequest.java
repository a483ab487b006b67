package org.procedura.api.scheduling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The new start; leave clinician or room out to keep the current one. */
public record RescheduleRequest(
    @NotNull OffsetDateTime start,
    UUID clinicianId,
    UUID roomId,
    @Valid AcknowledgementDto acknowledgement) {}
