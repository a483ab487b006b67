package org.procedura.scheduling.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/** A recurring stretch of working time on one day of the week, in the clinic's local time. */
public record WorkingWindow(DayOfWeek day, LocalTime start, LocalTime end) {
  public WorkingWindow {
    Check.present(day, "day");
    Check.present(start, "start");
    Check.present(end, "end");
    if (!end.isAfter(start)) {
      throw new InvalidInputException("end", "a working window must end after it starts");
    }
  }

  /**
   * The window on that date as instants. Local times that a daylight-saving change skips move
   * forward by the gap; times it repeats take the earlier offset, so a window keeps its wall-clock
   * meaning on the days the clocks change.
   */
  public TimeSlot on(LocalDate date, ZoneId zone) {
    return new TimeSlot(
        date.atTime(start).atZone(zone).toInstant(), date.atTime(end).atZone(zone).toInstant());
  }

  boolean overlaps(WorkingWindow other) {
    return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
  }
}
