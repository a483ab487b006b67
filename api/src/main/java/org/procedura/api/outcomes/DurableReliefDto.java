package org.procedura.api.outcomes;

import java.time.LocalDate;

/**
 * How long relief of at least 50 % lasted: from the procedure day to the last follow-up of an
 * unbroken run still showing it; {@code lastedUntil} null when it never did.
 */
public record DurableReliefDto(
    LocalDate procedureOn, LocalDate lastedUntil, long days, long months) {}
