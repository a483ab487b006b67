package org.procedura.api.patient;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An allergy; {@code substance} is required for OTHER. */
public record AllergyRequest(
    @NotNull AllergyKind kind,
    @Size(max = 100) String substance,
    @Size(max = 200) String reaction) {}
