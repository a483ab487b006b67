package org.procedura.api.rules;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A document received for the patient: what, on which day, and its reference (e.g. the
 * authorization number).
 */
public record DocumentRequest(
    @NotNull DocumentKind kind, @NotNull LocalDate receivedOn, @Size(max = 100) String reference) {}
