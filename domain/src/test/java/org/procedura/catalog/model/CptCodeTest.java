package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CptCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"64483", "00000", "99999"})
  void acceptsFiveDigits(String value) {
    assertThat(new CptCode(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsFourDigitsAndFForCategoryTwo() {
    assertThat(new CptCode("1125F")).hasToString("1125F");
  }

  @Test
  void acceptsFourDigitsAndTForCategoryThree() {
    assertThat(new CptCode("0275T")).hasToString("0275T");
  }

  @Test
  void refusesFourDigits() {
    assertInvalid("cptCodes", () -> new CptCode("6448"));
  }

  @Test
  void refusesSixDigits() {
    assertInvalid("cptCodes", () -> new CptCode("644830"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0275t", "1125f", "0275X", "F1125", "027TT", "6448F3", "64 83", "6448.", "", " "})
  void refusesOtherShapes(String value) {
    assertInvalid("cptCodes", () -> new CptCode(value));
  }

  @Test
  void refusesAMissingCode() {
    assertInvalid("cptCodes", () -> new CptCode(null));
  }
}
