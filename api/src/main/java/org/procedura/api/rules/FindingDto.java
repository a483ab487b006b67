package org.procedura.api.rules;

import java.time.LocalDate;
import java.util.Map;

/** What a rule found, as in a booking's 422 {@code rule-violation} answer. */
public record FindingDto(
    String ruleId,
    String severity,
    String message,
    Map<String, String> facts,
    String resolution,
    LocalDate earliestEligibleOn) {}
