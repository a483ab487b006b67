package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.PatientFixtures.ADAS_BIRTHDAY;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.PatientFixtures.mrn;
import static org.procedura.patient.model.PatientFixtures.storedPatient;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import org.junit.jupiter.api.Test;

class PatientTest {

  private final Demographics ada = demographics().build();
  private final Demographics corrected =
      demographics().named("Augusta Ada", "King").sex(AdministrativeSex.FEMALE).build();

  @Test
  void registersANewPatientThatWasNeverSaved() {
    Patient patient = Patient.register(mrn("MRN-0001"), ada, TODAY);

    assertThat(patient.getId()).isNotNull();
    assertThat(patient.getMrn()).isEqualTo(mrn("MRN-0001"));
    assertThat(patient.getDemographics()).isEqualTo(ada);
    assertThat(patient.getVersion()).isNull();
  }

  @Test
  void givesEveryRegisteredPatientItsOwnId() {
    Patient first = Patient.register(mrn("MRN-0001"), ada, TODAY);
    Patient second = Patient.register(mrn("MRN-0002"), ada, TODAY);

    assertThat(first.getId()).isNotEqualTo(second.getId());
  }

  @Test
  void needsAnIdAnMrnAndDemographics() {
    assertInvalid("id", () -> new Patient(null, mrn("MRN-0001"), ada, 0L));
    assertInvalid("mrn", () -> new Patient(PatientId.newId(), null, ada, 0L));
    assertInvalid("demographics", () -> new Patient(PatientId.newId(), mrn("MRN-0001"), null, 0L));
  }

  @Test
  void correctsTheDemographicsOfTheVersionTheCallerSaw() {
    Patient patient = storedPatient(ada, 3);

    patient.correctDemographics(3, corrected, TODAY);

    assertThat(patient.getDemographics()).isEqualTo(corrected);
    assertThat(patient.getName()).isEqualTo(new PersonName("Augusta Ada", "King"));
  }

  @Test
  void refusesACorrectionMadeOnAnOlderVersion() {
    Patient patient = storedPatient(ada, 3);

    assertStale(2, 3, () -> patient.correctDemographics(2, corrected, TODAY));
    assertThat(patient.getDemographics()).isEqualTo(ada);
  }

  @Test
  void refusesACorrectionMadeOnANewerVersion() {
    Patient patient = storedPatient(ada, 3);

    assertStale(4, 3, () -> patient.correctDemographics(4, corrected, TODAY));
    assertThat(patient.getDemographics()).isEqualTo(ada);
  }

  @Test
  void cannotCorrectAPatientThatWasNeverSaved() {
    Patient unsaved = Patient.register(mrn("MRN-0001"), ada, TODAY);

    assertThatThrownBy(() -> unsaved.correctDemographics(0, corrected, TODAY))
        .isInstanceOf(IllegalStateException.class);
    assertThat(unsaved.getDemographics()).isEqualTo(ada);
  }

  @Test
  void refusesACorrectionToABirthDateInTheFuture() {
    Patient patient = storedPatient(ada, 0);
    Demographics unborn = demographics().bornOn(TODAY.plusDays(1)).build();

    assertInvalid("dateOfBirth", () -> patient.correctDemographics(0, unborn, TODAY));
    assertThat(patient.getDemographics()).isEqualTo(ada);
  }

  @Test
  void acceptsACorrectionToABirthDateOfToday() {
    Patient patient = storedPatient(ada, 0);
    Demographics newborn = demographics().bornOn(TODAY).build();

    patient.correctDemographics(0, newborn, TODAY);

    assertThat(patient.getDateOfBirth()).isEqualTo(TODAY);
  }

  @Test
  void keepsTheVersionItWasLoadedAtWhenCorrected() {
    Patient patient = storedPatient(ada, 3);

    patient.correctDemographics(3, corrected, TODAY);

    assertThat(patient.getVersion()).isEqualTo(3L);
  }

  @Test
  void couldBeTheSamePersonAsAnotherPatientWithTheSameNameInAnyCaseAndBirthDate() {
    Patient ada = storedPatient(this.ada, 0);
    Patient shouting = storedPatient(demographics().named("ADA", "lovelace").build(), 0);

    assertThat(ada.couldBeSamePersonAs(shouting)).isTrue();
    assertThat(shouting.couldBeSamePersonAs(ada)).isTrue();
  }

  @Test
  void isNotAPossibleDuplicateOfItself() {
    Patient ada = storedPatient(this.ada, 0);
    Patient sameIdReloaded = new Patient(ada.getId(), mrn("MRN-0002"), this.ada, 1L);

    assertThat(ada.couldBeSamePersonAs(ada)).isFalse();
    assertThat(ada.couldBeSamePersonAs(sameIdReloaded)).isFalse();
  }

  @Test
  void isNotThePersonBornADayLater() {
    Patient ada = storedPatient(this.ada, 0);
    Patient bornADayLater =
        storedPatient(demographics().bornOn(ADAS_BIRTHDAY.plusDays(1)).build(), 0);

    assertThat(ada.couldBeSamePersonAs(bornADayLater)).isFalse();
  }

  @Test
  void isNotAPersonWithAnotherName() {
    Patient ada = storedPatient(this.ada, 0);
    Patient grace = storedPatient(demographics().named("Grace", "Lovelace").build(), 0);

    assertThat(ada.couldBeSamePersonAs(grace)).isFalse();
  }
}
