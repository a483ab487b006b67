package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllergyTest {

  @ParameterizedTest
  @EnumSource(value = AllergyKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void aKnownKindNeedsNoSubstance(AllergyKind kind) {
    Allergy allergy = new Allergy(kind, null, null);

    assertThat(allergy.kind()).isEqualTo(kind);
    assertThat(allergy.substance()).isNull();
  }

  @Test
  void anOtherAllergyNamesItsSubstance() {
    assertThat(new Allergy(AllergyKind.OTHER, " penicillin ", "rash").substance())
        .isEqualTo("penicillin");
    assertInvalid("substance", () -> new Allergy(AllergyKind.OTHER, "  ", "rash"));
    assertInvalid("substance", () -> new Allergy(AllergyKind.OTHER, null, null));
  }

  @Test
  void needsAKind() {
    assertInvalid("kind", () -> new Allergy(null, "iohexol", null));
  }

  @Test
  void boundsSubstanceAndReaction() {
    assertInvalid("substance", () -> new Allergy(AllergyKind.LATEX, "s".repeat(101), null));
    assertInvalid("reaction", () -> new Allergy(AllergyKind.LATEX, null, "r".repeat(201)));
    assertThat(new Allergy(AllergyKind.LATEX, "s".repeat(100), "r".repeat(200))).isNotNull();
  }

  @Test
  void endsOnAnyPastDay() {
    assertThat(new Allergy(AllergyKind.LATEX, null, null).startedOn()).isNull();
  }
}
