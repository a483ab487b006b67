package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.PatientFixtures.mrn;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.procedura.shared.model.PlausibleDates;

/** The birth-date rules are applied when a patient is registered, so they are tested that way. */
class DemographicsTest {

  private static Patient registerBornOn(LocalDate dateOfBirth) {
    return Patient.register(mrn("MRN-0001"), demographics().bornOn(dateOfBirth).build(), TODAY);
  }

  @Test
  void acceptsABirthDateOfToday() {
    assertThat(registerBornOn(TODAY).getDateOfBirth()).isEqualTo(TODAY);
  }

  @Test
  void refusesABirthDateInTheFuture() {
    assertInvalid("dateOfBirth", () -> registerBornOn(TODAY.plusDays(1)));
  }

  @Test
  void acceptsABirthDateOnTheFirstDayOfHistory() {
    assertThat(registerBornOn(PlausibleDates.HISTORY_STARTS).getDateOfBirth())
        .isEqualTo(PlausibleDates.HISTORY_STARTS);
  }

  @Test
  void refusesABirthDateBeforeTheFirstDayOfHistory() {
    assertInvalid("dateOfBirth", () -> registerBornOn(LocalDate.of(1899, 12, 31)));
    assertInvalid("dateOfBirth", () -> registerBornOn(LocalDate.MIN));
    assertInvalid("dateOfBirth", () -> registerBornOn(LocalDate.MAX));
  }

  @Test
  void needsAName() {
    assertInvalid(
        "name", () -> new Demographics(null, TODAY, AdministrativeSex.FEMALE, ContactDetails.NONE));
  }

  @Test
  void needsADateOfBirth() {
    PersonName name = new PersonName("Ada", "Lovelace");

    assertInvalid(
        "dateOfBirth",
        () -> new Demographics(name, null, AdministrativeSex.FEMALE, ContactDetails.NONE));
  }

  @Test
  void needsAnAdministrativeSex() {
    PersonName name = new PersonName("Ada", "Lovelace");

    assertInvalid("sex", () -> new Demographics(name, TODAY, null, ContactDetails.NONE));
  }

  @Test
  void hasNoContactDetailsWhenNoneAreGiven() {
    Demographics demographics = demographics().contact(null).build();

    assertThat(demographics.contact()).isEqualTo(ContactDetails.NONE);
  }
}
