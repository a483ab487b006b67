package org.procedura.referral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.referral.model.ReferralFixtures.VALID_NPI;
import static org.procedura.referral.model.ReferralFixtures.aReferral;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.Icd10Code;
import org.procedura.shared.model.Npi;

class ReferralDetailsTest {

  @Test
  void needsProviderReceiptDayReasonAndUrgency() {
    assertInvalid("referringProvider", () -> aReferral().provider(null).build());
    assertInvalid("receivedOn", () -> aReferral().receivedOn(null).build());
    assertInvalid("reason", () -> aReferral().reason(" ").build());
    assertInvalid("reason", () -> aReferral().reason("r".repeat(501)).build());
    assertInvalid("urgency", () -> aReferral().urgency(null).build());
  }

  @Test
  void diagnosesConservativeCareOnsetRequestAndNotesAreOptional() {
    ReferralDetails details =
        aReferral()
            .diagnoses(null)
            .conservativeCare(null)
            .painOnset(null)
            .requesting(null)
            .notes("  ")
            .build();

    assertThat(details.diagnoses()).isEmpty();
    assertThat(details.conservativeCare()).isEqualTo(ConservativeCare.NONE);
    assertThat(details.painDurationOn(TODAY)).isNull();
    assertThat(details.requestedProcedureType()).isNull();
    assertThat(details.notes()).isNull();
  }

  @Test
  void painCannotStartAfterTheReferralCameIn() {
    assertInvalid(
        "painOnset",
        () -> aReferral().receivedOn(TODAY.minusDays(3)).painOnset(TODAY.minusDays(2)).build());
    assertThat(aReferral().receivedOn(TODAY).painOnset(TODAY).build().painOnset()).isEqualTo(TODAY);
  }

  @Test
  void derivesHowLongThePainHasLasted() {
    ReferralDetails details = aReferral().painOnset(TODAY.minusMonths(3).minusDays(4)).build();

    assertThat(details.painDurationOn(TODAY).length()).isEqualTo(Period.of(0, 3, 4));
    assertThat(details.painDurationOn(TODAY).chronic()).isTrue();
  }

  @Test
  void listsAtMostTwelveDiagnosesAndNoEmptyOne() {
    var diagnosis = new ReferralDiagnosis(new Icd10Code("M54.50"), null, null);

    assertThat(aReferral().diagnoses(Collections.nCopies(12, diagnosis)).build().diagnoses())
        .hasSize(12);
    assertInvalid(
        "diagnoses", () -> aReferral().diagnoses(Collections.nCopies(13, diagnosis)).build());
    List<ReferralDiagnosis> withEmpty = new ArrayList<>();
    withEmpty.add(null);
    assertInvalid("diagnoses", () -> aReferral().diagnoses(withEmpty).build());
  }

  @Test
  void aDiagnosisNeedsItsCode() {
    assertInvalid("diagnoses.code", () -> new ReferralDiagnosis(null, "Back pain", null));
    assertInvalid(
        "diagnoses.description",
        () -> new ReferralDiagnosis(new Icd10Code("M54.50"), "d".repeat(201), null));
  }

  @Test
  void theReferringProviderNeedsANameAndAValidNpi() {
    Npi npi = new Npi(VALID_NPI);

    assertInvalid("referringProvider.name", () -> new ReferringProvider(" ", npi, null, null));
    assertInvalid("referringProvider.npi", () -> new ReferringProvider("Dr. A", null, null, null));
    assertInvalid(
        "referringProvider.practice",
        () -> new ReferringProvider("Dr. A", npi, "p".repeat(151), null));
    assertInvalid(
        "referringProvider.contact",
        () -> new ReferringProvider("Dr. A", npi, null, "c".repeat(201)));
    assertThat(new ReferringProvider(" Dr. A ", npi, " ", null).practice()).isNull();
  }

  @Test
  void conservativeCareCountsWeeksWithinTenYears() {
    assertThat(new ConservativeCare(0, null, null).medicationsTried()).isEmpty();
    assertThat(new ConservativeCare(520, List.of(" naproxen "), " chiropractic ").other())
        .isEqualTo("chiropractic");
    assertInvalid(
        "conservativeCare.physicalTherapyWeeks", () -> new ConservativeCare(-1, null, null));
    assertInvalid(
        "conservativeCare.physicalTherapyWeeks", () -> new ConservativeCare(521, null, null));
  }

  @Test
  void conservativeCareListsAtMostTwentyNamedMedications() {
    assertThat(new ConservativeCare(0, List.of(" naproxen "), null).medicationsTried())
        .containsExactly("naproxen");
    assertInvalid(
        "conservativeCare.medicationsTried",
        () -> new ConservativeCare(0, Collections.nCopies(21, "naproxen"), null));
    assertInvalid(
        "conservativeCare.medicationsTried", () -> new ConservativeCare(0, List.of(" "), null));
    assertInvalid("conservativeCare.other", () -> new ConservativeCare(0, null, "o".repeat(501)));
  }
}
