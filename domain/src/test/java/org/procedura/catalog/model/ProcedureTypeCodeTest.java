package org.procedura.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureTypeCodeTest {

  @Test
  void acceptsTwoCharacters() {
    assertThat(new ProcedureTypeCode("RF").value()).isEqualTo("RF");
  }

  @Test
  void refusesOneCharacter() {
    assertInvalid("code", () -> new ProcedureTypeCode("R"));
  }

  @Test
  void acceptsFortyCharacters() {
    String forty = "A" + "B_1".repeat(13);

    assertThat(new ProcedureTypeCode(forty).value()).hasSize(40);
  }

  @Test
  void refusesFortyOneCharacters() {
    assertInvalid("code", () -> new ProcedureTypeCode("A" + "B_1".repeat(13) + "X"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ESI_TF_LUMB", "RFA_L4_5", "SCS2", "A_"})
  void acceptsCapitalsDigitsAndUnderscoresAfterALeadingCapital(String value) {
    assertThat(new ProcedureTypeCode(value)).hasToString(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"esi_tf", "Esi", "ESi", "1ESI", "_ESI", "ESI-TF", "ESI TF", "ÉSI"})
  void refusesAnythingElse(String value) {
    assertInvalid("code", () -> new ProcedureTypeCode(value));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesAMissingCode(String value) {
    assertInvalid("code", () -> new ProcedureTypeCode(value));
  }
}
