package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SedationTest {

  @Test
  void localAnaestheticAloneNeedsNoEscort() {
    assertThat(Sedation.LOCAL_ONLY.needsEscort()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Sedation.class, names = "LOCAL_ONLY", mode = EnumSource.Mode.EXCLUDE)
  void anySedationPastLocalNeedsAnEscort(Sedation sedation) {
    assertThat(sedation.needsEscort()).isTrue();
  }
}
