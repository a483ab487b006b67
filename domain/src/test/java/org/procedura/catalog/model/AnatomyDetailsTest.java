package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.SpinalRegion.CERVICAL;
import static org.procedura.catalog.model.SpinalRegion.LUMBAR;
import static org.procedura.catalog.model.SpinalRegion.SACRAL;
import static org.procedura.catalog.model.SpinalRegion.THORACIC;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnatomyDetailsTest {
  private static final Set<SpinalRegion> LUMBOSACRAL = Set.of(LUMBAR, SACRAL);

  @Test
  void refusesLevelsWithoutASpinalRegion() {
    assertInvalid(
        "levelForm", () -> new AnatomyDetails(Set.of(), LevelForm.SEGMENT, 1, 2, false, false));
  }

  @Test
  void refusesANumberOfLevelsWithoutTheirForm() {
    assertInvalid("levelForm", () -> new AnatomyDetails(LUMBOSACRAL, null, 0, 2, false, false));
    assertInvalid("levelForm", () -> new AnatomyDetails(LUMBOSACRAL, null, 1, 0, false, false));
  }

  @Test
  void aProcedureNamingLevelsIsDoneAtOneAtLeast() {
    assertInvalid(
        "minLevels", () -> new AnatomyDetails(LUMBOSACRAL, LevelForm.SEGMENT, 0, 2, true, true));
    assertThat(new AnatomyDetails(LUMBOSACRAL, LevelForm.SEGMENT, 1, 2, true, true).minLevels())
        .isEqualTo(1);
  }

  @Test
  void refusesFewerLevelsAtMostThanAtLeast() {
    assertInvalid(
        "maxLevels", () -> new AnatomyDetails(LUMBOSACRAL, LevelForm.SEGMENT, 3, 2, true, true));
    assertThat(new AnatomyDetails(LUMBOSACRAL, LevelForm.SEGMENT, 2, 2, true, true).maxLevels())
        .isEqualTo(2);
  }

  @Test
  void refusesMoreLevelsThanASessionCouldHold() {
    assertInvalid(
        "maxLevels",
        () ->
            new AnatomyDetails(
                LUMBOSACRAL, LevelForm.SEGMENT, 1, AnatomyDetails.MOST_LEVELS + 1, true, true));
    assertThat(
            new AnatomyDetails(
                    LUMBOSACRAL, LevelForm.SEGMENT, 1, AnatomyDetails.MOST_LEVELS, true, true)
                .maxLevels())
        .isEqualTo(AnatomyDetails.MOST_LEVELS);
  }

  @Test
  void refusesASideThatIsNeededButNotAllowed() {
    assertInvalid("lateralityAllowed", () -> new AnatomyDetails(Set.of(), null, 0, 0, true, false));
  }

  @Test
  void aSideMayBeAllowedWithoutBeingNeeded() {
    AnatomyDetails trigger = new AnatomyDetails(Set.of(), null, 0, 0, false, true);

    assertThat(trigger.lateralityAllowed()).isTrue();
    assertThat(trigger.lateralityRequired()).isFalse();
  }

  @Test
  void needsARegionAndLevelsExactlyWhenItHasThem() {
    assertThat(Anatomies.TRANSFORAMINAL_LUMBAR.spinalRegionRequired()).isTrue();
    assertThat(Anatomies.TRANSFORAMINAL_LUMBAR.levelsRequired()).isTrue();
    assertThat(Anatomies.SPINAL_CORD_STIMULATOR.spinalRegionRequired()).isTrue();
    assertThat(Anatomies.SPINAL_CORD_STIMULATOR.levelsRequired()).isFalse();
    assertThat(Anatomies.ONE_SIDE.spinalRegionRequired()).isFalse();
    assertThat(Anatomies.ONE_SIDE.levelsRequired()).isFalse();
  }

  @Test
  void treatsMissingRegionsAsNone() {
    assertThat(new AnatomyDetails(null, null, 0, 0, false, false).spinalRegions()).isEmpty();
  }

  @Test
  void refusesAnEmptyRegionEntry() {
    Set<SpinalRegion> withNull = new HashSet<>(Arrays.asList(LUMBAR, null));

    assertInvalid("spinalRegions", () -> new AnatomyDetails(withNull, null, 0, 0, false, false));
  }

  @Test
  void keepsTheRegionsTopToBottomAndNamesThemSo() {
    AnatomyDetails facet =
        new AnatomyDetails(Set.of(LUMBAR, CERVICAL, THORACIC), LevelForm.SEGMENT, 1, 4, true, true);

    assertThat(facet.spinalRegions()).containsExactly(CERVICAL, THORACIC, LUMBAR);
    assertThat(facet.regionsInWords()).isEqualTo("the cervical, thoracic or lumbar region");
    assertThat(Anatomies.TRANSFORAMINAL_LUMBAR.regionsInWords())
        .isEqualTo("the lumbar or sacral region");
    assertThat(Anatomies.FACET_LUMBAR.regionsInWords()).isEqualTo("the lumbar region");
  }
}
