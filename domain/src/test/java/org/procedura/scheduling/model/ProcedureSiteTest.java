package org.procedura.scheduling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.catalog.model.Anatomies;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.LevelForm;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;

class ProcedureSiteTest {
  private static final ProcedureType ESI_TF_LUMB =
      type("ESI_TF_LUMB", Anatomies.TRANSFORAMINAL_LUMBAR);
  private static final ProcedureType ESI_TF_CERV =
      type("ESI_TF_CERV", Anatomies.TRANSFORAMINAL_CERVICAL);
  private static final ProcedureType ESI_IL_LUMB =
      type("ESI_IL_LUMB", Anatomies.INTERLAMINAR_LUMBAR);
  private static final ProcedureType ESI_IL_CERV =
      type("ESI_IL_CERV", Anatomies.INTERLAMINAR_CERVICAL);
  private static final ProcedureType MBB_LUMB = type("MBB_LUMB", Anatomies.FACET_LUMBAR);
  private static final ProcedureType KYPHOPLASTY =
      type("KYPHOPLASTY", Anatomies.VERTEBRAL_AUGMENTATION);
  private static final ProcedureType SCS_TRIAL =
      type("SCS_TRIAL", Anatomies.SPINAL_CORD_STIMULATOR);
  private static final ProcedureType SGB = type("SGB", Anatomies.ONE_SIDE);
  private static final ProcedureType TPI = type("TPI", Anatomies.SIDE_IF_NAMED);
  private static final ProcedureType IT_PUMP = type("IT_PUMP", Anatomies.NO_SITE);

  private static ProcedureType type(String code, AnatomyDetails anatomy) {
    return ProcedureType.define(
        new ProcedureTypeCode(code), aDefinition().anatomy(anatomy).build());
  }

  private static ProcedureSite site(SpinalRegion region, Laterality side, String... levels) {
    return new ProcedureSite(region, List.of(levels), side);
  }

  private static void assertFits(ProcedureSite site, ProcedureType type) {
    assertThatCode(() -> site.requireFits(type)).doesNotThrowAnyException();
  }

  // the site itself: levels that exist, in the region named

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
    "LUMBAR, C5-C6, 'C5-C6 is cervical, not lumbar'",
    "LUMBAR, T12-L1, 'T12-L1 is thoracic, not lumbar'",
    "LUMBAR, S1, 'S1 is sacral, not lumbar'",
    "CERVICAL, L4, 'L4 is lumbar, not cervical'",
    "THORACIC, C7-T1, 'C7-T1 is cervical, not thoracic'",
    "SACRAL, L5-S1, 'L5-S1 is lumbar, not sacral'"
  })
  void refusesALevelOfAnotherRegion(SpinalRegion region, String level, String message) {
    assertInvalid("site.levels", message, () -> site(region, null, level));
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
    assertInvalid(
        "site.levels",
        level + " is not a vertebra or a segment of two adjacent vertebrae",
        () -> site(region, null, level));
  }

  @Test
  void refusesLevelsWithoutARegion() {
    assertInvalid("site.levels", () -> site(null, Laterality.LEFT, "L4"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"L44-", "X1", "L", "L123", "l4", "L4-", "L4 L5", "L4-L5-S1", " L4", ""})
  void refusesALevelOfTheWrongShape(String level) {
    assertInvalid("site.levels", () -> site(SpinalRegion.LUMBAR, null, level));
  }

  @Test
  void refusesALevelNamedTwice() {
    assertInvalid("site.levels", () -> site(SpinalRegion.LUMBAR, null, "L4-L5", "L5-S1", "L4-L5"));
  }

  @Test
  void refusesAnEmptyLevelEntry() {
    List<String> withNull = new ArrayList<>(Arrays.asList("L4", null));

    assertInvalid("site.levels", () -> new ProcedureSite(SpinalRegion.LUMBAR, withNull, null));
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

  // the region: one the procedure type is done in

  @Test
  void aLumbarProcedureIsRefusedAtACervicalSegment() {
    assertInvalid(
        "site.region",
        "ESI_TF_LUMB is done in the lumbar or sacral region; C5-C6 is cervical",
        () -> site(SpinalRegion.CERVICAL, Laterality.LEFT, "C5-C6").requireFits(ESI_TF_LUMB));
    assertInvalid(
        "site.region",
        "MBB_LUMB is done in the lumbar region; C5-C6, C6-C7 are cervical",
        () -> site(SpinalRegion.CERVICAL, Laterality.LEFT, "C5-C6", "C6-C7").requireFits(MBB_LUMB));
  }

  @Test
  void aCervicalThoracicProcedureIsDoneInBothOfItsRegionsOnly() {
    assertFits(site(SpinalRegion.CERVICAL, Laterality.RIGHT, "C5-C6"), ESI_TF_CERV);
    assertFits(site(SpinalRegion.THORACIC, Laterality.RIGHT, "T12-L1"), ESI_TF_CERV);
    assertInvalid(
        "site.region",
        () -> site(SpinalRegion.LUMBAR, Laterality.RIGHT, "L4-L5").requireFits(ESI_TF_CERV));
  }

  @Test
  void aRegionWithoutLevelsIsNamedAsARegion() {
    assertFits(site(SpinalRegion.THORACIC, null), SCS_TRIAL);
    assertInvalid(
        "site.region",
        "SCS_TRIAL is done in the cervical or thoracic region; not the lumbar",
        () -> site(SpinalRegion.LUMBAR, null).requireFits(SCS_TRIAL));
  }

  @Test
  void refusesASiteWithoutTheRegionItNeeds() {
    assertInvalid(
        "site.region",
        "ESI_TF_LUMB needs a spinal region: the lumbar or sacral region",
        () -> ProcedureSite.NONE.requireFits(ESI_TF_LUMB));
  }

  @Test
  void refusesARegionForAProcedureOutsideTheSpine() {
    assertInvalid("site.region", () -> site(SpinalRegion.LUMBAR, Laterality.LEFT).requireFits(SGB));
  }

  // the levels: of the form, the region's segments and the number the procedure is done at

  @Test
  void aCervicalSegmentStartsAtC2C3() {
    assertFits(site(SpinalRegion.CERVICAL, null, "C2-C3"), ESI_IL_CERV);
    assertInvalid(
        "site.levels",
        "C1-C2 is not a cervical segment ESI_IL_CERV is done at: they run from C2-C3 to C7-T1",
        () -> site(SpinalRegion.CERVICAL, null, "C1-C2").requireFits(ESI_IL_CERV));
  }

  @Test
  void theSegmentIntoTheNextRegionBelongsToTheUpperOne() {
    assertFits(site(SpinalRegion.CERVICAL, null, "C7-T1"), ESI_IL_CERV);
    assertFits(site(SpinalRegion.THORACIC, null, "T12-L1"), ESI_IL_CERV);
    assertFits(site(SpinalRegion.LUMBAR, null, "L5-S1"), ESI_IL_LUMB);
    assertFits(site(SpinalRegion.LUMBAR, Laterality.LEFT, "L5-S1"), MBB_LUMB);
  }

  @Test
  void aSacralForamenIsNamedByItsSegment() {
    assertFits(site(SpinalRegion.SACRAL, Laterality.LEFT, "S1-S2"), ESI_TF_LUMB);
    assertInvalid(
        "site.levels",
        () -> site(SpinalRegion.SACRAL, Laterality.LEFT, "S1").requireFits(ESI_TF_LUMB));
  }

  @Test
  void anInjectionAtAVertebraInsteadOfASegmentIsRefused() {
    assertInvalid(
        "site.levels",
        "ESI_TF_LUMB names segments, such as L4-L5; L5 is a vertebra",
        () -> site(SpinalRegion.LUMBAR, Laterality.LEFT, "L5").requireFits(ESI_TF_LUMB));
    assertInvalid(
        "site.levels",
        () -> site(SpinalRegion.LUMBAR, null, "L4-L5", "L5").requireFits(ESI_IL_LUMB));
  }

  @Test
  void vertebralAugmentationNamesTheFracturedVertebraFromT1ToL5() {
    assertFits(site(SpinalRegion.THORACIC, null, "T1"), KYPHOPLASTY);
    assertFits(site(SpinalRegion.LUMBAR, null, "L5"), KYPHOPLASTY);
    assertInvalid(
        "site.levels",
        "KYPHOPLASTY names vertebrae, such as L1; L1-L2 is a segment",
        () -> site(SpinalRegion.LUMBAR, null, "L1-L2").requireFits(KYPHOPLASTY));
    assertInvalid(
        "site.region", () -> site(SpinalRegion.CERVICAL, null, "C7").requireFits(KYPHOPLASTY));
    assertInvalid(
        "site.region", () -> site(SpinalRegion.SACRAL, null, "S1").requireFits(KYPHOPLASTY));
  }

  @Test
  void takesAsManyLevelsAsTheProcedureIsDoneAtAndNotOneMore() {
    ProcedureSite four =
        site(SpinalRegion.LUMBAR, Laterality.LEFT, "L1-L2", "L2-L3", "L3-L4", "L4-L5");
    ProcedureSite five =
        site(SpinalRegion.LUMBAR, Laterality.LEFT, "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");

    assertFits(four, ESI_TF_LUMB);
    assertInvalid(
        "site.levels",
        "ESI_TF_LUMB is done at 1 to 4 levels per session, named as segments, such as L4-L5;"
            + " 5 are named",
        () -> five.requireFits(ESI_TF_LUMB));
  }

  @Test
  void anInterlaminarInjectionTakesTwoLevelsAtMost() {
    assertFits(site(SpinalRegion.LUMBAR, null, "L4-L5", "L5-S1"), ESI_IL_LUMB);
    assertInvalid(
        "site.levels",
        () -> site(SpinalRegion.LUMBAR, null, "L3-L4", "L4-L5", "L5-S1").requireFits(ESI_IL_LUMB));
  }

  @Test
  void takesNoFewerLevelsThanTheProcedureNeeds() {
    ProcedureType twoAtLeast =
        type(
            "RFA_BIPOLAR",
            new AnatomyDetails(Set.of(SpinalRegion.LUMBAR), LevelForm.SEGMENT, 2, 3, true, true));

    assertInvalid(
        "site.levels",
        "ESI_TF_LUMB is done at 1 to 4 levels per session, named as segments, such as L4-L5;"
            + " none is named",
        () -> site(SpinalRegion.LUMBAR, Laterality.LEFT).requireFits(ESI_TF_LUMB));
    assertInvalid(
        "site.levels",
        () -> site(SpinalRegion.LUMBAR, Laterality.LEFT, "L4-L5").requireFits(twoAtLeast));
    assertFits(site(SpinalRegion.LUMBAR, Laterality.LEFT, "L4-L5", "L5-S1"), twoAtLeast);
  }

  @Test
  void refusesLevelsForAProcedureWithoutThem() {
    assertInvalid(
        "site.levels", () -> site(SpinalRegion.THORACIC, null, "T8").requireFits(SCS_TRIAL));
  }

  // the side: needed, allowed or not done on one

  @Test
  void refusesASideOnAnInterlaminarInjection() {
    assertInvalid(
        "site.laterality",
        "ESI_IL_LUMB is not done on a side; leave the laterality out",
        () -> site(SpinalRegion.LUMBAR, Laterality.LEFT, "L4-L5").requireFits(ESI_IL_LUMB));
    assertInvalid(
        "site.laterality",
        () -> site(SpinalRegion.LUMBAR, Laterality.BILATERAL, "L4-L5").requireFits(ESI_IL_LUMB));
    assertFits(site(SpinalRegion.LUMBAR, null, "L4-L5"), ESI_IL_LUMB);
  }

  @Test
  void refusesASiteWithoutTheSideItNeeds() {
    assertInvalid(
        "site.laterality",
        "ESI_TF_LUMB needs a side",
        () -> site(SpinalRegion.LUMBAR, null, "L4-L5").requireFits(ESI_TF_LUMB));
    assertInvalid("site.laterality", () -> ProcedureSite.NONE.requireFits(SGB));
    assertFits(site(null, Laterality.RIGHT), SGB);
  }

  @Test
  void aSideMayBeNamedWhereItIsAllowedButNotNeeded() {
    assertFits(ProcedureSite.NONE, TPI);
    assertFits(site(null, Laterality.BILATERAL), TPI);
    assertInvalid("site.laterality", () -> site(null, Laterality.LEFT).requireFits(IT_PUMP));
    assertFits(ProcedureSite.NONE, IT_PUMP);
  }

  @Test
  void aCompleteSiteFitsAProcedureNeedingEverything() {
    assertFits(site(SpinalRegion.LUMBAR, Laterality.BILATERAL, "L3-L4", "L4-L5"), ESI_TF_LUMB);
  }

  @Test
  void saysItsLevelsAndSideAsStaffDo() {
    assertThat(
            new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5", "L5-S1"), Laterality.LEFT)
                .inWords())
        .isEqualTo("L4-L5, L5-S1 left");
    assertThat(new ProcedureSite(SpinalRegion.LUMBAR, List.of(), Laterality.BILATERAL).inWords())
        .isEqualTo("lumbar bilateral");
    assertThat(new ProcedureSite(null, List.of(), Laterality.RIGHT).inWords()).isEqualTo("right");
    assertThat(ProcedureSite.NONE.inWords()).isEmpty();
  }
}
