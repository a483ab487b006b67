package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;

class AnatomyDetailsTest {

  @Test
  void refusesLevelsWithoutASpinalRegion() {
    assertInvalid("anatomy.levelsRequired", () -> new AnatomyDetails(false, true, false));
  }

  @Test
  void refusesLevelsWithoutASpinalRegionEvenWithASide() {
    assertInvalid("anatomy.levelsRequired", () -> new AnatomyDetails(false, true, true));
  }

  @Test
  void acceptsLevelsWithinASpinalRegion() {
    assertThat(new AnatomyDetails(true, true, false).levelsRequired()).isTrue();
  }

  @Test
  void acceptsASpinalRegionWithoutLevels() {
    assertThat(new AnatomyDetails(true, false, false).spinalRegionRequired()).isTrue();
  }

  @Test
  void acceptsOnlyASide() {
    assertThat(new AnatomyDetails(false, false, true).lateralityRequired()).isTrue();
  }

  @Test
  void acceptsNoAnatomicalDetails() {
    AnatomyDetails none = new AnatomyDetails(false, false, false);

    assertThat(none.spinalRegionRequired()).isFalse();
    assertThat(none.levelsRequired()).isFalse();
    assertThat(none.lateralityRequired()).isFalse();
  }
}
