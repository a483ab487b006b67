package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.Map;
import org.procedura.shared.model.Check;

/**
 * What a rule found: which rule, how serious, in words, the facts it used, how to resolve it, and,
 * where waiting resolves it, the earliest date that will pass.
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Map<String, String> facts,
    String resolution,
    LocalDate earliestEligibleOn) {
  public Finding {
    Check.text(ruleId, "ruleId", 60);
    Check.present(severity, "severity");
    Check.text(message, "message", 500);
    facts = Map.copyOf(Check.present(facts, "facts"));
    Check.text(resolution, "resolution", 500);
  }
}
