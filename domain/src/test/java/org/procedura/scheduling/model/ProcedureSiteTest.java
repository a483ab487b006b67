package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.SpinalRegion;

class ProcedureSiteTest {
  private static final AnatomyDetails EVERYTHING = new AnatomyDetails(true, true, true);
  private static final AnatomyDetails REGION_ONLY = new AnatomyDetails(true, false, false);
  private static final AnatomyDetails REGION_AND_LEVELS = new AnatomyDetails(true, true, false);
  private static final AnatomyDetails SIDE_ONLY = new AnatomyDetails(false, false, true);
  private static final AnatomyDetails NOTHING = new AnatomyDetails(false, false, false);

  private static ProcedureSite site(SpinalRegion region, Laterality side, String... levels) {
    return new ProcedureSite(region, List.of(levels), side);
  }

  @ParameterizedTest
  @CsvSource({
    "LUMBAR, L4",
    "LUMBAR, L4-L5",
    "LUMBAR, L5-S1",
    "CERVICAL, C5-C6",
    "CERVICAL, C7",
    "THORACIC, T12",
    "SACRAL, S1",
    "CERVICAL, C1",
    "CERVICAL, C7-T1",
    "THORACIC, T12-L1",
    "LUMBAR, L1",
    "SACRAL, S5"
  })
  void acceptsALevelOfItsRegion(SpinalRegion region, String level) {
    assertThat(site(region, null, level).levels()).containsExactly(level);
  }

  @ParameterizedTest
  @CsvSource({
    "LUMBAR, C5-C6",
    "LUMBAR, T12",
    "LUMBAR, S1",
    "CERVICAL, L4",
    "THORACIC, C7",
    "SACRAL, L5-S1"
  })
  void refusesALevelOfAnotherRegion(SpinalRegion region, String level) {
    assertInvalid("levels", () -> site(region, null, level));
  }

  @ParameterizedTest
  @CsvSource({
    "LUMBAR, L4-T1",
    "LUMBAR, L5-S2",
    "LUMBAR, L4-C5",
    "CERVICAL, C5-L1",
    "LUMBAR, L5-L4",
    "LUMBAR, L4-L4",
    "LUMBAR, L3-L5",
    "LUMBAR, L6",
    "LUMBAR, L0",
    "CERVICAL, C8",
    "THORACIC, T13",
    "SACRAL, S6"
  })
  void refusesAVertebraThatDoesNotExistOrASegmentOfNonAdjacentOnes(
      SpinalRegion region, String level) {
    assertInvalid("levels", () -> site(region, null, level));
  }

  @Test
  void refusesLevelsWithoutARegion() {
    assertInvalid("levels", () -> site(null, Laterality.LEFT, "L4"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"L44-", "X1", "L", "L123", "l4", "L4-", "L4 L5", "L4-L5-S1", " L4", ""})
  void refusesALevelOfTheWrongShape(String level) {
    assertInvalid("levels", () -> site(SpinalRegion.LUMBAR, null, level));
  }

  @Test
  void refusesALevelNamedTwice() {
    assertInvalid("levels", () -> site(SpinalRegion.LUMBAR, null, "L4-L5", "L5-S1", "L4-L5"));
  }

  @Test
  void acceptsSeveralDifferentLevels() {
    assertThat(site(SpinalRegion.LUMBAR, Laterality.BILATERAL, "L3-L4", "L4-L5").levels())
        .containsExactly("L3-L4", "L4-L5");
  }

  @Test
  void refusesAnEmptyLevelEntry() {
    List<String> withNull = new ArrayList<>(Arrays.asList("L4", null));

    assertInvalid("levels", () -> new ProcedureSite(SpinalRegion.LUMBAR, withNull, null));
  }

  @Test
  void treatsMissingLevelsAsNone() {
    assertThat(new ProcedureSite(SpinalRegion.LUMBAR, null, null).levels()).isEmpty();
  }

  @Test
  void keepsItsOwnCopyOfTheLevels() {
    List<String> levels = new ArrayList<>(List.of("L4"));
    ProcedureSite site = new ProcedureSite(SpinalRegion.LUMBAR, levels, null);

    levels.add("L5");

    assertThat(site.levels()).containsExactly("L4");
  }

  @Test
  void noneNamesNothing() {
    assertThat(ProcedureSite.NONE.region()).isNull();
    assertThat(ProcedureSite.NONE.levels()).isEmpty();
    assertThat(ProcedureSite.NONE.laterality()).isNull();
  }

  @Test
  void aCompleteSiteFitsAProcedureNeedingEverything() {
    ProcedureSite site = site(SpinalRegion.LUMBAR, Laterality.RIGHT, "L4-L5");

    assertThatCode(() -> site.requireFits(EVERYTHING)).doesNotThrowAnyException();
  }

  @Test
  void refusesASiteWithoutTheRegionItNeeds() {
    assertInvalid("site.region", () -> site(null, Laterality.LEFT).requireFits(REGION_ONLY));
  }

  @Test
  void refusesARegionForAProcedureWithoutOne() {
    assertInvalid(
        "site.region", () -> site(SpinalRegion.LUMBAR, Laterality.LEFT).requireFits(SIDE_ONLY));
  }

  @Test
  void refusesASiteWithoutTheLevelsItNeeds() {
    assertInvalid(
        "site.levels", () -> site(SpinalRegion.LUMBAR, Laterality.LEFT).requireFits(EVERYTHING));
  }

  @Test
  void refusesLevelsForAProcedureWithoutThem() {
    assertInvalid(
        "site.levels", () -> site(SpinalRegion.LUMBAR, null, "L4").requireFits(REGION_ONLY));
  }

  @Test
  void refusesASiteWithoutTheSideItNeeds() {
    assertInvalid(
        "site.laterality", () -> site(SpinalRegion.LUMBAR, null, "L4-L5").requireFits(EVERYTHING));
    assertInvalid("site.laterality", () -> ProcedureSite.NONE.requireFits(SIDE_ONLY));
  }

  @Test
  void acceptsASideWhereNoneIsNeeded() {
    ProcedureSite site = site(SpinalRegion.LUMBAR, Laterality.LEFT, "L4-L5");

    assertThatCode(() -> site.requireFits(REGION_AND_LEVELS)).doesNotThrowAnyException();
  }

  @Test
  void anEmptySiteFitsAProcedureNeedingNothing() {
    assertThatCode(() -> ProcedureSite.NONE.requireFits(NOTHING)).doesNotThrowAnyException();
  }
}
