package org.procedura.patient.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.ProfileSection.ALLERGIES;
import static org.procedura.patient.model.ProfileSection.COVERAGES;
import static org.procedura.patient.model.ProfileSection.DIAGNOSES;
import static org.procedura.patient.model.ProfileSection.MEDICATIONS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.Allergy;
import org.procedura.patient.model.AllergyKind;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.ClinicalProfiles;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Coverage;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.Diagnosis;
import org.procedura.patient.model.EntryId;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.Laterality;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Medication;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.patient.model.PersonName;
import org.procedura.patient.model.Pregnancy;
import org.procedura.patient.model.PregnancyStatus;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ClinicalProfilesJpaAdapterIT extends RealDatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static final Stamp RECORDED =
      new Stamp(Instant.parse("2026-11-21T12:00:00Z"), new Actor("frontdesk"));
  private static final Stamp CHANGED =
      new Stamp(Instant.parse("2026-11-21T14:30:00Z"), new Actor("nurse"));

  private static final Coverage MEDICARE =
      new Coverage("Medicare", "Part B", "1EG4-TE5-MK72", new RuleSetCode("MEDICARE_DEFAULT"));
  private static final Allergy CONTRAST =
      new Allergy(AllergyKind.IODINATED_CONTRAST, "iohexol", "hives");
  private static final Allergy PENICILLIN = new Allergy(AllergyKind.OTHER, "penicillin", null);
  private static final Medication CLOPIDOGREL =
      new Medication("Clopidogrel 75 mg", AntithromboticClass.CLOPIDOGREL, TODAY.minusDays(1));
  private static final Medication NAPROXEN =
      new Medication("Naproxen 500 mg", AntithromboticClass.NSAID_NAPROXEN, TODAY.minusDays(9));
  private static final Diagnosis RADICULOPATHY =
      new Diagnosis(
          new Icd10Code("M54.16"), "Lumbar radiculopathy", Laterality.LEFT, TODAY.minusMonths(4));

  @Autowired ClinicalProfiles profiles;
  @Autowired Patients patients;
  @Autowired TransactionTemplate transaction;

  @Test
  void storesAndReloadsEveryPartOfTheProfile() {
    PatientId patient = patientWithEmptyProfile();
    ClinicalProfile written =
        change(
            patient,
            0,
            profile -> {
              profile.add(0, COVERAGES, MEDICARE, RECORDED, TODAY);
              profile.add(0, ALLERGIES, CONTRAST, RECORDED, TODAY);
              EntryId penicillin = profile.add(0, ALLERGIES, PENICILLIN, RECORDED, TODAY);
              EntryId clopidogrel = profile.add(0, MEDICATIONS, CLOPIDOGREL, RECORDED, TODAY);
              profile.add(0, MEDICATIONS, NAPROXEN, RECORDED, TODAY);
              profile.add(0, DIAGNOSES, RADICULOPATHY, RECORDED, TODAY);
              profile.change(0, ALLERGIES, penicillin, PENICILLIN, CHANGED, TODAY);
              profile.end(0, MEDICATIONS, clopidogrel, TODAY, CHANGED, TODAY);
              profile.recordPregnancy(
                  0, new Pregnancy(PregnancyStatus.NOT_PREGNANT, TODAY.minusDays(1)), TODAY);
              profile.recordDiabetes(0, true);
            });

    ClinicalProfile reloaded = load(patient);

    assertThat(reloaded.getVersion()).isEqualTo(1);
    assertThat(reloaded.getCoverages()).isEqualTo(written.getCoverages());
    assertThat(reloaded.getAllergies()).isEqualTo(written.getAllergies());
    assertThat(reloaded.getMedications()).isEqualTo(written.getMedications());
    assertThat(reloaded.getDiagnoses()).isEqualTo(written.getDiagnoses());
    assertThat(reloaded.getAllergies().get(1).changed()).isEqualTo(CHANGED);
    assertThat(reloaded.getMedications().getFirst().ended()).isEqualTo(CHANGED);
    assertThat(reloaded.current(MEDICATIONS))
        .extracting(e -> e.details())
        .containsExactly(NAPROXEN);
    assertThat(reloaded.getPregnancy())
        .isEqualTo(new Pregnancy(PregnancyStatus.NOT_PREGNANT, TODAY.minusDays(1)));
    assertThat(reloaded.getDiabetic()).isTrue();
  }

  @Test
  void aNewProfileIsEmptyAtVersionZero() {
    ClinicalProfile reloaded = load(patientWithEmptyProfile());

    assertThat(reloaded.getVersion()).isZero();
    assertThat(reloaded.getCoverages()).isEmpty();
    assertThat(reloaded.getPregnancy()).isNull();
    assertThat(reloaded.getDiabetic()).isNull();
  }

  @Test
  void changingOrEndingOneEntryRaisesTheVersionOfTheWholeProfile() {
    PatientId patient = patientWithEmptyProfile();
    change(patient, 0, profile -> profile.add(0, MEDICATIONS, CLOPIDOGREL, RECORDED, TODAY));
    EntryId id = load(patient).getMedications().getFirst().id();
    Medication reconfirmed =
        new Medication("Clopidogrel 75 mg", AntithromboticClass.CLOPIDOGREL, TODAY);

    ClinicalProfile changed =
        change(
            patient, 1, profile -> profile.change(1, MEDICATIONS, id, reconfirmed, CHANGED, TODAY));
    ClinicalProfile ended =
        change(patient, 2, profile -> profile.end(2, MEDICATIONS, id, TODAY, CHANGED, TODAY));

    assertThat(changed.getVersion()).isEqualTo(2);
    assertThat(ended.getVersion()).isEqualTo(3);
    assertThat(load(patient).getMedications().getFirst().endedOn()).isEqualTo(TODAY);
  }

  @Test
  void keepsTheEntriesInTheOrderRecorded() {
    PatientId patient = patientWithEmptyProfile();
    List<String> names = List.of("Zolpidem", "Apixaban", "Metformin", "Baclofen");
    for (int i = 0; i < names.size(); i++) {
      long version = i;
      String name = names.get(i);
      change(
          patient,
          version,
          profile ->
              profile.add(
                  version,
                  MEDICATIONS,
                  new Medication(name, AntithromboticClass.NOT_ANTITHROMBOTIC, TODAY),
                  RECORDED,
                  TODAY));
    }

    assertThat(load(patient).getMedications())
        .extracting(e -> e.details().name())
        .containsExactlyElementsOf(names);
  }

  @Test
  void refusesAChangeMadeOnAStaleCopy() {
    PatientId patient = patientWithEmptyProfile();
    ClinicalProfile stale = load(patient);
    change(patient, 0, profile -> profile.recordDiabetes(0, false));
    stale.add(0, ALLERGIES, CONTRAST, RECORDED, TODAY);

    assertThatThrownBy(() -> transaction.execute(status -> profiles.save(stale)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(load(patient).getAllergies()).isEmpty();
  }

  @Test
  void twoConcurrentAdditionsToTheSameVersionLetExactlyOneWin() throws Exception {
    PatientId patient = patientWithEmptyProfile();
    int writers = 6;
    var barrier = new CyclicBarrier(writers);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      for (int i = 0; i < writers; i++) {
        Medication medication =
            new Medication("Drug " + i, AntithromboticClass.NOT_ANTITHROMBOTIC, TODAY);
        outcomes.add(
            pool.submit(
                () -> {
                  try {
                    return transaction.execute(
                        status -> {
                          ClinicalProfile loaded = profiles.find(patient).orElseThrow();
                          await(barrier);
                          loaded.add(0, MEDICATIONS, medication, RECORDED, TODAY);
                          profiles.save(loaded);
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
    ClinicalProfile stored = load(patient);
    assertThat(stored.getVersion()).isEqualTo(1);
    assertThat(stored.getMedications()).hasSize(1);
  }

  @Test
  void theDatabaseRefusesAProfileOfNoPatient() {
    ClinicalProfile orphan = ClinicalProfile.openFor(new PatientId(UUID.randomUUID()));

    assertThatThrownBy(() -> transaction.execute(status -> profiles.save(orphan)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private PatientId patientWithEmptyProfile() {
    return transaction.execute(
        status -> {
          Patient patient =
              patients.save(
                  Patient.register(
                      new MedicalRecordNumber("C" + UUID.randomUUID().toString().substring(0, 8)),
                      new Demographics(
                          new PersonName("Clinical", "Profile"),
                          LocalDate.of(1958, 4, 1),
                          AdministrativeSex.MALE,
                          ContactDetails.NONE),
                      TODAY));
          profiles.save(ClinicalProfile.openFor(patient.getId()));
          return patient.getId();
        });
  }

  private ClinicalProfile load(PatientId patient) {
    return transaction.execute(status -> profiles.find(patient).orElseThrow());
  }

  private ClinicalProfile change(PatientId patient, long version, Consumer<ClinicalProfile> step) {
    return transaction.execute(
        status -> {
          ClinicalProfile profile = profiles.find(patient).orElseThrow();
          assertThat(profile.getVersion()).isEqualTo(version);
          step.accept(profile);
          return profiles.save(profile);
        });
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
