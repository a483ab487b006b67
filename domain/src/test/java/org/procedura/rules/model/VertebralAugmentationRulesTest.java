package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.rules.model.PatientFacts.DiagnosisOnset;
import org.procedura.rules.model.PatientFacts.PainScore;

/**
 * Vertebral augmentation: a fracture under 12 weeks old, T1 to L5, pain of NRS 5 or more, never in
 * pregnancy, and more than 3 levels only with a physician's acknowledgement.
 */
class VertebralAugmentationRulesTest {
  private static final RuleScope AUGMENTATION =
      RuleScope.of(ProcedureCategory.VERTEBRAL_AUGMENTATION);

  private final RecentDiagnosis recentFracture =
      new RecentDiagnosis(
          header("VA_FRACTURE_AGE"), Set.of("M80", "M48.5", "S22.0", "S32.0"), Period.ofWeeks(12));
  private final LevelsWithin thoracolumbar = new LevelsWithin(header("VA_LEVELS"), "T1", "L5");
  private final MinimumPainScore painOfFive = new MinimumPainScore(header("VA_PAIN_SCORE"), 5);
  private final NotInPregnancy notInPregnancy = new NotInPregnancy(header("VA_PREGNANCY"));
  private final LevelsPerSession upToThreeLevels =
      new LevelsPerSession(
          new RuleHeader("VA_LEVEL_COUNT", Severity.WARN, AUGMENTATION, "secondary"), 3, true);

  private static RuleHeader header(String id) {
    return new RuleHeader(id, Severity.BLOCK, AUGMENTATION, "secondary");
  }

  private static ProcedureFacts kyphoplasty(SpinalRegion region, String... levels) {
    return new ProcedureFacts(
        new ProcedureTypeCode("KYPHOPLASTY"),
        ProcedureCategory.VERTEBRAL_AUGMENTATION,
        ProcedurePurpose.THERAPEUTIC,
        region,
        List.of(levels),
        null,
        DAY,
        ImagingModality.FLUOROSCOPY,
        false,
        CareSetting.AMBULATORY_SURGERY_CENTER);
  }

  private static PatientFacts withFracture(String code, LocalDate onset) {
    return patient(false, List.of(new DiagnosisOnset(code, onset)), new PainScore(7, DAY));
  }

  private static PatientFacts patient(
      boolean pregnant, List<DiagnosisOnset> diagnoses, PainScore pain) {
    return new PatientFacts(
        DAY.minusWeeks(6),
        null,
        false,
        pregnant,
        Set.copyOf(diagnoses.stream().map(DiagnosisOnset::code).toList()),
        Set.of(),
        diagnoses,
        pain);
  }

  private final ProcedureFacts atT12 = kyphoplasty(SpinalRegion.THORACIC, "T12");

  @Test
  void aFractureTwelveWeeksOldIsRefusedOneElevenWeeksAndSixDaysOldAllowed() {
    assertThat(recentFracture.check(context(withFracture("M80.08XA", DAY.minusWeeks(12)), atT12)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.facts()).containsEntry("onset", DAY.minusWeeks(12).toString());
            });
    assertThat(
            recentFracture.check(
                context(withFracture("M80.08XA", DAY.minusWeeks(12).plusDays(1)), atT12)))
        .isEmpty();
  }

  @Test
  void everyFracturePrefixCountsAndTheMostRecentFractureDecides() {
    for (String code : List.of("M80.08XA", "M48.50XA", "S22.000A", "S32.010A")) {
      assertThat(recentFracture.check(context(withFracture(code, DAY.minusWeeks(2)), atT12)))
          .as(code)
          .isEmpty();
    }
    var oldAndNew =
        patient(
            false,
            List.of(
                new DiagnosisOnset("M80.08XA", DAY.minusYears(2)),
                new DiagnosisOnset("S22.000A", DAY.minusWeeks(3))),
            new PainScore(7, DAY));
    assertThat(recentFracture.check(context(oldAndNew, atT12))).isEmpty();
  }

  @Test
  void withoutAFractureDiagnosisOrItsOnsetTheProcedureIsRefused() {
    var backPainOnly =
        patient(false, List.of(new DiagnosisOnset("M54.5", DAY.minusWeeks(2))), null);
    var onsetUnknown = withFracture("M80.08XA", null);

    assertThat(recentFracture.check(context(backPainOnly, atT12)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no diagnosis"));
    assertThat(recentFracture.check(context(onsetUnknown, atT12)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("onset"));
  }

  @Test
  void levelsFromT1ToL5AreCoveredC7AndS1AreNot() {
    var fine = withFracture("M80.08XA", DAY.minusWeeks(2));

    assertThat(thoracolumbar.check(context(fine, kyphoplasty(SpinalRegion.THORACIC, "T1"))))
        .isEmpty();
    assertThat(thoracolumbar.check(context(fine, kyphoplasty(SpinalRegion.LUMBAR, "L5"))))
        .isEmpty();
    assertThat(thoracolumbar.check(context(fine, kyphoplasty(SpinalRegion.CERVICAL, "C7"))))
        .singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("levels", "C7"));
    assertThat(thoracolumbar.check(context(fine, kyphoplasty(SpinalRegion.SACRAL, "S1"))))
        .hasSize(1);
    assertThat(thoracolumbar.check(context(fine, kyphoplasty(SpinalRegion.LUMBAR, "L5-S1"))))
        .as("a segment reaching S1")
        .hasSize(1);
    assertThat(thoracolumbar.check(context(fine, kyphoplasty(SpinalRegion.THORACIC, "T12-L1"))))
        .isEmpty();
  }

  @Test
  void aLevelRangeRunsFromAVertebraDownToAnother() {
    assertInvalid("from", () -> new LevelsWithin(header("X"), "L5", "T1"));
    assertInvalid("from", () -> new LevelsWithin(header("X"), "T13", "L5"));
  }

  @Test
  void painOfNrsFiveIsCoveredFourIsNotAndNoScoreAsksForOne() {
    var diagnosis = List.of(new DiagnosisOnset("M80.08XA", DAY.minusWeeks(2)));

    assertThat(painOfFive.check(context(patient(false, diagnosis, new PainScore(5, DAY)), atT12)))
        .isEmpty();
    assertThat(painOfFive.check(context(patient(false, diagnosis, new PainScore(4, DAY)), atT12)))
        .singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("nrs", "4"));
    assertThat(painOfFive.check(context(patient(false, diagnosis, null), atT12)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("no pain score");
              assertThat(f.resolution()).contains("record");
            });
  }

  @Test
  void aPregnancyExcludesIt() {
    var diagnosis = List.of(new DiagnosisOnset("M80.08XA", DAY.minusWeeks(2)));

    assertThat(notInPregnancy.check(context(patient(true, diagnosis, null), atT12)))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
    assertThat(notInPregnancy.check(context(patient(false, diagnosis, null), atT12))).isEmpty();
  }

  @Test
  void threeLevelsNeedNothingFourAWarning() {
    var fine = withFracture("M80.08XA", DAY.minusWeeks(2));

    assertThat(
            upToThreeLevels.check(
                context(fine, kyphoplasty(SpinalRegion.THORACIC, "T10", "T11", "T12"))))
        .isEmpty();
    assertThat(
            upToThreeLevels.check(
                context(fine, kyphoplasty(SpinalRegion.THORACIC, "T9", "T10", "T11", "T12"))))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
  }

  @Test
  void aPatientWithoutAPainScoreOnRecordHasTheDiagnosesOnsetsUnknown() {
    var facts = new PatientFacts(DAY, 4, false, false, Set.of("M80.08XA"), Set.of());

    assertThat(facts.lastPainScore()).isNull();
    assertThat(facts.diagnosisOnsets()).containsExactly(new DiagnosisOnset("M80.08XA", null));
    assertInvalid("nrs", () -> new PainScore(11, DAY));
  }
}
