package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpinalRegionTest {

  @ParameterizedTest
  @CsvSource({
    "CERVICAL, C2-C3, C7-T1, 6",
    "THORACIC, T1-T2, T12-L1, 12",
    "LUMBAR, L1-L2, L5-S1, 5",
    "SACRAL, S1-S2, S4-S5, 4"
  })
  void listsTheSegmentsOfARegionFromItsFirstToTheOneIntoTheNextRegion(
      SpinalRegion region, String first, String last, int count) {
    assertThat(region.segments()).hasSize(count).startsWith(first).endsWith(last);
  }

  @ParameterizedTest
  @CsvSource({"CERVICAL, C1, C7", "THORACIC, T1, T12", "LUMBAR, L1, L5", "SACRAL, S1, S5"})
  void listsTheVertebraeOfARegion(SpinalRegion region, String first, String last) {
    assertThat(region.vertebrae()).startsWith(first).endsWith(last);
    assertThat(region.levels(LevelForm.VERTEBRA)).isEqualTo(region.vertebrae());
    assertThat(region.levels(LevelForm.SEGMENT)).isEqualTo(region.segments());
  }

  @ParameterizedTest
  @CsvSource({
    "C1-C2, CERVICAL",
    "C7-T1, CERVICAL",
    "T12-L1, THORACIC",
    "L5-S1, LUMBAR",
    "S1, SACRAL",
    "L4, LUMBAR"
  })
  void aLevelBelongsToTheRegionOfItsUpperVertebra(String level, SpinalRegion region) {
    assertThat(SpinalRegion.of(level)).contains(region);
    assertThat(region.owns(level)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"L6", "C8", "T13", "S6", "L4-L6", "L5-L4", "L3-L5", "L4-L5-S1", "L4-"})
  void knowsNoRegionOfWhatIsNotAVertebraOrASegmentOfAdjacentOnes(String level) {
    assertThat(SpinalRegion.of(level)).isEmpty();
  }
}
