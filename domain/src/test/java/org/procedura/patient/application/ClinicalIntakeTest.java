package org.procedura.patient.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.PatientFixtures.CLINIC_ZONE;
import static org.procedura.patient.model.PatientFixtures.CLOCK;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.ProfileFixtures.clopidogrel;
import static org.procedura.patient.model.ProfileFixtures.contrastAllergy;
import static org.procedura.patient.model.ProfileFixtures.medicare;
import static org.procedura.patient.model.ProfileFixtures.radiculopathy;
import static org.procedura.patient.model.ProfileSection.ALLERGIES;
import static org.procedura.patient.model.ProfileSection.COVERAGES;
import static org.procedura.patient.model.ProfileSection.DIAGNOSES;
import static org.procedura.patient.model.ProfileSection.MEDICATIONS;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.EntryId;
import org.procedura.patient.model.InMemoryClinicalProfiles;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Pregnancy;
import org.procedura.patient.model.PregnancyStatus;
import org.procedura.patient.model.ProfileEntry;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

class ClinicalIntakeTest {
  private static final Actor FRONT_DESK = new Actor("frontdesk");

  private final InMemoryClinicalProfiles profiles = new InMemoryClinicalProfiles();
  private final PatientRegister register =
      new PatientRegister(new InMemoryPatients(), profiles, CLOCK, new SplittableRandom(7));
  private final ClinicalIntake intake = new ClinicalIntake(profiles, CLOCK);
  private final PatientId patient =
      register.register(new RegisterPatientCommand(null, demographics().build())).patient().getId();

  @Test
  void aRegisteredPatientHasAnEmptyProfileAtVersionZero() {
    ClinicalProfileView view = intake.get(patient);

    assertThat(view.profile().getVersion()).isZero();
    assertThat(view.profile().getMedications()).isEmpty();
    assertThat(view.today()).isEqualTo(TODAY);
  }

  @Test
  void anUnknownPatientHasNoProfile() {
    assertThatThrownBy(() -> intake.get(PatientId.newId()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("patient"));
  }

  @Test
  void eachAdditionRaisesTheVersionAndStampsTheEntryWithTheActorAndTheClock() {
    AddedEntry coverage = intake.add(patient, 0, COVERAGES, medicare(), FRONT_DESK);
    AddedEntry medication = intake.add(patient, 1, MEDICATIONS, clopidogrel(), FRONT_DESK);
    AddedEntry allergy = intake.add(patient, 2, ALLERGIES, contrastAllergy(), FRONT_DESK);

    ClinicalProfile stored = intake.get(patient).profile();
    assertThat(allergy.view().profile().getVersion()).isEqualTo(3);
    assertThat(stored.getVersion()).isEqualTo(3);
    assertThat(stored.getCoverages()).extracting(ProfileEntry::id).containsExactly(coverage.id());
    assertThat(stored.getMedications())
        .extracting(ProfileEntry::id)
        .containsExactly(medication.id());
    assertThat(stored.getAllergies().getFirst().recorded())
        .isEqualTo(new Stamp(CLOCK.instant(), FRONT_DESK));
  }

  @Test
  void stampsToTheSecond() {
    Clock fractional = Clock.fixed(Instant.parse("2026-11-21T12:00:07.987654Z"), CLINIC_ZONE);

    AddedEntry added =
        new ClinicalIntake(profiles, fractional).add(patient, 0, COVERAGES, medicare(), FRONT_DESK);

    assertThat(added.view().profile().getCoverages().getFirst().recorded().at())
        .isEqualTo(Instant.parse("2026-11-21T12:00:07Z"));
  }

  @Test
  void refusesAnAdditionOnAStaleVersionAndKeepsTheEarlierOne() {
    intake.add(patient, 0, MEDICATIONS, clopidogrel(), FRONT_DESK);

    assertStale(0, 1, () -> intake.add(patient, 0, ALLERGIES, contrastAllergy(), FRONT_DESK));
    assertThat(intake.get(patient).profile().getAllergies()).isEmpty();
  }

  @Test
  void changesAnEntry() {
    EntryId id = intake.add(patient, 0, COVERAGES, medicare(), FRONT_DESK).id();
    var revised =
        new org.procedura.patient.model.Coverage(
            "Medicare", "Part B", "1EG4-TE5-MK73", medicare().ruleSet());

    ClinicalProfileView view = intake.change(patient, 1, COVERAGES, id, revised, FRONT_DESK);

    assertThat(view.profile().getCoverages().getFirst().details()).isEqualTo(revised);
    assertThat(view.profile().getVersion()).isEqualTo(2);
  }

  @Test
  void endsAnEntryTodayUnlessToldTheDay() {
    EntryId today = intake.add(patient, 0, MEDICATIONS, clopidogrel(), FRONT_DESK).id();
    EntryId earlier = intake.add(patient, 1, ALLERGIES, contrastAllergy(), FRONT_DESK).id();

    intake.end(patient, 2, MEDICATIONS, today, null, FRONT_DESK);
    ClinicalProfileView view =
        intake.end(patient, 3, ALLERGIES, earlier, TODAY.minusDays(10), FRONT_DESK);

    assertThat(view.profile().getMedications().getFirst().endedOn()).isEqualTo(TODAY);
    assertThat(view.profile().getAllergies().getFirst().endedOn()).isEqualTo(TODAY.minusDays(10));
    assertThat(view.profile().current(MEDICATIONS)).isEmpty();
  }

  @Test
  void refusesADiagnosisWithAnOnsetInTheFutureAndStoresNothing() {
    assertInvalid(
        "onsetDate",
        () -> intake.add(patient, 0, DIAGNOSES, radiculopathy(TODAY.plusDays(1)), FRONT_DESK));
    assertThat(intake.get(patient).profile().getVersion()).isZero();
  }

  @Test
  void derivesThePainDurationOnTheClinicsToday() {
    intake.add(patient, 0, DIAGNOSES, radiculopathy(LocalDate.of(2026, 8, 21)), FRONT_DESK);
    // 23:30 on 2026-11-20 in New York, already the 21st in UTC: not yet three months
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-21T04:30:00Z"), CLINIC_ZONE);

    ClinicalProfileView evening = new ClinicalIntake(profiles, lateEvening).get(patient);
    ClinicalProfileView morning = intake.get(patient);

    var diagnosis = morning.profile().getDiagnoses().getFirst().details();
    assertThat(evening.painDuration(diagnosis).chronic()).isFalse();
    assertThat(morning.painDuration(diagnosis).chronic()).isTrue();
    assertThat(morning.painDuration(diagnosis).length()).isEqualTo(Period.ofMonths(3));
  }

  @Test
  void recordsPregnancyAndDiabetes() {
    intake.recordPregnancy(patient, 0, new Pregnancy(PregnancyStatus.NOT_PREGNANT, TODAY));
    ClinicalProfileView view = intake.recordDiabetes(patient, 1, true);

    assertThat(view.profile().getPregnancy().status()).isEqualTo(PregnancyStatus.NOT_PREGNANT);
    assertThat(view.profile().getDiabetic()).isTrue();
    assertThat(view.profile().getVersion()).isEqualTo(2);
  }
}
