package org.procedura.api.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** Time off for a clinician, maintenance for a room. */
public record AwayRequest(
    @NotNull OffsetDateTime start,
    @NotNull OffsetDateTime end,
    @NotBlank @Size(max = 200) String reason) {}
