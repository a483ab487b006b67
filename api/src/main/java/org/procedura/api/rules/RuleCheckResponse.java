package org.procedura.api.rules;

import java.time.OffsetDateTime;
import java.util.List;
import org.procedura.api.scheduling.HoldInstructionDto;

/**
 * What a procedure booking was checked against (no rule set without coverage) and, when it carried
 * one, the physician's acknowledgement of warnings: which rules, by whom, why.
 */
public record RuleCheckResponse(
    String ruleSet,
    Integer ruleSetVersion,
    List<String> acknowledgedRules,
    String acknowledgedBy,
    String acknowledgementReason,
    OffsetDateTime checkedAt,
    List<HoldInstructionDto> holds,
    AtCheckIn atCheckIn) {

  /**
   * What the rules found when they ran again at check-in, on that day's chart (absent until then):
   * each finding as {@code RULE_ID:SEVERITY}.
   */
  public record AtCheckIn(
      String ruleSet, Integer ruleSetVersion, List<String> findings, OffsetDateTime checkedAt) {}
}
