package org.procedura.shared.model;

import java.util.List;

/**
 * Safety or payer rules refuse the request: BLOCK findings, or WARN findings without a physician's
 * acknowledgement. Carries each finding (rule, message, facts, resolution, earliest eligible date)
 * for the caller to show.
 */
public final class RuleViolationException extends DomainException {
  private final List<?> findings;

  public RuleViolationException(String message, List<?> findings) {
    super(message);
    this.findings = List.copyOf(findings);
  }

  public List<?> findings() {
    return findings;
  }
}
