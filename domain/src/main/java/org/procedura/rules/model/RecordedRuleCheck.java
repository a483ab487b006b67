package org.procedura.rules.model;

import java.time.Instant;
import java.util.Set;

/**
 * What a procedure booking was last checked against (no rule set for a patient without coverage),
 * and which warnings a physician acknowledged, who and why.
 */
public record RecordedRuleCheck(
    String ruleSetCode,
    Integer ruleSetVersion,
    Set<String> acknowledgedRules,
    String acknowledgedBy,
    String acknowledgementReason,
    Instant checkedAt) {
  public RecordedRuleCheck {
    acknowledgedRules = Set.copyOf(acknowledgedRules);
  }
}
