package org.procedura.reports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.Relief;

/**
 * One procedure's relief as a case for the Kaplan–Meier estimate of durable relief: it lasted as
 * {@link DurableRelief} counts it (from the procedure day to the last follow-up of the unbroken run
 * at 50 % or more), and ended when a later follow-up fell below 50 %; without one it is still
 * lasting at its last follow-up, and censored there. A procedure whose first follow-up with a pain
 * measure showed less than 50 % never had durable relief to last, and is no case.
 */
public final class ReliefCourse {
  private ReliefCourse() {}

  public static Optional<KaplanMeier.Case> of(
      LocalDate procedureOn, List<DurableRelief.Point> followUps) {
    DurableRelief relief = DurableRelief.since(procedureOn, followUps);
    if (relief.lastedUntil() == null) {
      return Optional.empty();
    }
    boolean ended =
        followUps.stream()
            .anyMatch(p -> p.percent() != null && p.percent().compareTo(Relief.DURABLE) < 0);
    return Optional.of(new KaplanMeier.Case(relief.days(), ended));
  }
}
