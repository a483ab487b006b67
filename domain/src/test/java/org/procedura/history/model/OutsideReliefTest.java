package org.procedura.history.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutsideReliefTest {
  private static final LocalDate PERFORMED = LocalDate.of(2026, 3, 2);

  @ParameterizedTest
  @ValueSource(ints = {0, 50, 100})
  void acceptsReliefFromNoneToComplete(int percent) {
    assertThat(new OutsideRelief(percent, null, null).percent()).isEqualTo(percent);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101})
  void refusesReliefOutsideZeroToAHundred(int percent) {
    assertInvalid("reliefPercent", () -> new OutsideRelief(percent, null, null));
  }

  @Test
  void everyPartMayBeUnknown() {
    assertThat(OutsideRelief.UNKNOWN.lastedAtLeast(PERFORMED)).isEmpty();
    assertThat(new OutsideRelief(60, null, null).lastedAtLeast(PERFORMED)).isEmpty();
  }

  @Test
  void howLongItLastedNeedsHowMuchRelief() {
    assertInvalid("reliefPercent", () -> new OutsideRelief(null, Period.ofMonths(3), null));
    assertInvalid("reliefPercent", () -> new OutsideRelief(null, null, PERFORMED));
  }

  @Test
  void eitherLastedAPeriodOrWasStillLastingNotBoth() {
    assertInvalid(
        "reliefStillLastingOn",
        () -> new OutsideRelief(70, Period.ofMonths(3), PERFORMED.plusMonths(4)));
  }

  @Test
  void refusesANegativePeriod() {
    assertInvalid("reliefLasted", () -> new OutsideRelief(70, Period.ofDays(-1), null));
    assertThat(new OutsideRelief(70, Period.ZERO, null).lasted()).isEqualTo(Period.ZERO);
  }

  @Test
  void lastedAtLeastThePeriodReportedOrUpToTheDayItWasStillLasting() {
    assertThat(new OutsideRelief(70, Period.ofDays(45), null).lastedAtLeast(PERFORMED))
        .contains(Period.ofDays(45));
    assertThat(new OutsideRelief(70, null, PERFORMED.plusMonths(4)).lastedAtLeast(PERFORMED))
        .contains(Period.ofMonths(4));
  }

  @Test
  void cannotHaveLastedPastToday() {
    LocalDate today = PERFORMED.plusMonths(3);

    new OutsideRelief(70, Period.ofMonths(3), null).checkAgainst(PERFORMED, today);
    assertInvalid(
        "reliefLasted",
        () ->
            new OutsideRelief(70, Period.ofMonths(3), null)
                .checkAgainst(PERFORMED, today.minusDays(1)));
  }

  @Test
  void wasStillLastingOnADayBetweenTheProcedureAndToday() {
    LocalDate today = PERFORMED.plusMonths(3);

    new OutsideRelief(70, null, PERFORMED).checkAgainst(PERFORMED, today);
    new OutsideRelief(70, null, today).checkAgainst(PERFORMED, today);
    assertInvalid(
        "reliefStillLastingOn",
        () -> new OutsideRelief(70, null, PERFORMED.minusDays(1)).checkAgainst(PERFORMED, today));
    assertInvalid(
        "reliefStillLastingOn",
        () -> new OutsideRelief(70, null, today.plusDays(1)).checkAgainst(PERFORMED, today));
  }
}
