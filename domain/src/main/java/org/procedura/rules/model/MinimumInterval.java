package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.procedura.shared.model.Check;

/**
 * At least {@code interval} between the planned procedure and every other one in scope (at the same
 * region and on a side that meets when {@code sameSite}), done or booked, before or after it: day
 * 13 after the last one is refused, day 14 passes, and so for a booking 13 days before one already
 * booked. A block on the other side neither counts nor starts the interval.
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
    List<LocalDate> others =
        context
            .sessions(
                past -> header.scope().covers(past) && (!sameSite || past.sharesSiteWith(planned)))
            .stream()
            .map(past -> past.procedure().date())
            .toList();
    List<LocalDate> tooClose = tooClose(others, planned.date());
    if (tooClose.isEmpty()) {
      return List.of();
    }
    LocalDate nearest = tooClose.getLast();
    LocalDate eligible = planned.date().plusDays(1);
    while (!tooClose(others, eligible).isEmpty()) {
      eligible = eligible.plusDays(1);
    }
    return List.of(
        header.finding(
            "less than " + interval + " from the one on " + nearest,
            Map.of("last", nearest.toString(), "interval", interval.toString()),
            "book on or after " + eligible,
            eligible));
  }

  private List<LocalDate> tooClose(List<LocalDate> others, LocalDate day) {
    return others.stream()
        .filter(other -> other.plus(interval).isAfter(day) && day.plus(interval).isAfter(other))
        .toList();
  }
}
