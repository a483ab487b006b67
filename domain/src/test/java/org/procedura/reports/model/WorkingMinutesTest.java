package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingWindow;

class WorkingMinutesTest {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final WeeklyHours HOURS =
      new WeeklyHours(
          List.of(
              new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
              new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));

  private static TimeSlot away(int fromHour, int fromMinute, int toHour, int toMinute) {
    return new TimeSlot(
        MONDAY.atTime(fromHour, fromMinute).atZone(ZONE).toInstant(),
        MONDAY.atTime(toHour, toMinute).atZone(ZONE).toInstant());
  }

  @Test
  void sumsTheDaysWindows() {
    assertThat(WorkingMinutes.on(MONDAY, ZONE, HOURS, List.of())).isEqualTo(480);
    assertThat(WorkingMinutes.on(MONDAY.plusDays(1), ZONE, HOURS, List.of())).isZero();
  }

  @Test
  void subtractsTimeAwayOnceWhereEntriesOverlap() {
    var away = List.of(away(11, 0, 13, 30), away(11, 30, 12, 30), away(16, 59, 18, 0));

    // 11:00-12:00 and 13:00-13:30 and 16:59-17:00 away: 60 + 30 + 1
    assertThat(WorkingMinutes.on(MONDAY, ZONE, HOURS, away)).isEqualTo(480 - 91);
  }
}
