package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * At most {@code maxSessions} sessions in scope within a rolling {@code window} (e.g. 12 months)
 * ending on the planned date, counting only the same spinal region when {@code perRegion}. A
 * session counts while it is less than the window old: one exactly a window ago no longer does.
 */
public record FrequencyInWindow(
    RuleHeader header, int maxSessions, Period window, boolean perRegion) implements PayerRule {
  public FrequencyInWindow {
    Check.present(header, "header");
    Check.present(window, "window");
    if (maxSessions < 1) {
      throw new InvalidInputException("maxSessions", "maxSessions must be at least 1");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    ProcedureFacts planned = context.planned();
    LocalDate windowStart = planned.date().minus(window);
    List<LocalDate> inWindow =
        context
            .earlier(
                past ->
                    header.scope().covers(past)
                        && (!perRegion || past.region() == planned.region())
                        && past.date().isAfter(windowStart))
            .stream()
            .map(past -> past.procedure().date())
            .toList();
    if (inWindow.size() < maxSessions) {
      return List.of();
    }
    // the booking passes once enough of the oldest sessions have left the window
    LocalDate eligible = inWindow.get(inWindow.size() - maxSessions).plus(window);
    return List.of(
        header.finding(
            "session " + (inWindow.size() + 1) + " within " + window + ", more than " + maxSessions,
            Map.of(
                "sessionsInWindow",
                inWindow.stream().map(LocalDate::toString).collect(Collectors.joining(",")),
                "maxSessions",
                String.valueOf(maxSessions),
                "region",
                String.valueOf(planned.region())),
            "book on or after " + eligible,
            eligible));
  }
}
