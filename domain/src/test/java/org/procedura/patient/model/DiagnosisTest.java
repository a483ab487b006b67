package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.Period;
import org.junit.jupiter.api.Test;

class DiagnosisTest {
  private static final Icd10Code LUMBAGO = new Icd10Code("M54.50");

  @Test
  void keepsCodeDescriptionSideAndOnset() {
    Diagnosis diagnosis =
        new Diagnosis(LUMBAGO, " Low back pain ", Laterality.BILATERAL, TODAY.minusMonths(4));

    assertThat(diagnosis.code()).isEqualTo(LUMBAGO);
    assertThat(diagnosis.description()).isEqualTo("Low back pain");
    assertThat(diagnosis.laterality()).isEqualTo(Laterality.BILATERAL);
    assertThat(diagnosis.startedOn()).isEqualTo(TODAY.minusMonths(4));
  }

  @Test
  void needsACodeAndADescription() {
    assertInvalid("code", () -> new Diagnosis(null, "Low back pain", null, null));
    assertInvalid("description", () -> new Diagnosis(LUMBAGO, " ", null, null));
    assertInvalid("description", () -> new Diagnosis(LUMBAGO, "d".repeat(201), null, null));
  }

  @Test
  void theSideAndTheOnsetAreOptional() {
    Diagnosis diagnosis = new Diagnosis(LUMBAGO, "Low back pain", null, null);

    assertThat(diagnosis.laterality()).isNull();
    assertThat(diagnosis.painDurationOn(TODAY)).isNull();
    assertThat(diagnosis.startedOn()).isNull();
  }

  @Test
  void refusesAnOnsetInTheFuture() {
    Diagnosis tomorrow = new Diagnosis(LUMBAGO, "Low back pain", null, TODAY.plusDays(1));
    Diagnosis today = new Diagnosis(LUMBAGO, "Low back pain", null, TODAY);

    assertInvalid("onsetDate", () -> tomorrow.checkOn(TODAY));
    assertThatCode(() -> today.checkOn(TODAY)).doesNotThrowAnyException();
  }

  @Test
  void derivesThePainDurationFromTheOnset() {
    Diagnosis diagnosis = new Diagnosis(LUMBAGO, "Low back pain", null, TODAY.minusMonths(3));

    assertThat(diagnosis.painDurationOn(TODAY).length()).isEqualTo(Period.ofMonths(3));
    assertThat(diagnosis.painDurationOn(TODAY).chronic()).isTrue();
    assertThat(diagnosis.painDurationOn(TODAY.minusDays(1)).chronic()).isFalse();
  }
}
