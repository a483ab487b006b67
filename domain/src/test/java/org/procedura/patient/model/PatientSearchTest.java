package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.patient.model.PatientFixtures.ADAS_BIRTHDAY;
import static org.procedura.patient.model.PatientFixtures.mrn;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;

class PatientSearchTest {

  private static PatientSearch byName(String fragment) {
    return new PatientSearch(fragment, null, null);
  }

  @Test
  void needsAtLeastOneCriterion() {
    assertInvalid("name", () -> new PatientSearch(null, null, null));
  }

  @Test
  void doesNotCountABlankNameAsACriterion() {
    assertInvalid("name", () -> new PatientSearch("   ", null, null));
  }

  @Test
  void searchesByBirthDateAlone() {
    PatientSearch search = new PatientSearch(null, ADAS_BIRTHDAY, null);

    assertThat(search.dateOfBirth()).isEqualTo(ADAS_BIRTHDAY);
    assertThat(search.nameFragment()).isNull();
  }

  @Test
  void searchesByMrnAlone() {
    assertThat(new PatientSearch(null, null, mrn("MRN-0001")).mrn()).isEqualTo(mrn("MRN-0001"));
  }

  @Test
  void treatsABlankNameBesideAnotherCriterionAsNone() {
    assertThat(new PatientSearch("  ", ADAS_BIRTHDAY, null).nameFragment()).isNull();
  }

  @Test
  void refusesANameFragmentOfOneLetter() {
    assertInvalid("name", () -> byName("L"));
  }

  @Test
  void refusesOneLetterPaddedWithSpaces() {
    assertInvalid("name", () -> byName("  L  "));
  }

  @Test
  void acceptsANameFragmentOfTwoLetters() {
    assertThat(byName("lo").nameFragment()).isEqualTo("lo");
  }

  @Test
  void lowerCasesAndTrimsTheNameFragment() {
    assertThat(byName("  LoVe ").nameFragment()).isEqualTo("love");
  }

  @Test
  void acceptsANameFragmentOf100Characters() {
    assertThat(byName("a".repeat(100)).nameFragment()).hasSize(100);
  }

  @Test
  void refusesANameFragmentOf101Characters() {
    assertInvalid("name", () -> byName("a".repeat(101)));
  }
}
