package org.procedura.scheduling.model;

import java.util.Set;

/**
 * What a booking was checked against: the payer's rule set and its version (null for a patient
 * without coverage), and the warnings a physician acknowledged, with the acknowledgement.
 */
public record CheckedRules(
    String ruleSetCode,
    Integer ruleSetVersion,
    Set<String> acknowledgedRules,
    Acknowledgement acknowledgement) {
  public static final CheckedRules NOTHING = new CheckedRules(null, null, Set.of(), null);

  public CheckedRules {
    acknowledgedRules = acknowledgedRules == null ? Set.of() : Set.copyOf(acknowledgedRules);
  }
}
