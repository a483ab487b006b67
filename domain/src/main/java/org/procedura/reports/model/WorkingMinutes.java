package org.procedura.reports.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.WeeklyHours;

/**
 * The minutes a clinician or room works on a day: its weekly windows on that date, less the time it
 * is away (time off, maintenance), each minute away counted once however many entries cover it.
 */
public final class WorkingMinutes {
  private WorkingMinutes() {}

  public static long on(LocalDate date, ZoneId zone, WeeklyHours hours, List<TimeSlot> away) {
    long minutes = 0;
    for (TimeSlot window : hours.on(date, zone)) {
      minutes += window.length().toMinutes() - awayWithin(window, away);
    }
    return minutes;
  }

  private static long awayWithin(TimeSlot window, List<TimeSlot> away) {
    List<TimeSlot> clipped =
        away.stream()
            .filter(window::overlaps)
            .map(a -> new TimeSlot(max(a.start(), window.start()), min(a.end(), window.end())))
            .sorted(Comparator.comparing(TimeSlot::start))
            .toList();
    long minutes = 0;
    Instant coveredUntil = window.start();
    for (TimeSlot slot : clipped) {
      Instant from = max(slot.start(), coveredUntil);
      if (slot.end().isAfter(from)) {
        minutes += Duration.between(from, slot.end()).toMinutes();
        coveredUntil = slot.end();
      }
    }
    return minutes;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
