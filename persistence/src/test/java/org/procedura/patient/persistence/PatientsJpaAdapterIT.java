package org.procedura.patient.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientSearch;
import org.procedura.patient.model.Patients;
import org.procedura.patient.model.PersonName;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class PatientsJpaAdapterIT extends RealDatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  @Autowired Patients patients;
  @Autowired TransactionTemplate transaction;

  @Test
  void storesAndReloadsEveryPartOfThePatient() {
    var contact =
        new ContactDetails("+1 555 0100", "ada@example.org", "1 Main St", "Salem", "01970");
    Patient saved = save(newPatient(uniqueMrn(), "Ada", "Lovelace", contact));

    Patient reloaded = transaction.execute(status -> patients.find(saved.getId()).orElseThrow());

    assertThat(reloaded.getMrn()).isEqualTo(saved.getMrn());
    assertThat(reloaded.getDemographics()).isEqualTo(saved.getDemographics());
    assertThat(reloaded.getDemographics().contact()).isEqualTo(contact);
    assertThat(reloaded.getVersion()).isZero();
  }

  @Test
  void eachCorrectionIncrementsTheVersion() {
    Patient saved = save(newPatient(uniqueMrn(), "Grace", "Hopper", ContactDetails.NONE));

    Patient corrected = correctFamilyName(saved, 0, "Murray");

    assertThat(corrected.getVersion()).isEqualTo(1);
    assertThat(corrected.getName().family()).isEqualTo("Murray");
  }

  @Test
  void refusesACorrectionMadeOnAStaleCopy() {
    Patient saved = save(newPatient(uniqueMrn(), "Alan", "Turing", ContactDetails.NONE));
    correctFamilyName(saved, 0, "Turing-Smith");

    assertThatThrownBy(() -> correctFamilyName(saved, 0, "Turing-Jones"))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void twoConcurrentCorrectionsOfTheSameVersionLetExactlyOneWin() throws Exception {
    Patient saved = save(newPatient(uniqueMrn(), "Edsger", "Dijkstra", ContactDetails.NONE));
    int writers = 8;
    var barrier = new CyclicBarrier(writers);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (int i = 0; i < writers; i++) {
        String family = "Dijkstra-" + i;
        outcomes.add(
            pool.submit(
                () -> {
                  try {
                    return transaction.execute(
                        status -> {
                          Patient loaded = patients.find(saved.getId()).orElseThrow();
                          awaitQuietly(barrier);
                          loaded.correctDemographics(0, withFamily(loaded, family), TODAY);
                          patients.save(loaded);
                          return true;
                        });
                  } catch (StaleVersionException e) {
                    return false;
                  }
                }));
      }
    }
    long winners = 0;
    for (Future<Boolean> outcome : outcomes) {
      winners += outcome.get() ? 1 : 0;
    }

    assertThat(winners).isEqualTo(1);
    Patient stored = transaction.execute(status -> patients.find(saved.getId()).orElseThrow());
    assertThat(stored.getVersion()).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesASecondPatientWithTheSameMrn() {
    MedicalRecordNumber mrn = uniqueMrn();
    save(newPatient(mrn, "Barbara", "Liskov", ContactDetails.NONE));

    assertThatThrownBy(() -> save(newPatient(mrn, "Other", "Person", ContactDetails.NONE)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(mrn.value());
  }

  @Test
  void findsNamesakesBornTheSameDayIgnoringCase() {
    String family = "Namesake" + suffix();
    Patient first = save(newPatient(uniqueMrn(), "Ada", family, ContactDetails.NONE));
    save(newPatient(uniqueMrn(), "ADA", family.toUpperCase(), ContactDetails.NONE));

    var namesakes =
        transaction.execute(
            status -> patients.bornOnWithName(first.getDateOfBirth(), first.getName()));

    assertThat(namesakes).hasSize(2);
  }

  @Test
  void searchMatchesANameFragmentLiterallyAndPagesInNameOrder() {
    String family = "Fragment" + suffix();
    save(newPatient(uniqueMrn(), "Zoe", family, ContactDetails.NONE));
    save(newPatient(uniqueMrn(), "Amy", family, ContactDetails.NONE));
    save(newPatient(uniqueMrn(), "Bea", family, ContactDetails.NONE));

    var firstPage =
        search(new PatientSearch(family.toLowerCase(), null, null), new PageQuery(0, 2));
    var secondPage = search(new PatientSearch(family, null, null), new PageQuery(1, 2));
    var wildcard =
        search(new PatientSearch("%" + family.substring(1), null, null), new PageQuery(0, 10));

    assertThat(firstPage.totalElements()).isEqualTo(3);
    assertThat(firstPage.content())
        .extracting(p -> p.getName().given())
        .containsExactly("Amy", "Bea");
    assertThat(secondPage.content()).extracting(p -> p.getName().given()).containsExactly("Zoe");
    assertThat(wildcard.totalElements()).isZero();
  }

  @Test
  void searchCombinesDateOfBirthAndMrn() {
    MedicalRecordNumber mrn = uniqueMrn();
    Patient saved = save(newPatient(mrn, "Katherine", "Johnson", ContactDetails.NONE));

    var byBoth = search(new PatientSearch(null, saved.getDateOfBirth(), mrn), new PageQuery(0, 5));
    var wrongDate =
        search(
            new PatientSearch(null, saved.getDateOfBirth().plusDays(1), mrn), new PageQuery(0, 5));

    assertThat(byBoth.content()).extracting(Patient::getId).containsExactly(saved.getId());
    assertThat(wrongDate.content()).isEmpty();
  }

  private org.procedura.shared.model.PageResult<Patient> search(
      PatientSearch search, PageQuery page) {
    return transaction.execute(status -> patients.search(search, page));
  }

  private Patient save(Patient patient) {
    return transaction.execute(status -> patients.save(patient));
  }

  private Patient correctFamilyName(Patient copy, long seenVersion, String family) {
    return transaction.execute(
        status -> {
          Patient stale =
              new Patient(copy.getId(), copy.getMrn(), copy.getDemographics(), seenVersion);
          stale.correctDemographics(seenVersion, withFamily(copy, family), TODAY);
          return patients.save(stale);
        });
  }

  private static Demographics withFamily(Patient patient, String family) {
    Demographics current = patient.getDemographics();
    return new Demographics(
        new PersonName(current.name().given(), family),
        current.dateOfBirth(),
        current.sex(),
        current.contact());
  }

  private static Patient newPatient(
      MedicalRecordNumber mrn, String given, String family, ContactDetails contact) {
    return Patient.register(
        mrn,
        new Demographics(
            new PersonName(given, family),
            LocalDate.of(1970, 3, 14),
            AdministrativeSex.FEMALE,
            contact),
        TODAY);
  }

  private static MedicalRecordNumber uniqueMrn() {
    return new MedicalRecordNumber("T" + suffix());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  private static void awaitQuietly(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
