package org.procedura.api.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one date: the verdict, what was found, the rule-set version checked against (none
 * for a patient without coverage), and the first date that passes when this one is blocked.
 */
public record EligibilityResponse(
    LocalDate date,
    String verdict,
    String ruleSet,
    Integer ruleSetVersion,
    List<FindingDto> findings,
    LocalDate earliestEligibleOn) {}
