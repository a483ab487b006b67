package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

public record BookVisitRequest(
    @NotNull UUID patientId,
    @NotNull VisitKind kind,
    @NotNull UUID clinicianId,
    @NotNull UUID roomId,
    @NotNull OffsetDateTime start,
    UUID referralId) {}
