package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PainDurationTest {

  private static PainDuration since(String onset, String asOf) {
    return new PainDuration(LocalDate.parse(onset), LocalDate.parse(asOf));
  }

  @Test
  void isChronicOnTheDayItHasLastedExactlyThreeMonths() {
    PainDuration duration = since("2026-08-21", "2026-11-21");

    assertThat(duration.chronic()).isTrue();
    assertThat(duration.length()).isEqualTo(Period.ofMonths(3));
  }

  @Test
  void isNotChronicOneDayShortOfThreeMonths() {
    PainDuration duration = since("2026-08-21", "2026-11-20");

    assertThat(duration.chronic()).isFalse();
    assertThat(duration.length()).isEqualTo(Period.of(0, 2, 30));
  }

  @Test
  void painSinceThe30thOfNovemberIsChronicOnThe28thOfFebruary() {
    assertThat(since("2025-11-30", "2026-02-28").chronic()).isTrue();
    assertThat(since("2025-11-30", "2026-02-28").length()).isEqualTo(Period.ofMonths(3));
    assertThat(since("2025-11-30", "2026-02-27").chronic()).isFalse();
  }

  @Test
  void inALeapYearItBecomesChronicOnThe29thOfFebruary() {
    assertThat(since("2027-11-30", "2028-02-28").chronic()).isFalse();
    assertThat(since("2027-11-30", "2028-02-29").chronic()).isTrue();
    assertThat(since("2027-11-30", "2028-02-29").length()).isEqualTo(Period.ofMonths(3));
  }

  @ParameterizedTest
  @CsvSource({
    // onset, as of, length
    "2026-11-21, 2026-11-21, P0D",
    "2026-11-20, 2026-11-21, P1D",
    "2026-10-21, 2026-11-21, P1M",
    "2026-01-31, 2026-02-28, P1M",
    "2026-01-31, 2026-03-30, P1M30D",
    "2026-01-31, 2026-03-31, P2M",
    "2025-11-30, 2026-03-01, P3M1D",
    "2024-02-29, 2025-02-28, P1Y",
    "2016-05-04, 2026-11-21, P10Y6M17D"
  })
  void measuresTheLengthInWholeCalendarMonthsThenDays(String onset, String asOf, String length) {
    assertThat(since(onset, asOf).length()).isEqualTo(Period.parse(length));
  }

  @Test
  void countsWholeMonthsTheSameWayForChronicityAndLength() {
    LocalDate onset = LocalDate.parse("2025-11-30");
    for (LocalDate day = onset; day.isBefore(onset.plusYears(2)); day = day.plusDays(1)) {
      PainDuration duration = new PainDuration(onset, day);
      assertThat(duration.chronic())
          .as("on %s", day)
          .isEqualTo(duration.length().toTotalMonths() >= 3);
      assertThat(onset.plus(duration.length())).as("on %s", day).isEqualTo(day);
    }
  }

  @Test
  void refusesAnOnsetAfterTheDayItIsMeasuredOn() {
    assertInvalid("onset", () -> since("2026-11-22", "2026-11-21"));
  }

  @Test
  void measuresAnOnsetStoredBeforeTheRangesWereEnforcedWithoutFailing() {
    PainDuration sinceTheStartOfTime = new PainDuration(LocalDate.MIN, LocalDate.of(2026, 12, 1));

    assertThat(sinceTheStartOfTime.chronic()).isTrue();
    assertThat(sinceTheStartOfTime.length().getYears()).isEqualTo(1_000_002_025);
  }

  @Test
  void aDiagnosisStoredWithAnOnsetAfterTodayHasNoDurationYet() {
    var diagnosis =
        new Diagnosis(
            new Icd10Code("M54.16"), "Lumbar radiculopathy", null, LocalDate.of(2026, 12, 2));

    assertThat(diagnosis.painDurationOn(LocalDate.of(2026, 12, 1))).isNull();
  }
}
