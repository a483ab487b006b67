package org.procedura.patient.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.PatientFixtures.ADAS_BIRTHDAY;
import static org.procedura.patient.model.PatientFixtures.CLINIC_ZONE;
import static org.procedura.patient.model.PatientFixtures.CLOCK;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.PatientFixtures.mrn;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.InMemoryClinicalProfiles;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PatientSearch;
import org.procedura.patient.model.PersonName;
import org.procedura.patient.model.ScriptedRandom;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;

class PatientRegisterTest {
  private static final long SEED = 20261121L;

  private final InMemoryPatients patients = new InMemoryPatients();
  private final InMemoryClinicalProfiles profiles = new InMemoryClinicalProfiles();
  private final PatientRegister register = registerUsing(CLOCK, new SplittableRandom(SEED));

  private PatientRegister registerUsing(Clock clock, RandomGenerator random) {
    return new PatientRegister(patients, profiles, clock, random);
  }

  private static RegisterPatientCommand withMrn(String mrn, Demographics demographics) {
    return new RegisterPatientCommand(mrn(mrn), demographics);
  }

  private static RegisterPatientCommand withoutMrn(Demographics demographics) {
    return new RegisterPatientCommand(null, demographics);
  }

  private PatientRecord registerAda(String mrn) {
    return register.register(withMrn(mrn, demographics().build()));
  }

  /** Stores patients under the MRNs "P000000001", "P000000002", ... up to {@code count}. */
  private void takeAssignedNumbers(int count) {
    IntStream.rangeClosed(1, count)
        .forEach(
            n ->
                register.register(
                    withMrn(
                        "P%09d".formatted(n),
                        demographics().named("Taken", "Number" + (char) ('A' + n)).build())));
  }

  @Test
  void registersThePatientUnderTheGivenMrn() {
    PatientRecord record = registerAda("MRN-0001");

    Patient patient = record.patient();
    assertThat(patient.getMrn()).isEqualTo(mrn("MRN-0001"));
    assertThat(patient.getVersion()).isZero();
    assertThat(patients.find(patient.getId()))
        .hasValueSatisfying(p -> assertThat(p.getDemographics()).isEqualTo(demographics().build()));
  }

  @Test
  void opensTheNewPatientsEmptyClinicalProfile() {
    Patient patient = registerAda("MRN-0001").patient();

    assertThat(profiles.find(patient.getId()))
        .hasValueSatisfying(
            profile -> {
              assertThat(profile.getVersion()).isZero();
              assertThat(profile.getMedications()).isEmpty();
            });
  }

  @Test
  void opensNoProfileWhenTheRegistrationIsRefused() {
    registerAda("MRN-0001");

    assertConflict(
        "MRN_IN_USE", () -> register.register(withMrn("MRN-0001", demographics().build())));
    assertThat(profiles.count()).isEqualTo(1);
  }

  @Test
  void assignsAnMrnWhenNoneIsGiven() {
    MedicalRecordNumber expected = MedicalRecordNumber.assign(new SplittableRandom(SEED));

    PatientRecord record = register.register(withoutMrn(demographics().build()));

    assertThat(record.patient().getMrn()).isEqualTo(expected);
    assertThat(record.patient().getMrn().value()).matches("P[0-9]{9}");
    assertThat(patients.existsWithMrn(expected)).isTrue();
  }

  @Test
  void refusesASecondPatientWithAnMrnInUseAndStoresNothing() {
    registerAda("MRN-0001");
    Demographics grace = demographics().named("Grace", "Hopper").build();

    assertConflict("MRN_IN_USE", () -> register.register(withMrn("MRN-0001", grace)));
    assertThat(patients.count()).isEqualTo(1);
  }

  @Test
  void refusesAnMrnInUseWrittenInLowerCase() {
    registerAda("MRN-000A");
    Demographics grace = demographics().named("Grace", "Hopper").build();

    assertConflict("MRN_IN_USE", () -> register.register(withMrn("mrn-000a", grace)));
    assertThat(patients.count()).isEqualTo(1);
  }

  @Test
  void refusesABirthDateInTheFutureAndStoresNothing() {
    Demographics unborn = demographics().bornOn(TODAY.plusDays(1)).build();

    assertInvalid("dateOfBirth", () -> register.register(withMrn("MRN-0001", unborn)));
    assertThat(patients.count()).isZero();
  }

  @Test
  void takesTodayInTheClinicsTimeZone() {
    // 22:00 on 2026-11-21 in New York, already 2026-11-22 in UTC
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), CLINIC_ZONE);
    PatientRegister evening = registerUsing(lateEvening, new SplittableRandom(SEED));
    LocalDate utcToday = LocalDate.of(2026, 11, 22);

    assertInvalid(
        "dateOfBirth",
        () -> evening.register(withMrn("MRN-0001", demographics().bornOn(utcToday).build())));
    assertThat(
            evening
                .register(withMrn("MRN-0002", demographics().bornOn(utcToday.minusDays(1)).build()))
                .patient()
                .getDateOfBirth())
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void listsPatientsWithTheSameNameIgnoringCaseAndTheSameBirthDateAsPossibleDuplicates() {
    Patient first = registerAda("MRN-0001").patient();

    PatientRecord second =
        register.register(withMrn("MRN-0002", demographics().named("ADA", "lovelace").build()));

    assertThat(second.possibleDuplicates())
        .extracting(Patient::getId)
        .containsExactly(first.getId());
    assertThat(register.get(first.getId()).possibleDuplicates())
        .extracting(Patient::getId)
        .containsExactly(second.patient().getId());
  }

  @Test
  void neverListsThePatientItselfAsAPossibleDuplicate() {
    PatientRecord only = registerAda("MRN-0001");

    assertThat(only.possibleDuplicates()).isEmpty();
    assertThat(register.get(only.patient().getId()).possibleDuplicates()).isEmpty();
  }

  @Test
  void doesNotListNamesakesBornOnAnotherDay() {
    registerAda("MRN-0001");

    PatientRecord bornADayLater =
        register.register(
            withMrn("MRN-0002", demographics().bornOn(ADAS_BIRTHDAY.plusDays(1)).build()));

    assertThat(bornADayLater.possibleDuplicates()).isEmpty();
  }

  @Test
  void getsARegisteredPatient() {
    Patient ada = registerAda("MRN-0001").patient();

    PatientRecord record = register.get(ada.getId());

    assertThat(record.patient().getMrn()).isEqualTo(mrn("MRN-0001"));
    assertThat(record.patient().getVersion()).isZero();
  }

  @Test
  void cannotGetAnUnknownPatient() {
    PatientId unknown = PatientId.of("00000000-0000-0000-0000-000000000001");

    assertThatThrownBy(() -> register.get(unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("patient");
              assertThat(e.id()).isEqualTo("00000000-0000-0000-0000-000000000001");
            });
  }

  @Test
  void correctsDemographicsAndRaisesTheVersion() {
    PatientId id = registerAda("MRN-0001").patient().getId();
    Demographics corrected = demographics().named("Augusta Ada", "King").build();

    PatientRecord record =
        register.correctDemographics(new CorrectDemographicsCommand(id, 0, corrected));

    assertThat(record.patient().getVersion()).isEqualTo(1L);
    assertThat(record.patient().getName()).isEqualTo(new PersonName("Augusta Ada", "King"));
    assertThat(register.get(id).patient().getDemographics()).isEqualTo(corrected);
  }

  @Test
  void refusesACorrectionOnAStaleVersionAndKeepsTheEarlierOne() {
    PatientId id = registerAda("MRN-0001").patient().getId();
    Demographics byFrontDesk = demographics().named("Augusta Ada", "King").build();
    Demographics byNurse = demographics().named("Ada", "Byron").build();
    register.correctDemographics(new CorrectDemographicsCommand(id, 0, byFrontDesk));

    assertStale(
        0, 1, () -> register.correctDemographics(new CorrectDemographicsCommand(id, 0, byNurse)));
    Patient stored = register.get(id).patient();
    assertThat(stored.getDemographics()).isEqualTo(byFrontDesk);
    assertThat(stored.getVersion()).isEqualTo(1L);
  }

  @Test
  void cannotCorrectAnUnknownPatient() {
    var command = new CorrectDemographicsCommand(PatientId.newId(), 0, demographics().build());

    assertThatThrownBy(() -> register.correctDemographics(command))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesACorrectionToABirthDateInTheFuture() {
    PatientId id = registerAda("MRN-0001").patient().getId();
    Demographics unborn = demographics().bornOn(TODAY.plusDays(1)).build();

    assertInvalid(
        "dateOfBirth",
        () -> register.correctDemographics(new CorrectDemographicsCommand(id, 0, unborn)));
    assertThat(register.get(id).patient().getVersion()).isZero();
  }

  @Test
  void listsPossibleDuplicatesAfterACorrection() {
    Patient grace =
        register
            .register(withMrn("MRN-0001", demographics().named("Grace", "Hopper").build()))
            .patient();
    Patient ada = registerAda("MRN-0002").patient();

    PatientRecord corrected =
        register.correctDemographics(
            new CorrectDemographicsCommand(
                ada.getId(), 0, demographics().named("grace", "HOPPER").build()));

    assertThat(corrected.possibleDuplicates())
        .extracting(Patient::getId)
        .containsExactly(grace.getId());
  }

  @Test
  void takesTheLastAttemptAtAnMrnWhenTheEarlierOnesAreTaken() {
    takeAssignedNumbers(PatientRegister.MRN_ATTEMPTS - 1);
    ScriptedRandom draws = new ScriptedRandom(1, 2, 3, 4, 5);

    PatientRecord record = registerUsing(CLOCK, draws).register(withoutMrn(demographics().build()));

    assertThat(PatientRegister.MRN_ATTEMPTS).isEqualTo(5);
    assertThat(record.patient().getMrn()).isEqualTo(mrn("P000000005"));
    assertThat(draws.remaining()).isZero();
  }

  @Test
  void givesUpWhenEveryAssignedMrnIsTakenAndStoresNothing() {
    takeAssignedNumbers(PatientRegister.MRN_ATTEMPTS);
    int before = patients.count();
    ScriptedRandom draws = new ScriptedRandom(1, 2, 3, 4, 5, 6);

    assertConflict(
        "MRN_EXHAUSTED",
        () -> registerUsing(CLOCK, draws).register(withoutMrn(demographics().build())));
    assertThat(patients.count()).isEqualTo(before);
    assertThat(draws.remaining()).as("draws left after giving up").isEqualTo(1);
  }

  @Test
  void searchesTheRegister() {
    registerAda("MRN-0001");
    register.register(withMrn("MRN-0002", demographics().named("Grace", "Hopper").build()));

    var page = register.search(new PatientSearch("hop", null, null), new PageQuery(0, 10));

    assertThat(page.content()).extracting(p -> p.getMrn().value()).containsExactly("MRN-0002");
    assertThat(page.totalElements()).isEqualTo(1);
  }
}
