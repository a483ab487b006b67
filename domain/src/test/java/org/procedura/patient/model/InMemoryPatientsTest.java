package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.PatientFixtures.mrn;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import org.junit.jupiter.api.Test;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;

/** The fake must behave like the database adapter, or the use-case tests prove nothing. */
class InMemoryPatientsTest {
  private final InMemoryPatients patients = new InMemoryPatients();

  private Patient registered(String mrn) {
    return Patient.register(mrn(mrn), demographics().build(), TODAY);
  }

  @Test
  void savesANewPatientAtVersionZero() {
    Patient saved = patients.save(registered("MRN-0001"));

    assertThat(saved.getVersion()).isZero();
    assertThat(patients.find(saved.getId()))
        .hasValueSatisfying(p -> assertThat(p.getVersion()).isZero());
  }

  @Test
  void raisesTheVersionByOneOnEverySave() {
    Patient saved = patients.save(registered("MRN-0001"));

    Patient again = patients.save(saved);

    assertThat(again.getVersion()).isEqualTo(1L);
    assertThat(patients.save(again).getVersion()).isEqualTo(2L);
  }

  @Test
  void refusesASaveOfAStaleVersion() {
    Patient saved = patients.save(registered("MRN-0001"));
    patients.save(saved);

    assertStale(0, 1, () -> patients.save(saved));
  }

  @Test
  void refusesAnMrnThatIsTaken() {
    patients.save(registered("MRN-0001"));

    assertConflict("MRN_IN_USE", () -> patients.save(registered("MRN-0001")));
    assertThat(patients.count()).isEqualTo(1);
  }

  @Test
  void refusesToUpdateAPatientThatIsNotStored() {
    Patient neverStored =
        new Patient(PatientId.newId(), mrn("MRN-0001"), demographics().build(), 0L);

    assertThatThrownBy(() -> patients.save(neverStored)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void handsOutCopiesSoUnsavedChangesAreNotStored() {
    Patient saved = patients.save(registered("MRN-0001"));
    Patient loaded = patients.find(saved.getId()).orElseThrow();

    loaded.correctDemographics(0, demographics().named("Grace", "Hopper").build(), TODAY);

    assertThat(patients.find(saved.getId()).orElseThrow().getName().given()).isEqualTo("Ada");
  }

  @Test
  void searchesByNameFragmentInEitherPartIgnoringCase() {
    patients.save(registered("MRN-0001"));
    patients.save(
        Patient.register(mrn("MRN-0002"), demographics().named("Grace", "Hopper").build(), TODAY));

    var found = patients.search(new PatientSearch("LOVE", null, null), new PageQuery(0, 10));

    assertThat(found.content()).extracting(p -> p.getMrn().value()).containsExactly("MRN-0001");
    assertThat(found.totalElements()).isEqualTo(1);
  }
}
