package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalRecordNumberTest {

  @Test
  void acceptsFourCharacters() {
    assertThat(new MedicalRecordNumber("AB12").value()).isEqualTo("AB12");
  }

  @Test
  void refusesThreeCharacters() {
    assertInvalid("mrn", () -> new MedicalRecordNumber("AB1"));
  }

  @Test
  void acceptsTwentyCharacters() {
    String twenty = "ABCDEFGHIJ0123456789";

    assertThat(new MedicalRecordNumber(twenty).value()).isEqualTo(twenty);
  }

  @Test
  void refusesTwentyOneCharacters() {
    assertInvalid("mrn", () -> new MedicalRecordNumber("ABCDEFGHIJ0123456789K"));
  }

  @Test
  void upperCasesLowerCaseLetters() {
    assertThat(new MedicalRecordNumber("ab-12c").value()).isEqualTo("AB-12C");
  }

  @Test
  void trimsSurroundingSpacesBeforeCountingCharacters() {
    assertThat(new MedicalRecordNumber("  ABCDEFGHIJ0123456789  ").value())
        .isEqualTo("ABCDEFGHIJ0123456789");
  }

  @Test
  void refusesThreeCharactersPaddedWithSpaces() {
    assertInvalid("mrn", () -> new MedicalRecordNumber("  AB1  "));
  }

  @Test
  void acceptsAnInnerHyphen() {
    assertThat(new MedicalRecordNumber("AB-12").value()).isEqualTo("AB-12");
  }

  @Test
  void refusesALeadingHyphen() {
    assertInvalid("mrn", () -> new MedicalRecordNumber("-AB12"));
  }

  @Test
  void refusesATrailingHyphen() {
    assertInvalid("mrn", () -> new MedicalRecordNumber("AB12-"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB_12", "AB 12", "AB.12", "AB/12", "ÄB12", "AB#12"})
  void refusesCharactersOtherThanLettersDigitsAndHyphens(String value) {
    assertInvalid("mrn", () -> new MedicalRecordNumber(value));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void refusesAMissingNumber(String value) {
    assertInvalid("mrn", () -> new MedicalRecordNumber(value));
  }

  @Test
  void showsAsItsValue() {
    assertThat(new MedicalRecordNumber("ab-12")).hasToString("AB-12");
  }

  @Test
  void equalsTheSameNumberWrittenInLowerCase() {
    assertThat(new MedicalRecordNumber("ab-12")).isEqualTo(new MedicalRecordNumber("AB-12"));
  }

  @Test
  void assignsThePrefixPAndNineDigits() {
    SplittableRandom random = new SplittableRandom(20261121L);

    IntStream.range(0, 1_000)
        .mapToObj(i -> MedicalRecordNumber.assign(random).value())
        .forEach(value -> assertThat(value).matches("P[0-9]{9}"));
  }

  @Test
  void assignsTheSameNumberForTheSameSeed() {
    assertThat(MedicalRecordNumber.assign(new SplittableRandom(7)))
        .isEqualTo(MedicalRecordNumber.assign(new SplittableRandom(7)));
  }

  @Test
  void padsASmallDrawWithLeadingZeros() {
    assertThat(MedicalRecordNumber.assign(new ScriptedRandom(42)).value()).isEqualTo("P000000042");
  }

  @Test
  void assignsTheLowestNumber() {
    assertThat(MedicalRecordNumber.assign(new ScriptedRandom(0)).value()).isEqualTo("P000000000");
  }

  @Test
  void assignsTheHighestNumberWithNineDigits() {
    assertThat(MedicalRecordNumber.assign(new ScriptedRandom(999_999_999)).value())
        .isEqualTo("P999999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab\u0131c", "\u017f123", "\u00e9T12"})
  void refusesNonAsciiLettersEvenWhenTheyUpperCaseToAscii(String value) {
    assertInvalid("mrn", () -> new MedicalRecordNumber(value));
  }
}
