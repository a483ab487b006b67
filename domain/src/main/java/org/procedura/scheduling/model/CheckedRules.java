package org.procedura.scheduling.model;

import java.util.List;
import java.util.Set;

/**
 * What a booking was checked against: the payer's rule set and its version (null for a patient
 * without coverage), the warnings a physician acknowledged, with the acknowledgement, and the
 * medications the patient must hold, with the last day of each.
 */
public record CheckedRules(
    String ruleSetCode,
    Integer ruleSetVersion,
    Set<String> acknowledgedRules,
    Acknowledgement acknowledgement,
    List<HoldInstruction> holds) {
  public static final CheckedRules NOTHING =
      new CheckedRules(null, null, Set.of(), null, List.of());

  public CheckedRules {
    acknowledgedRules = acknowledgedRules == null ? Set.of() : Set.copyOf(acknowledgedRules);
    holds = holds == null ? List.of() : List.copyOf(holds);
  }
}
