package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.model.SchedulingFixtures.CLINIC_ZONE;
import static org.procedura.scheduling.model.SchedulingFixtures.FALL_BACK;
import static org.procedura.scheduling.model.SchedulingFixtures.SPRING_FORWARD;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingWindowTest {

  private static WorkingWindow sunday(String from, String to) {
    return new WorkingWindow(DayOfWeek.SUNDAY, LocalTime.parse(from), LocalTime.parse(to));
  }

  private static WorkingWindow saturday(String from, String to) {
    return new WorkingWindow(DayOfWeek.SATURDAY, LocalTime.parse(from), LocalTime.parse(to));
  }

  @Test
  void anOfficeDayIsNineHoursOnTheDayClocksGoForward() {
    TimeSlot day = sunday("08:00", "17:00").on(SPRING_FORWARD, CLINIC_ZONE);

    assertThat(day.start()).isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2026-03-08T21:00:00Z"));
    assertThat(day.length()).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void anOfficeDayIsNineHoursOnTheDayClocksGoBack() {
    TimeSlot day = sunday("08:00", "17:00").on(FALL_BACK, CLINIC_ZONE);

    assertThat(day.start()).isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2026-11-01T22:00:00Z"));
    assertThat(day.length()).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void theDayBeforeEachChangeUsesTheOffsetThenInForce() {
    assertThat(saturday("08:00", "17:00").on(SPRING_FORWARD.minusDays(1), CLINIC_ZONE).start())
        .isEqualTo(Instant.parse("2026-03-07T13:00:00Z"));
    assertThat(saturday("08:00", "17:00").on(FALL_BACK.minusDays(1), CLINIC_ZONE).start())
        .isEqualTo(Instant.parse("2026-10-31T12:00:00Z"));
  }

  @Test
  void aWindowAcrossTheSkippedHourLastsAnHourLess() {
    TimeSlot night = sunday("01:00", "04:00").on(SPRING_FORWARD, CLINIC_ZONE);

    assertThat(night.start()).isEqualTo(Instant.parse("2026-03-08T06:00:00Z"));
    assertThat(night.end()).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
    assertThat(night.length()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aWindowAcrossTheRepeatedHourLastsAnHourMore() {
    TimeSlot night = sunday("01:00", "04:00").on(FALL_BACK, CLINIC_ZONE);

    assertThat(night.start()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
    assertThat(night.end()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
    assertThat(night.length()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void aStartInTheSkippedHourMovesForwardByTheGap() {
    TimeSlot window = sunday("02:30", "05:00").on(SPRING_FORWARD, CLINIC_ZONE);

    // 02:30 does not exist that night: it is read as 03:30 daylight time
    assertThat(window.start()).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    assertThat(window.length()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void aStartInTheRepeatedHourTakesTheEarlierOffset() {
    TimeSlot window = sunday("01:30", "03:00").on(FALL_BACK, CLINIC_ZONE);

    // 01:30 happens twice that night: the first, daylight-time one is meant
    assertThat(window.start()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    assertThat(window.length()).isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void refusesAWindowEndingWhenItStarts() {
    assertInvalid("end", () -> sunday("08:00", "08:00"));
  }

  @Test
  void refusesAWindowEndingBeforeItStarts() {
    assertInvalid("end", () -> sunday("08:00", "07:59"));
  }

  @Test
  void acceptsAWindowOfOneMinute() {
    TimeSlot minute = sunday("08:00", "08:01").on(LocalDate.of(2026, 11, 22), CLINIC_ZONE);

    assertThat(minute.length()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void refusesAMissingDayStartOrEnd() {
    assertInvalid("day", () -> new WorkingWindow(null, LocalTime.NOON, LocalTime.MIDNIGHT));
    assertInvalid("start", () -> new WorkingWindow(DayOfWeek.MONDAY, null, LocalTime.NOON));
    assertInvalid("end", () -> new WorkingWindow(DayOfWeek.MONDAY, LocalTime.NOON, null));
  }
}
