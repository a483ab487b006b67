package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.reports.model.KaplanMeier.Case;

class KaplanMeierTest {

  private static Case ended(long days) {
    return new Case(days, true);
  }

  private static Case lasting(long days) {
    return new Case(days, false);
  }

  @Test
  void withoutCensoringTheMedianIsTheDayHalfHaveEnded() {
    var km = KaplanMeier.of(List.of(ended(30), ended(60), ended(90), ended(120)));

    assertThat(km.steps())
        .extracting(KaplanMeier.Step::lasting)
        .map(Object::toString)
        .containsExactly("0.7500", "0.5000", "0.2500", "0.0000");
    assertThat(km.medianDays()).isEqualTo(60); // exactly one half counts
  }

  @Test
  void aCensoredCaseLeavesTheRiskSetWithoutEndingIt() {
    // 10 ended, 20 censored, 30 ended, 40 ended: S(10) = 3/4, S(30) = 3/4 * 1/2 = 0.375
    var km = KaplanMeier.of(List.of(ended(10), lasting(20), ended(30), ended(40)));

    assertThat(km.steps()).hasSize(3);
    assertThat(km.steps().get(1))
        .isEqualTo(new KaplanMeier.Step(30, 2, 1, new java.math.BigDecimal("0.3750")));
    assertThat(km.medianDays()).isEqualTo(30);
    assertThat(km.censored()).isEqualTo(1);
  }

  @Test
  void aCaseCensoredOnTheDayAnotherEndedIsStillAtRiskThatDay() {
    var km = KaplanMeier.of(List.of(ended(10), lasting(10), ended(20)));

    assertThat(km.steps().getFirst()).isEqualTo(step(10, 3, 1, "0.6667"));
    assertThat(km.steps().get(1)).isEqualTo(step(20, 1, 1, "0.0000"));
    assertThat(km.medianDays()).isEqualTo(20);
  }

  @Test
  void hasNoMedianWhileMoreThanHalfStillLast() {
    // S(10) = 2/3: above one half, and everyone else is censored
    var km = KaplanMeier.of(List.of(ended(10), lasting(50), lasting(60)));

    assertThat(km.medianDays()).isNull();
    assertThat(KaplanMeier.of(List.of()).medianDays()).isNull();
  }

  private static KaplanMeier.Step step(long day, int atRisk, int ended, String lasting) {
    return new KaplanMeier.Step(day, atRisk, ended, new java.math.BigDecimal(lasting));
  }
}
