package org.procedura.outcomes.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.DurableRelief.Point;

class DurableReliefTest {
  private static final LocalDate RFA = LocalDate.of(2026, 1, 15);

  private static Point at(LocalDate on, String percent) {
    return new Point(on, percent == null ? null : new BigDecimal(percent));
  }

  @Test
  void lastsToTheLastFollowUpStillShowingHalfTheBaseline() {
    var relief =
        DurableRelief.since(
            RFA,
            List.of(
                at(RFA.plusMonths(6), "50"),
                at(RFA.plusWeeks(6), "80"),
                at(RFA.plusMonths(3), "62.5")));

    assertThat(relief.lastedUntil()).isEqualTo(RFA.plusMonths(6));
    assertThat(relief.days()).isEqualTo(181);
    assertThat(relief.months()).isEqualTo(6);
  }

  @Test
  void reliefThatDropsAndRecoversLastedOnlyUntilTheDrop() {
    var relief =
        DurableRelief.since(
            RFA,
            List.of(
                at(RFA.plusWeeks(6), "75"),
                at(RFA.plusMonths(3), "49.9"),
                at(RFA.plusMonths(6), "60")));

    assertThat(relief.lastedUntil()).isEqualTo(RFA.plusWeeks(6));
    assertThat(relief.days()).isEqualTo(42);
    assertThat(relief.months()).isEqualTo(1);
  }

  @Test
  void noFollowUpAtHalfMeansNoDurableRelief() {
    var relief = DurableRelief.since(RFA, List.of(at(RFA.plusWeeks(6), "49.9")));
    var nothingYet = DurableRelief.since(RFA, List.of());
    var noPainScore = DurableRelief.since(RFA, List.of(at(RFA.plusWeeks(6), null)));

    assertThat(relief.days()).isZero();
    assertThat(relief.lastedUntil()).isNull();
    assertThat(nothingYet.days()).isZero();
    assertThat(noPainScore.months()).isZero();
  }

  @Test
  void aFollowUpWithoutAPainMeasureNeitherEndsNorExtendsIt() {
    var relief =
        DurableRelief.since(
            RFA,
            List.of(
                at(RFA.plusWeeks(6), "75"),
                at(RFA.plusMonths(3), null),
                at(RFA.plusMonths(6), "60")));

    assertThat(relief.lastedUntil()).isEqualTo(RFA.plusMonths(6));
    assertThat(relief.months()).isEqualTo(6);
  }
}
