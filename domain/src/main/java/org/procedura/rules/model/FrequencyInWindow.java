package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * At most {@code maxSessions} sessions in scope within any rolling {@code window} (e.g. 12 months),
 * counting only the same spinal region when {@code perRegion}. Sessions done, done elsewhere and
 * booked ahead all count, so the planned one may not overfill a window that starts before it or one
 * that reaches the bookings after it. A session counts while it is less than the window old: one
 * exactly a window before another no longer shares its window. A bilateral session is one session.
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
    List<LocalDate> sessions =
        context
            .sessions(
                past -> header.scope().covers(past) && (!perRegion || planned.sameRegionAs(past)))
            .stream()
            .map(past -> past.procedure().date())
            .toList();
    List<LocalDate> crowding = fullestWindow(sessions, planned.date());
    if (crowding.size() < maxSessions) {
      return List.of();
    }
    LocalDate eligible = firstDayWithRoom(sessions, planned.date());
    return List.of(
        header.finding(
            "session " + (crowding.size() + 1) + " within " + window + ", more than " + maxSessions,
            Map.of(
                "sessionsInWindow",
                crowding.stream().map(LocalDate::toString).collect(Collectors.joining(",")),
                "maxSessions",
                String.valueOf(maxSessions),
                "region",
                String.valueOf(planned.region())),
            "book on or after " + eligible,
            eligible));
  }

  /**
   * The other sessions of the fullest window that holds {@code day}: windows start on {@code day}
   * or on a session less than a window before it, since the count changes only there.
   */
  private List<LocalDate> fullestWindow(List<LocalDate> sessions, LocalDate day) {
    List<LocalDate> starts = new ArrayList<>(List.of(day));
    sessions.stream()
        .filter(s -> !s.isAfter(day) && s.plus(window).isAfter(day))
        .forEach(starts::add);
    List<LocalDate> fullest = List.of();
    for (LocalDate start : starts) {
      LocalDate end = start.plus(window);
      List<LocalDate> inside =
          sessions.stream().filter(s -> !s.isBefore(start) && s.isBefore(end)).toList();
      if (inside.size() > fullest.size()) {
        fullest = inside;
      }
    }
    return fullest;
  }

  /** The first later day whose every window has room; past the last session's window at most. */
  private LocalDate firstDayWithRoom(List<LocalDate> sessions, LocalDate after) {
    LocalDate day = after.plusDays(1);
    while (fullestWindow(sessions, day).size() >= maxSessions) {
      day = day.plusDays(1);
    }
    return day;
  }
}
