package org.procedura.rules.model;

import java.util.List;
import org.procedura.scheduling.model.Acknowledgement;

/** What the findings mean for the request: it may go ahead, or it is refused and why. */
public sealed interface RuleDecision {

  /** Nothing found, or only warnings a physician acknowledged (then {@code acknowledgement}). */
  record Allowed(List<Finding> acknowledged, Acknowledgement acknowledgement)
      implements RuleDecision {
    public Allowed {
      acknowledged = List.copyOf(acknowledged);
    }
  }

  /**
   * Refused: the blocking findings, and the warnings still waiting for a physician's
   * acknowledgement; {@code why} says what would let it through.
   */
  record Refused(List<Finding> blocking, List<Finding> unacknowledged, String why)
      implements RuleDecision {
    public Refused {
      blocking = List.copyOf(blocking);
      unacknowledged = List.copyOf(unacknowledged);
    }
  }

  /** BLOCK refuses; WARN needs a physician's acknowledgement, with a reason, of every warning. */
  static RuleDecision of(List<Finding> findings, Acknowledgement acknowledgement) {
    List<Finding> blocking = findings.stream().filter(f -> f.severity() == Severity.BLOCK).toList();
    List<Finding> warnings = findings.stream().filter(f -> f.severity() == Severity.WARN).toList();
    if (!blocking.isEmpty()) {
      return new Refused(blocking, warnings, "a blocking rule is not met");
    }
    if (warnings.isEmpty()) {
      return new Allowed(List.of(), null);
    }
    if (acknowledgement == null) {
      return new Refused(
          List.of(), warnings, "warnings need a physician's acknowledgement with a reason");
    }
    if (!acknowledgement.byPhysician()) {
      return new Refused(List.of(), warnings, "only a physician may acknowledge warnings");
    }
    List<Finding> missed =
        warnings.stream().filter(w -> !acknowledgement.ruleIds().contains(w.ruleId())).toList();
    if (!missed.isEmpty()) {
      return new Refused(List.of(), missed, "the acknowledgement does not name every warning");
    }
    return new Allowed(warnings, acknowledgement);
  }
}
