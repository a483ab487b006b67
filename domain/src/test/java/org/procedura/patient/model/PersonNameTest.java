package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t\n"})
  void refusesABlankGivenName(String given) {
    assertInvalid("givenName", () -> new PersonName(given, "Lovelace"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t\n"})
  void refusesABlankFamilyName(String family) {
    assertInvalid("familyName", () -> new PersonName("Ada", family));
  }

  @Test
  void acceptsAGivenNameOfOneHundredCharacters() {
    String hundred = "a".repeat(100);

    assertThat(new PersonName(hundred, "Lovelace").given()).isEqualTo(hundred);
  }

  @Test
  void refusesAGivenNameOfOneHundredAndOneCharacters() {
    assertInvalid("givenName", () -> new PersonName("a".repeat(101), "Lovelace"));
  }

  @Test
  void acceptsAFamilyNameOfOneHundredCharacters() {
    String hundred = "b".repeat(100);

    assertThat(new PersonName("Ada", hundred).family()).isEqualTo(hundred);
  }

  @Test
  void refusesAFamilyNameOfOneHundredAndOneCharacters() {
    assertInvalid("familyName", () -> new PersonName("Ada", "b".repeat(101)));
  }

  @Test
  void doesNotCountSurroundingSpacesTowardsTheLimit() {
    assertThat(new PersonName("  " + "a".repeat(100) + "  ", "Lovelace").given()).hasSize(100);
  }

  @Test
  void trimsBothParts() {
    PersonName name = new PersonName("  Ada ", "\tLovelace  ");

    assertThat(name).isEqualTo(new PersonName("Ada", "Lovelace"));
  }

  @Test
  void keepsTheCaseAsWritten() {
    assertThat(new PersonName("ada", "LOVELACE").family()).isEqualTo("LOVELACE");
  }

  @Test
  void isTheSameAsTheNameWrittenInAnotherCase() {
    assertThat(new PersonName("ada", "LOVELACE").sameAs(new PersonName("Ada", "Lovelace")))
        .isTrue();
  }

  @Test
  void isTheSameAsTheNameWithSurroundingSpaces() {
    assertThat(new PersonName(" Ada  ", "  Lovelace").sameAs(new PersonName("ADA", "lovelace")))
        .isTrue();
  }

  @Test
  void differsOnAnotherGivenName() {
    assertThat(new PersonName("Ada", "Lovelace").sameAs(new PersonName("Augusta", "Lovelace")))
        .isFalse();
  }

  @Test
  void differsOnAnotherFamilyName() {
    assertThat(new PersonName("Ada", "Lovelace").sameAs(new PersonName("Ada", "Byron"))).isFalse();
  }

  @Test
  void differsWhenGivenAndFamilyNameAreSwapped() {
    assertThat(new PersonName("Grace", "Hopper").sameAs(new PersonName("Hopper", "Grace")))
        .isFalse();
  }

  @Test
  void differsOnAnInnerSpace() {
    assertThat(new PersonName("Mary Ann", "Evans").sameAs(new PersonName("MaryAnn", "Evans")))
        .isFalse();
  }
}
