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
 * which warnings a physician acknowledged, who and why, the holds the patient was told, and what
 * the rules found when they ran again at check-in.
 */
public record RecordedRuleCheck(
    String ruleSetCode,
    Integer ruleSetVersion,
    Set<String> acknowledgedRules,
    String acknowledgedBy,
    String acknowledgementReason,
    Instant checkedAt,
    List<HoldInstruction> holds,
    AtCheckIn atCheckIn) {
  public RecordedRuleCheck {
    acknowledgedRules = Set.copyOf(acknowledgedRules);
    holds = List.copyOf(holds);
  }

  /**
   * What the rules found when they ran again at check-in (null until then): each finding as its
   * rule id and severity.
   */
  public record AtCheckIn(
      String ruleSetCode, Integer ruleSetVersion, List<String> findings, Instant checkedAt) {
    public AtCheckIn {
      findings = List.copyOf(findings);
    }
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
