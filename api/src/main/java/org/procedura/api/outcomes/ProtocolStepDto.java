package org.procedura.api.outcomes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A follow-up due {@code after} (ISO-8601 period, e.g. P6W, P3M) ± {@code windowDays}. */
public record ProtocolStepDto(
    @NotBlank String label, @NotBlank String after, @NotNull Integer windowDays) {}
