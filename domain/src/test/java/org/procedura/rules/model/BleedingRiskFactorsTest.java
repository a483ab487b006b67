package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BleedingRiskFactorsTest {
  private final BleedingRiskFactors factors = new BleedingRiskFactors(65, Set.of("N18", "K74"));

  @Test
  void ageCountsFromTheThresholdItself() {
    assertThat(factors.apply(64, Set.of())).isFalse();
    assertThat(factors.apply(65, Set.of())).isTrue();
    assertThat(factors.apply(null, Set.of())).isFalse();
  }

  @Test
  void aDiagnosisCountsByItsCodePrefix() {
    assertThat(factors.apply(40, Set.of("N18.3"))).isTrue();
    assertThat(factors.apply(40, Set.of("K74.60"))).isTrue();
    assertThat(factors.apply(40, Set.of("N17.9", "M54.16"))).isFalse();
  }

  @Test
  void noFactorsRaiseNothing() {
    assertThat(BleedingRiskFactors.NONE.apply(99, Set.of("N18.6"))).isFalse();
  }
}
