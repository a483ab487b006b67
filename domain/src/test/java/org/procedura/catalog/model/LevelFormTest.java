package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelFormTest {

  @Test
  void tellsASegmentFromAVertebra() {
    assertThat(LevelForm.SEGMENT.names("L4-L5")).isTrue();
    assertThat(LevelForm.SEGMENT.names("L5")).isFalse();
    assertThat(LevelForm.VERTEBRA.names("L1")).isTrue();
    assertThat(LevelForm.VERTEBRA.names("L1-L2")).isFalse();
  }
}
