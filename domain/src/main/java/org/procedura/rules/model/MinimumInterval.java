package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.procedura.shared.model.Check;

/**
 * At least {@code interval} since the last procedure in scope (at the same region and side when
 * {@code sameSite}): day 13 of a 14-day interval is refused, day 14 passes.
 */
public record MinimumInterval(RuleHeader header, Period interval, boolean sameSite)
    implements PayerRule {
  public MinimumInterval {
    Check.present(header, "header");
    Check.present(interval, "interval");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    ProcedureFacts planned = context.planned();
    List<PastProcedure> earlier =
        context.earlier(
            past -> header.scope().covers(past) && (!sameSite || past.sameSiteAs(planned)));
    if (earlier.isEmpty()) {
      return List.of();
    }
    LocalDate last = earlier.getLast().procedure().date();
    LocalDate eligible = last.plus(interval);
    if (!eligible.isAfter(planned.date())) {
      return List.of();
    }
    return List.of(
        header.finding(
            "less than " + interval + " since the last one on " + last,
            Map.of("last", last.toString(), "interval", interval.toString()),
            "book on or after " + eligible,
            eligible));
  }
}
