package org.procedura.rules.application;

import java.time.LocalDate;
import java.util.List;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.Severity;

/**
 * The answer to an {@link EligibilityQuestion}: the findings on the date asked about and, when a
 * rule blocks it, the first later date on which none does ({@code null} when waiting does not help
 * or no such date is found within the search).
 */
public record Eligibility(
    LocalDate date,
    String ruleSetCode,
    Integer ruleSetVersion,
    List<Finding> findings,
    LocalDate earliestEligibleOn) {
  public Eligibility {
    findings = List.copyOf(findings);
  }

  public enum Verdict {
    /** Nothing found: the front desk may book. */
    MAY_BOOK,
    /** Only warnings: a physician must acknowledge them, with a reason, when booking. */
    NEEDS_ACKNOWLEDGEMENT,
    /** A rule blocks the procedure on that date. */
    BLOCKED
  }

  public Verdict verdict() {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK)) {
      return Verdict.BLOCKED;
    }
    return findings.isEmpty() ? Verdict.MAY_BOOK : Verdict.NEEDS_ACKNOWLEDGEMENT;
  }
}
