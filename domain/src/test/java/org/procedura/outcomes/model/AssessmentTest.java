package org.procedura.outcomes.model;

import static java.math.BigDecimal.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.shared.model.UnprocessableException;

class AssessmentTest {

  private static Map<Scale, Measure> baseline(Measure... measures) {
    return Arrays.stream(measures)
        .collect(java.util.stream.Collectors.toMap(Measure::scale, m -> m));
  }

  private static Measure odi(int sum) {
    // ten sections; the sum spread over them, each at most 5
    Integer[] items = new Integer[10];
    for (int i = 0; i < 10; i++) {
      items[i] = Math.min(5, Math.max(0, sum - 5 * i));
    }
    return Measure.of(Scale.ODI, null, Arrays.asList(items));
  }

  @Test
  void computesReliefAgainstTheBaselineOnTheSameScale() {
    Assessment nrs = Assessment.of(Measure.nrs(3), baseline(Measure.nrs(8)));

    assertThat(nrs.change()).isEqualByComparingTo("5");
    assertThat(nrs.percentChange()).isEqualByComparingTo("62.5");
    assertThat(nrs.meaningful()).isTrue();
  }

  @Test
  void exactlyThirtyPercentOnTheNrsIsMeaningful() {
    // 10 -> 7: three points anyway; 5 -> 4 is 20 % and 1 point; 3 -> 2 is 33 %
    assertThat(Assessment.of(Measure.nrs(7), baseline(Measure.nrs(10))).percentChange())
        .isEqualByComparingTo("30");
    assertThat(Assessment.of(Measure.nrs(4), baseline(Measure.nrs(5))).meaningful()).isFalse();
    assertThat(Assessment.of(Measure.nrs(2), baseline(Measure.nrs(3))).meaningful()).isTrue();
  }

  @Test
  void exactlyTwoNrsPointsIsMeaningfulBelowThirtyPercent() {
    // 9 -> 7 is 22 % but two points; 9 -> 8 is one point and 11 %
    assertThat(Assessment.of(Measure.nrs(7), baseline(Measure.nrs(9))).meaningful()).isTrue();
    assertThat(Assessment.of(Measure.nrs(8), baseline(Measure.nrs(9))).meaningful()).isFalse();
  }

  @Test
  void exactlyTenOswestryPointsIsMeaningfulAndEightIsNot() {
    // sums 25 -> 20 -> 50 % to 40 %; 25 -> 21 -> 50 % to 42 %
    assertThat(Assessment.of(odi(20), baseline(odi(25))).change()).isEqualByComparingTo("10");
    assertThat(Assessment.of(odi(20), baseline(odi(25))).meaningful()).isTrue();
    assertThat(Assessment.of(odi(21), baseline(odi(25))).meaningful()).isFalse();
  }

  @Test
  void exactlyFiveNeckDisabilityPointsIsMeaningful() {
    Measure before = Measure.of(Scale.NDI, null, Arrays.asList(3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
    Measure five = Measure.of(Scale.NDI, null, Arrays.asList(2, 2, 2, 2, 2, 3, 3, 3, 3, 3));
    Measure four = Measure.of(Scale.NDI, null, Arrays.asList(2, 2, 2, 2, 3, 3, 3, 3, 3, 3));

    assertThat(Assessment.of(five, baseline(before)).meaningful()).isTrue();
    assertThat(Assessment.of(four, baseline(before)).meaningful()).isFalse();
  }

  @Test
  void refusesAScaleTheBaselineWasNotScoredOn() {
    assertThatThrownBy(() -> Assessment.of(odi(10), baseline(Measure.nrs(8))))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("ODI cannot be compared")
        .hasMessageContaining("[NRS]");
  }

  @Test
  void relativeScalesNeedNoBaseline() {
    Assessment pgic = Assessment.of(Measure.of(Scale.PGIC, valueOf(2), null), Map.of());
    Assessment minimally = Assessment.of(Measure.of(Scale.PGIC, valueOf(3), null), Map.of());
    Assessment half = Assessment.of(Measure.of(Scale.PERCENT_RELIEF, valueOf(50), null), Map.of());

    assertThat(pgic.meaningful()).isTrue();
    assertThat(minimally.meaningful()).isFalse();
    assertThat(half.meaningful()).isTrue();
    assertThat(half.baseline()).isNull();
  }

  @Test
  void givesNoVerdictWhereTheScaleHasNoThreshold() {
    Measure peg = Measure.of(Scale.PEG, null, Arrays.asList(3, 3, 3));
    Measure before = Measure.of(Scale.PEG, null, Arrays.asList(8, 8, 8));

    assertThat(Assessment.of(peg, baseline(before)).meaningful()).isNull();
    assertThat(Assessment.of(peg, baseline(before)).change()).isEqualByComparingTo("5");
  }

  @Test
  void reliefFromNoPainAtBaselineIsUndefined() {
    assertThat(Relief.percent(valueOf(0), valueOf(0))).isNull();
    assertThat(Relief.percent(valueOf(4), valueOf(6))).isEqualByComparingTo("-50");
  }
}
