package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.Map;
import org.procedura.shared.model.Check;

/** What every rule has: its id, how serious a finding is, what it applies to, and its source. */
public record RuleHeader(String id, Severity severity, RuleScope scope, String source) {
  public RuleHeader {
    Check.text(id, "id", 60);
    Check.present(severity, "severity");
    Check.present(scope, "scope");
    source = Check.text(source, "source", 200);
  }

  Finding finding(
      String message, Map<String, String> facts, String resolution, LocalDate earliest) {
    return new Finding(id, severity, message, facts, resolution, earliest);
  }
}
