package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BleedingRiskTest {

  @ParameterizedTest(name = "{0} raised is {1}")
  @CsvSource({"LOW, INTERMEDIATE", "INTERMEDIATE, HIGH", "HIGH, HIGH"})
  void isRaisedByOneClassAndStopsAtHigh(BleedingRisk risk, BleedingRisk raised) {
    assertThat(risk.raised()).isEqualTo(raised);
  }
}
