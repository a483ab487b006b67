package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.Sedation;

class CheckInChecklistTest {
  private static final Instant NOW = Instant.parse("2027-06-15T12:30:00Z");

  private static CheckInFacts facts(
      Sedation sedation,
      boolean diabetic,
      boolean holdNeeded,
      Map<ChecklistItem, Instant> recorded) {
    return new CheckInFacts(
        sedation, true, true, true, false, diabetic, false, false, holdNeeded, recorded);
  }

  private static Map<ChecklistItem, Instant> all() {
    Map<ChecklistItem, Instant> recorded = new EnumMap<>(ChecklistItem.class);
    for (ChecklistItem item : ChecklistItem.values()) {
      recorded.put(item, NOW);
    }
    return recorded;
  }

  @Test
  void aLocalAnaestheticProcedureNeedsTheFiveBasicItems() {
    assertThat(CheckInChecklist.required(facts(Sedation.LOCAL_ONLY, false, false, Map.of())))
        .containsExactlyInAnyOrder(
            ChecklistItem.CONSENT_SIGNED,
            ChecklistItem.BASELINE_PAIN_SCORE,
            ChecklistItem.CONTRAST_ALLERGY_CHECKED,
            ChecklistItem.PREGNANCY_CHECKED,
            ChecklistItem.NO_ACTIVE_INFECTION);
  }

  @Test
  void sedationAddsDriverAndFastingAHoldAddsItsConfirmationADiabeticOnSteroidTheGlucose() {
    assertThat(CheckInChecklist.required(facts(Sedation.MODERATE, true, true, Map.of())))
        .contains(
            ChecklistItem.DRIVER_PRESENT,
            ChecklistItem.FASTING_CONFIRMED,
            ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED,
            ChecklistItem.GLUCOSE_CHECKED);
  }

  @Test
  void listsEveryItemNotYetRecordedAsABlock() {
    Map<ChecklistItem, Instant> recorded = all();
    recorded.remove(ChecklistItem.CONSENT_SIGNED);
    recorded.remove(ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED);

    var found = CheckInChecklist.unmet(facts(Sedation.LOCAL_ONLY, false, true, recorded));

    assertThat(found)
        .extracting(f -> f.facts().get("item"))
        .containsExactlyInAnyOrder("CONSENT_SIGNED", "ANTITHROMBOTIC_HOLD_CONFIRMED");
    assertThat(found).allMatch(f -> f.severity() == Severity.BLOCK);
  }

  @Test
  void opensWhenEveryRequiredItemIsRecorded() {
    assertThat(CheckInChecklist.unmet(facts(Sedation.MODERATE, true, true, all()))).isEmpty();
  }

  @Test
  void contrastForAnAllergicPatientAndFluoroscopyInPregnancyAreRefusedEvenWithTheListComplete() {
    var allergic =
        new CheckInFacts(
            Sedation.LOCAL_ONLY, true, true, true, false, false, true, false, false, all());
    var pregnant =
        new CheckInFacts(
            Sedation.LOCAL_ONLY, false, true, true, false, false, false, true, false, all());
    var pregnantUltrasound =
        new CheckInFacts(
            Sedation.LOCAL_ONLY, false, false, true, false, false, false, true, false, all());

    assertThat(CheckInChecklist.unmet(allergic)).hasSize(1);
    assertThat(CheckInChecklist.unmet(pregnant)).hasSize(1);
    assertThat(CheckInChecklist.unmet(pregnantUltrasound)).isEmpty();
  }

  @Test
  void withoutADiabetesOrASteroidNoGlucoseIsNeeded() {
    var notDiabetic = facts(Sedation.LOCAL_ONLY, false, false, Map.of());
    var noSteroid =
        new CheckInFacts(
            Sedation.LOCAL_ONLY, true, true, false, false, true, false, false, false, Map.of());

    assertThat(CheckInChecklist.required(notDiabetic))
        .doesNotContain(ChecklistItem.GLUCOSE_CHECKED);
    assertThat(CheckInChecklist.required(noSteroid)).doesNotContain(ChecklistItem.GLUCOSE_CHECKED);
    assertThat(EnumSet.allOf(ChecklistItem.class)).hasSize(9);
  }
}
