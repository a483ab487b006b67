package org.procedura.api.rules;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;

/**
 * A document received for the patient: what, on which day, and its reference (e.g. the
 * authorization number).
 */
public record DocumentRequest(
    @NotNull DocumentKind kind,
    @NotNull @PlausibleDate(HISTORY) LocalDate receivedOn,
    @Size(max = 100) String reference) {}
