package org.procedura.rules.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.scheduling.model.HoldInstruction;

/**
 * What a procedure booking was last checked against (no rule set for a patient without coverage),
 * which warnings a physician acknowledged, who and why, and the holds the patient was told.
 */
public record RecordedRuleCheck(
    String ruleSetCode,
    Integer ruleSetVersion,
    Set<String> acknowledgedRules,
    String acknowledgedBy,
    String acknowledgementReason,
    Instant checkedAt,
    List<HoldInstruction> holds) {
  public RecordedRuleCheck {
    acknowledgedRules = Set.copyOf(acknowledgedRules);
    holds = List.copyOf(holds);
  }

  /** The last-dose day the plan told the patient, per drug class. */
  public Map<AntithromboticClass, LocalDate> heldSince() {
    return holds.stream()
        .collect(
            Collectors.toMap(
                h -> AntithromboticClass.valueOf(h.drugClass()),
                HoldInstruction::lastDoseOn,
                (a, b) -> a.isBefore(b) ? a : b));
  }
}
