package org.procedura.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlausibleDatesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Instant NOW = Instant.parse("2026-12-01T15:30:00Z");

  @Test
  void aDayOfHistoryRunsFrom1900UpToToday() {
    assertThat(PlausibleDates.inHistory(LocalDate.of(1900, 1, 1), TODAY, "onsetDate"))
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(PlausibleDates.inHistory(TODAY, TODAY, "onsetDate")).isEqualTo(TODAY);
    assertThat(PlausibleDates.inHistory(null, TODAY, "onsetDate")).isNull();

    assertInvalid(
        "onsetDate",
        () -> PlausibleDates.inHistory(LocalDate.of(1899, 12, 31), TODAY, "onsetDate"));
    assertInvalid(
        "onsetDate", () -> PlausibleDates.inHistory(TODAY.plusDays(1), TODAY, "onsetDate"));
    assertInvalid("onsetDate", () -> PlausibleDates.inHistory(LocalDate.MIN, TODAY, "onsetDate"));
    assertInvalid("onsetDate", () -> PlausibleDates.inHistory(LocalDate.MAX, TODAY, "onsetDate"));
  }

  @Test
  void aCalendarDayLiesWithinTheYearsAroundToday() {
    LocalDate first = TODAY.minusYears(PlausibleDates.CALENDAR_YEARS_BACK);
    LocalDate last = TODAY.plusYears(PlausibleDates.CALENDAR_YEARS_AHEAD);

    assertThat(PlausibleDates.onCalendar(first, TODAY, "date")).isEqualTo(first);
    assertThat(PlausibleDates.onCalendar(last, TODAY, "date")).isEqualTo(last);
    assertInvalid("date", () -> PlausibleDates.onCalendar(first.minusDays(1), TODAY, "date"));
    assertInvalid("date", () -> PlausibleDates.onCalendar(last.plusDays(1), TODAY, "date"));
    assertInvalid("from", () -> PlausibleDates.onCalendar(LocalDate.MIN, TODAY, "from"));
    assertInvalid("to", () -> PlausibleDates.onCalendar(LocalDate.MAX, TODAY, "to"));
  }

  @Test
  void aCalendarMomentCountsByItsDayInTheClinic() {
    Clock clinic = Clock.fixed(NOW, ZoneId.of("America/New_York"));
    Instant first = Instant.parse("2024-12-01T05:00:00Z");
    Instant end = Instant.parse("2031-12-02T05:00:00Z");

    assertThat(PlausibleDates.onCalendar(first, clinic, "start")).isEqualTo(first);
    assertThat(PlausibleDates.onCalendar(end.minusNanos(1), clinic, "start"))
        .isEqualTo(end.minusNanos(1));
    assertInvalid("start", () -> PlausibleDates.onCalendar(first.minusNanos(1), clinic, "start"));
    assertInvalid("start", () -> PlausibleDates.onCalendar(end, clinic, "start"));
    assertInvalid("start", () -> PlausibleDates.onCalendar(Instant.MIN, clinic, "start"));
    assertInvalid("end", () -> PlausibleDates.onCalendar(Instant.MAX, clinic, "end"));
  }

  @Test
  void aMomentOfHistoryRunsFromTheFirstDayUpToTheEndOfTodayInTheClinic() {
    Clock clinic = Clock.fixed(NOW, ZoneId.of("America/New_York"));
    Instant first = Instant.parse("1900-01-01T05:00:00Z");
    Instant end = Instant.parse("2026-12-02T05:00:00Z");

    assertThat(PlausibleDates.inHistory(first, clinic, "from")).isEqualTo(first);
    assertThat(PlausibleDates.inHistory(end.minusNanos(1), clinic, "to"))
        .isEqualTo(end.minusNanos(1));
    assertInvalid("from", () -> PlausibleDates.inHistory(first.minusNanos(1), clinic, "from"));
    assertInvalid("to", () -> PlausibleDates.inHistory(end, clinic, "to"));
    assertThat(PlausibleDates.historyProblem(Instant.MIN, clinic)).isPresent();
  }

  @Test
  void aRangeRunsForwardAndSpansAtMostTheLongestRange() {
    PlausibleDates.range(TODAY, TODAY, "to");
    PlausibleDates.range(TODAY, TODAY.plusDays(PlausibleDates.LONGEST_RANGE_DAYS - 1), "to");

    assertInvalid("to", () -> PlausibleDates.range(TODAY, TODAY.minusDays(1), "to"));
    assertInvalid(
        "to",
        () -> PlausibleDates.range(TODAY, TODAY.plusDays(PlausibleDates.LONGEST_RANGE_DAYS), "to"));
  }
}
