package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MedicationTest {

  @Test
  void keepsNameClassAndTheDayLastConfirmed() {
    Medication medication =
        new Medication(" Eliquis 5 mg ", AntithromboticClass.APIXABAN, TODAY.minusDays(1));

    assertThat(medication.name()).isEqualTo("Eliquis 5 mg");
    assertThat(medication.antithromboticClass()).isEqualTo(AntithromboticClass.APIXABAN);
    assertThat(medication.lastConfirmedOn()).isEqualTo(TODAY.minusDays(1));
  }

  @Test
  void needsNameClassAndConfirmationDay() {
    assertInvalid(
        "name", () -> new Medication(" ", AntithromboticClass.WARFARIN, TODAY.minusDays(1)));
    assertInvalid("antithromboticClass", () -> new Medication("Gabapentin", null, TODAY));
    assertInvalid(
        "lastConfirmedOn",
        () -> new Medication("Gabapentin", AntithromboticClass.NOT_ANTITHROMBOTIC, null));
    assertInvalid(
        "name",
        () -> new Medication("n".repeat(101), AntithromboticClass.NOT_ANTITHROMBOTIC, TODAY));
  }

  @Test
  void cannotHaveBeenConfirmedInTheFuture() {
    Medication tomorrow =
        new Medication("Warfarin", AntithromboticClass.WARFARIN, TODAY.plusDays(1));
    Medication today = new Medication("Warfarin", AntithromboticClass.WARFARIN, TODAY);

    assertInvalid("lastConfirmedOn", () -> tomorrow.checkOn(TODAY));
    assertThatCode(() -> today.checkOn(TODAY)).doesNotThrowAnyException();
  }

  @Test
  void cannotEndBeforeItWasLastConfirmed() {
    Medication medication = new Medication("Warfarin", AntithromboticClass.WARFARIN, TODAY);

    assertThat(medication.startedOn()).isEqualTo(TODAY);
  }

  @Test
  void hasAClassForEveryDrugOfTheHoldTableAndOneForAllOthers() {
    assertThat(Arrays.stream(AntithromboticClass.values()).map(Enum::name))
        .containsExactly(
            "ASPIRIN_PRIMARY_PREVENTION",
            "ASPIRIN_SECONDARY_PREVENTION",
            "NSAID_IBUPROFEN",
            "NSAID_DICLOFENAC",
            "NSAID_KETOROLAC",
            "NSAID_NAPROXEN",
            "NSAID_MELOXICAM",
            "NSAID_PIROXICAM",
            "WARFARIN",
            "HEPARIN_UNFRACTIONATED",
            "ENOXAPARIN_PROPHYLACTIC",
            "ENOXAPARIN_THERAPEUTIC",
            "CLOPIDOGREL",
            "PRASUGREL",
            "TICAGRELOR",
            "APIXABAN",
            "RIVAROXABAN",
            "EDOXABAN",
            "DABIGATRAN",
            "NOT_ANTITHROMBOTIC");
  }
}
