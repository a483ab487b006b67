package org.procedura.scheduling.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/** A resource's weekly template of working windows, none overlapping another. */
public record WeeklyHours(List<WorkingWindow> windows) {
  public static final WeeklyHours NONE = new WeeklyHours(List.of());

  public WeeklyHours {
    windows =
        Check.noNulls(Check.present(windows, "windows"), "windows").stream()
            .sorted(Comparator.comparing(WorkingWindow::day).thenComparing(WorkingWindow::start))
            .toList();
    for (int i = 1; i < windows.size(); i++) {
      if (windows.get(i - 1).overlaps(windows.get(i))) {
        throw new InvalidInputException(
            "windows", "working windows on " + windows.get(i).day() + " overlap");
      }
    }
  }

  public List<TimeSlot> on(LocalDate date, ZoneId zone) {
    return windows.stream()
        .filter(window -> window.day() == date.getDayOfWeek())
        .map(window -> window.on(date, zone))
        .toList();
  }
}
