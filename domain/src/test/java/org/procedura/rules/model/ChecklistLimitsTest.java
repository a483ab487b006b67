package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.ChecklistFixtures.START;
import static org.procedura.rules.model.ChecklistFixtures.procedure;
import static org.procedura.rules.model.ChecklistFixtures.reading;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;

/** Each limit of the checklist at its boundary, on both sides, and the answers that stop it. */
class ChecklistLimitsTest {

  private static List<Finding> unmet(ChecklistFixtures procedure) {
    return CheckInChecklist.unmet(procedure.allRecordedWithinLimitsExceptThoseGiven().facts());
  }

  private static ChecklistFixtures sedated() {
    return procedure().sedated();
  }

  @Test
  void anInrOf1point4PassesBeforeAnIntermediateRiskProcedure() {
    assertThat(unmet(procedure().onWarfarin().recorded(ChecklistItem.INR, reading("1.4"))))
        .isEmpty();
  }

  @Test
  void anInrOf1point5IsABlockNamingTheValueAndTheLimit() {
    var found = unmet(procedure().onWarfarin().recorded(ChecklistItem.INR, reading("1.5")));

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).isEqualTo("INR 1.5 above the limit of 1.4");
              assertThat(f.facts()).containsEntry("item", "INR").containsEntry("value", "1.5");
              assertThat(f.resolution()).contains("at most 1.4");
            });
  }

  @Test
  void theInrLimitOfAHighRiskProcedureIsItsOwnRow() {
    assertThat(
            unmet(
                procedure()
                    .onWarfarin()
                    .risk(BleedingRisk.HIGH)
                    .recorded(ChecklistItem.INR, reading("1.41"))))
        .extracting(Finding::message)
        .containsExactly("INR 1.41 above the limit of 1.4");
    assertThat(
            unmet(
                procedure()
                    .onWarfarin()
                    .risk(BleedingRisk.LOW)
                    .recorded(ChecklistItem.INR, reading("1.9"))))
        .as("no INR limit before a low-risk procedure")
        .isEmpty();
  }

  @Test
  void aGlucoseOf200PassesAnd201IsABlock() {
    assertThat(unmet(procedure().diabetic().recorded(ChecklistItem.BLOOD_GLUCOSE, reading("200"))))
        .isEmpty();
    assertThat(unmet(procedure().diabetic().recorded(ChecklistItem.BLOOD_GLUCOSE, reading("201"))))
        .extracting(Finding::message)
        .containsExactly("blood glucose 201 mg/dL above the limit of 200 mg/dL");
  }

  @Test
  void clearLiquidsExactlyTwoHoursBeforeTheStartPassAndOneMinuteLessBlocks() {
    assertThat(unmet(sedated().recorded(ChecklistItem.LAST_CLEAR_LIQUIDS, liquids(120)))).isEmpty();
    assertThat(unmet(sedated().recorded(ChecklistItem.LAST_CLEAR_LIQUIDS, liquids(119))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo(
                      "clear liquids 1 h 59 min before the start, less than the limit of 2 h");
              assertThat(f.facts())
                  .containsEntry("earliestStart", START.plus(Duration.ofMinutes(1)).toString());
            });
  }

  @Test
  void aLightMealSixHoursBeforeTheStartPassesAndOneMinuteLessBlocks() {
    assertThat(unmet(sedated().recorded(ChecklistItem.LAST_SOLID_FOOD, meal(360, Meal.LIGHT))))
        .isEmpty();
    assertThat(unmet(sedated().recorded(ChecklistItem.LAST_SOLID_FOOD, meal(359, Meal.LIGHT))))
        .extracting(Finding::message)
        .containsExactly("a light meal 5 h 59 min before the start, less than the limit of 6 h");
  }

  @Test
  void aFattyMealEightHoursBeforeTheStartPassesAndOneMinuteLessBlocks() {
    assertThat(unmet(sedated().recorded(ChecklistItem.LAST_SOLID_FOOD, meal(480, Meal.FATTY))))
        .isEmpty();
    assertThat(unmet(sedated().recorded(ChecklistItem.LAST_SOLID_FOOD, meal(479, Meal.FATTY))))
        .extracting(Finding::message)
        .containsExactly("a fatty meal 7 h 59 min before the start, less than the limit of 8 h");
  }

  @Test
  void fastingIsNotAskedOfAProcedureUnderLocalAnaesthetic() {
    assertThat(unmet(procedure().recorded(ChecklistItem.LAST_SOLID_FOOD, meal(60, Meal.FATTY))))
        .isEmpty();
  }

  @Test
  void anActiveInfectionIsABlockToDeferAndNoneIsNot() {
    assertThat(
            unmet(
                procedure()
                    .recorded(ChecklistItem.ACTIVE_INFECTION, new ChecklistValue.Answer(true))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).isEqualTo("the patient has an active infection");
              assertThat(f.resolution()).startsWith("defer");
            });
    assertThat(
            unmet(
                procedure()
                    .recorded(ChecklistItem.ACTIVE_INFECTION, new ChecklistValue.Answer(false))))
        .isEmpty();
  }

  @Test
  void consentNotSignedAndNoDriverAfterSedationAreBlocks() {
    assertThat(
            unmet(
                sedated()
                    .recorded(ChecklistItem.CONSENT_SIGNED, new ChecklistValue.Answer(false))
                    .recorded(ChecklistItem.DRIVER_PRESENT, new ChecklistValue.Answer(false))))
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "consent is not signed",
            "no driver is present to take the patient home after sedation");
    assertThat(
            unmet(
                procedure()
                    .recorded(ChecklistItem.DRIVER_PRESENT, new ChecklistValue.Answer(false))))
        .as("no driver is needed without sedation")
        .isEmpty();
  }

  @Test
  void aBaselineWithoutTheOdiTheFollowUpsMeasureIsABlock() {
    var nrsOnly = new ChecklistValue.PainScores(List.of(Measure.nrs(6)));
    var withOdi =
        new ChecklistValue.PainScores(
            List.of(
                Measure.nrs(6),
                Measure.of(Scale.ODI, null, List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2))));

    assertThat(
            unmet(
                procedure()
                    .followedOn(Scale.NRS, Scale.ODI)
                    .recorded(ChecklistItem.BASELINE_PAIN_SCORE, nrsOnly)))
        .extracting(f -> f.facts().get("scale"))
        .containsExactly("ODI");
    assertThat(
            unmet(
                procedure()
                    .followedOn(Scale.NRS, Scale.ODI)
                    .recorded(ChecklistItem.BASELINE_PAIN_SCORE, withOdi)))
        .isEmpty();
  }

  private static ChecklistValue liquids(int minutesBeforeStart) {
    return new ChecklistValue.LastLiquids(START.minus(Duration.ofMinutes(minutesBeforeStart)));
  }

  private static ChecklistValue meal(int minutesBeforeStart, Meal meal) {
    return new ChecklistValue.LastMeal(START.minus(Duration.ofMinutes(minutesBeforeStart)), meal);
  }
}
