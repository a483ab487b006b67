package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10CodeTest {

  @ParameterizedTest
  @CsvSource({
    "M54, M54",
    "M54.5, M54.5",
    "M54.16, M54.16",
    "M48.062, M48.062",
    "S32.010A, S32.010A",
    "M1A.071, M1A.071",
    "G89.29, G89.29",
    "m54.16, M54.16",
    "M5416, M54.16",
    "s32010a, S32.010A",
    "' M54.16 ', M54.16"
  })
  void acceptsTheShapesOfIcd10AndKeepsThemUpperCaseWithTheDot(String typed, String kept) {
    assertThat(new Icd10Code(typed).value()).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "M5",
        "5M4.16",
        "MM4.16",
        "M54.",
        "M54..1",
        "M54.16789",
        "M54-16",
        "M54 16",
        ".M5416",
        "M54.1_",
        "Ü54.16",
        "722.10"
      })
  void refusesAnythingElseNamingTheField(String typed) {
    assertInvalid("code", () -> new Icd10Code(typed));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = "   ")
  void isRequired(String typed) {
    assertInvalid("code", () -> new Icd10Code(typed));
  }
}
