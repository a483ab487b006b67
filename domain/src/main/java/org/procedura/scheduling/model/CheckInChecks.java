package org.procedura.scheduling.model;

import java.time.Instant;

/** The gate a procedure passes at check-in: the pre-procedure checklist and the holds. */
public interface CheckInChecks {

  /**
   * @throws org.procedura.shared.model.RuleViolationException listing every checklist item not yet
   *     recorded and every reason the procedure cannot go ahead
   */
  void requireReady(Appointment procedure, Instant now);
}
