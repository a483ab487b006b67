package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLINIC_ZONE;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.slot;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

  private static WorkingWindow w(DayOfWeek day, String from, String to) {
    return new WorkingWindow(day, LocalTime.parse(from), LocalTime.parse(to));
  }

  @Test
  void refusesOverlappingWindowsOnTheSameDay() {
    assertInvalid(
        "windows",
        () ->
            new WeeklyHours(
                List.of(
                    w(DayOfWeek.MONDAY, "08:00", "12:00"), w(DayOfWeek.MONDAY, "11:59", "17:00"))));
  }

  @Test
  void refusesAWindowInsideAnotherOnTheSameDay() {
    assertInvalid(
        "windows",
        () ->
            new WeeklyHours(
                List.of(
                    w(DayOfWeek.MONDAY, "08:00", "17:00"), w(DayOfWeek.MONDAY, "10:00", "11:00"))));
  }

  @Test
  void refusesOverlappingWindowsGivenOutOfOrder() {
    assertInvalid(
        "windows",
        () ->
            new WeeklyHours(
                List.of(
                    w(DayOfWeek.TUESDAY, "13:00", "17:00"),
                    w(DayOfWeek.MONDAY, "08:00", "12:00"),
                    w(DayOfWeek.TUESDAY, "08:00", "13:30"))));
  }

  @Test
  void acceptsTouchingWindowsOnTheSameDay() {
    WeeklyHours hours =
        new WeeklyHours(
            List.of(w(DayOfWeek.MONDAY, "12:00", "17:00"), w(DayOfWeek.MONDAY, "08:00", "12:00")));

    assertThat(hours.windows())
        .containsExactly(
            w(DayOfWeek.MONDAY, "08:00", "12:00"), w(DayOfWeek.MONDAY, "12:00", "17:00"));
  }

  @Test
  void acceptsTheSameTimesOnDifferentDays() {
    WeeklyHours hours =
        new WeeklyHours(
            List.of(w(DayOfWeek.TUESDAY, "08:00", "17:00"), w(DayOfWeek.MONDAY, "08:00", "17:00")));

    assertThat(hours.windows())
        .containsExactly(
            w(DayOfWeek.MONDAY, "08:00", "17:00"), w(DayOfWeek.TUESDAY, "08:00", "17:00"));
  }

  @Test
  void refusesAnEmptyWindowEntry() {
    List<WorkingWindow> withNull =
        new ArrayList<>(Arrays.asList(w(DayOfWeek.MONDAY, "08:00", "12:00"), null));

    assertInvalid("windows", () -> new WeeklyHours(withNull));
  }

  @Test
  void givesTheWindowsOfTheDateAsked() {
    WeeklyHours hours =
        new WeeklyHours(
            List.of(
                w(DayOfWeek.MONDAY, "13:00", "17:00"),
                w(DayOfWeek.MONDAY, "08:00", "12:00"),
                w(DayOfWeek.TUESDAY, "07:00", "09:00")));

    assertThat(hours.on(MONDAY, CLINIC_ZONE))
        .containsExactly(slot(MONDAY, "08:00", "12:00"), slot(MONDAY, "13:00", "17:00"));
    assertThat(hours.on(MONDAY.plusDays(2), CLINIC_ZONE)).isEmpty();
  }

  @Test
  void noHoursGiveNoWindows() {
    assertThat(WeeklyHours.NONE.on(MONDAY, CLINIC_ZONE)).isEmpty();
  }
}
