package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.ChecklistFixtures.procedure;

import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.outcomes.model.Scale;

class CheckInChecklistTest {

  @Test
  void aLocalAnaestheticProcedureNeedsTheFiveBasicItems() {
    assertThat(CheckInChecklist.required(procedure().facts()))
        .containsExactlyInAnyOrder(
            ChecklistItem.CONSENT_SIGNED,
            ChecklistItem.BASELINE_PAIN_SCORE,
            ChecklistItem.CONTRAST_ALLERGY_CHECKED,
            ChecklistItem.PREGNANCY_CHECKED,
            ChecklistItem.ACTIVE_INFECTION);
  }

  @Test
  void sedationAddsDriverAndFastingAHoldItsConfirmationADiabeticOnSteroidTheGlucose() {
    assertThat(CheckInChecklist.required(procedure().sedated().holdNeeded().diabetic().facts()))
        .contains(
            ChecklistItem.DRIVER_PRESENT,
            ChecklistItem.LAST_SOLID_FOOD,
            ChecklistItem.LAST_CLEAR_LIQUIDS,
            ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED,
            ChecklistItem.BLOOD_GLUCOSE);
  }

  @Test
  void warfarinAddsTheInrWhereALimitAppliesToTheProcedureBleedingRisk() {
    assertThat(CheckInChecklist.required(procedure().onWarfarin().facts()))
        .contains(ChecklistItem.INR);
    assertThat(CheckInChecklist.required(procedure().onWarfarin().risk(BleedingRisk.HIGH).facts()))
        .contains(ChecklistItem.INR);
    assertThat(CheckInChecklist.required(procedure().onWarfarin().risk(BleedingRisk.LOW).facts()))
        .doesNotContain(ChecklistItem.INR);
    assertThat(CheckInChecklist.required(procedure().facts())).doesNotContain(ChecklistItem.INR);
  }

  @Test
  void withoutADiabetesOrASteroidNoGlucoseIsNeeded() {
    assertThat(CheckInChecklist.required(procedure().facts()))
        .doesNotContain(ChecklistItem.BLOOD_GLUCOSE);
    assertThat(CheckInChecklist.required(procedure().diabetic().withoutSteroid().facts()))
        .doesNotContain(ChecklistItem.BLOOD_GLUCOSE);
  }

  @Test
  void listsEveryItemNotYetRecordedAsABlock() {
    var facts =
        procedure()
            .holdNeeded()
            .allRecordedWithinLimits()
            .without(ChecklistItem.CONSENT_SIGNED)
            .without(ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED)
            .facts();

    var found = CheckInChecklist.unmet(facts);

    assertThat(found)
        .extracting(f -> f.facts().get("item"))
        .containsExactlyInAnyOrder("CONSENT_SIGNED", "ANTITHROMBOTIC_HOLD_CONFIRMED");
    assertThat(found).allMatch(f -> f.severity() == Severity.BLOCK);
  }

  @Test
  void opensWhenEveryRequiredItemIsRecordedWithinItsLimits() {
    var facts =
        procedure().sedated().holdNeeded().diabetic().onWarfarin().allRecordedWithinLimits();

    assertThat(CheckInChecklist.unmet(facts.facts())).isEmpty();
  }

  @Test
  void contrastForAnAllergicPatientAndFluoroscopyInPregnancyAreRefusedEvenWithTheListComplete() {
    var allergic = procedure().allergicToContrast().allRecordedWithinLimits().facts();
    var pregnant = procedure().pregnant().allRecordedWithinLimits().facts();
    var pregnantUltrasound =
        procedure().pregnant().withoutContrastOrFluoroscopy().allRecordedWithinLimits().facts();

    assertThat(CheckInChecklist.unmet(allergic)).hasSize(1);
    assertThat(CheckInChecklist.unmet(pregnant)).hasSize(1);
    assertThat(CheckInChecklist.unmet(pregnantUltrasound)).isEmpty();
  }

  @Test
  void theBaselineIsTakenOnNrsAndOnOdiOrNdiWhereTheFollowUpsMeasureThem() {
    assertThat(CheckInChecklist.baselineScales(procedure().facts())).containsExactly(Scale.NRS);
    assertThat(
            CheckInChecklist.baselineScales(
                procedure().followedOn(Scale.NRS, Scale.ODI, Scale.PEG).facts()))
        .containsExactlyInAnyOrder(Scale.NRS, Scale.ODI);
    assertThat(
            CheckInChecklist.baselineScales(procedure().followedOn(Scale.NRS, Scale.NDI).facts()))
        .containsExactlyInAnyOrder(Scale.NRS, Scale.NDI);
  }

  @Test
  void showsTheLimitsOfTheItemsTheProcedureCallsForAtItsBleedingRisk() {
    var limits =
        CheckInChecklist.limits(
            procedure().sedated().onWarfarin().risk(BleedingRisk.HIGH).diabetic().facts());

    assertThat(limits)
        .extracting(ChecklistLimit::describe)
        .containsExactlyInAnyOrder(
            "at most 1.4",
            "at most 200 mg/dL",
            "at least 2 h before the start",
            "at least 6 h before the start",
            "at least 8 h before the start");
    assertThat(CheckInChecklist.limits(procedure().facts())).isEmpty();
  }
}
