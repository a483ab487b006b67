package org.procedura.rules.model;

import java.time.Period;
import org.procedura.shared.model.Check;

/**
 * A procedure the patient has had, with what it achieved as the outcomes recorded it: the best
 * percent relief, and how long relief of at least half lasted after it. Both are null until
 * measured.
 */
public record PastProcedure(
    ProcedureFacts procedure, Integer peakReliefPercent, Period halfReliefLasted) {
  public PastProcedure {
    Check.present(procedure, "procedure");
  }

  public boolean reliefOfAtLeast(int percent) {
    return peakReliefPercent != null && peakReliefPercent >= percent;
  }
}
