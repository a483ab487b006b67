package org.procedura.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTimingTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final MessageTiming TIMING =
      new MessageTiming(
          NEW_YORK,
          List.of(Duration.ofHours(72), Duration.ofHours(24)),
          LocalTime.of(21, 0),
          LocalTime.of(8, 0));

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
  }

  @Test
  void theSeventyTwoHourReminderAcrossTheSpringChangeGoesAtTheSameLocalHourThreeDaysBefore() {
    // clocks go forward on Sunday 8 March 2026: from Friday 09:00 to Monday 09:00 is 71 hours
    Instant start = local("2026-03-09T09:00");

    Instant due = TIMING.reminderDue(start, Duration.ofHours(72), local("2026-03-01T09:00")).get();

    assertThat(due).isEqualTo(local("2026-03-06T09:00"));
    assertThat(Duration.between(due, start)).isEqualTo(Duration.ofHours(71));
  }

  @Test
  void theTwentyFourHourReminderAcrossTheAutumnChangeGoesAtTheSameLocalHourTheDayBefore() {
    // clocks go back on Sunday 1 November 2026: Sunday 10:00 to Monday 10:00... and Saturday to
    // Sunday is 25 hours
    Instant start = local("2026-11-01T10:00");

    Instant due = TIMING.reminderDue(start, Duration.ofHours(24), local("2026-10-25T09:00")).get();

    assertThat(due).isEqualTo(local("2026-10-31T10:00"));
    assertThat(Duration.between(due, start)).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void aLeadOfPartDaysIsAnExactDuration() {
    Instant start = local("2026-03-08T12:00");

    Instant due = TIMING.reminderDue(start, Duration.ofHours(5), local("2026-03-01T09:00")).get();

    assertThat(due).isEqualTo(local("2026-03-08T08:00"));
  }

  @Test
  void aReminderDueInTheQuietHoursWaitsForTheirEnd() {
    Instant start = local("2026-03-20T07:30");

    Instant due = TIMING.reminderDue(start, Duration.ofHours(24), local("2026-03-01T09:00")).get();

    assertThat(due).isEqualTo(local("2026-03-19T08:00"));
  }

  @Test
  void theQuietHoursBeginAtTheirFirstMinuteAndEndAtTheirLast() {
    assertThat(TIMING.outsideQuietHours(local("2026-03-19T20:59")))
        .isEqualTo(local("2026-03-19T20:59"));
    assertThat(TIMING.outsideQuietHours(local("2026-03-19T21:00")))
        .isEqualTo(local("2026-03-20T08:00"));
    assertThat(TIMING.outsideQuietHours(local("2026-03-20T07:59")))
        .isEqualTo(local("2026-03-20T08:00"));
    assertThat(TIMING.outsideQuietHours(local("2026-03-20T08:00")))
        .isEqualTo(local("2026-03-20T08:00"));
  }

  @Test
  void quietHoursWithinOneDayAreKeptToo() {
    var lunch = new MessageTiming(NEW_YORK, List.of(), LocalTime.of(12, 0), LocalTime.of(13, 0));

    assertThat(lunch.outsideQuietHours(local("2026-03-19T12:30")))
        .isEqualTo(local("2026-03-19T13:00"));
    assertThat(lunch.outsideQuietHours(local("2026-03-19T13:30")))
        .isEqualTo(local("2026-03-19T13:30"));
  }

  @Test
  void noReminderWhoseTimeHasPassedOrThatTheQuietHoursPushPastTheStart() {
    Instant start = local("2026-03-20T10:00");

    assertThat(TIMING.reminderDue(start, Duration.ofHours(72), local("2026-03-17T10:00")))
        .isEmpty();
    assertThat(TIMING.reminderDue(start, Duration.ofHours(72), local("2026-03-17T09:59")))
        .contains(local("2026-03-17T10:00"));
    Instant early = local("2026-03-20T07:30");
    assertThat(TIMING.reminderDue(early, Duration.ofMinutes(60), local("2026-03-01T09:00")))
        .isEmpty();
  }

  @Test
  void refusesALeadTimeThatIsNotPositive() {
    assertThatThrownBy(
            () ->
                new MessageTiming(
                    NEW_YORK, List.of(Duration.ZERO), LocalTime.of(21, 0), LocalTime.of(8, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
