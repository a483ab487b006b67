package org.procedura.patient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.patient.model.ProfileFixtures.NOW;
import static org.procedura.patient.model.ProfileFixtures.clopidogrel;
import static org.procedura.patient.model.ProfileFixtures.contrastAllergy;
import static org.procedura.patient.model.ProfileFixtures.medicare;
import static org.procedura.patient.model.ProfileFixtures.medication;
import static org.procedura.patient.model.ProfileFixtures.radiculopathy;
import static org.procedura.patient.model.ProfileFixtures.storedProfile;
import static org.procedura.patient.model.ProfileSection.ALLERGIES;
import static org.procedura.patient.model.ProfileSection.COVERAGES;
import static org.procedura.patient.model.ProfileSection.DIAGNOSES;
import static org.procedura.patient.model.ProfileSection.MEDICATIONS;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

class ClinicalProfileTest {
  private static final Stamp LATER =
      new Stamp(Instant.parse("2026-11-21T13:00:00Z"), new Actor("dr"));

  private final ClinicalProfile profile = storedProfile(2);

  @Test
  void opensEmptyAndNeverSaved() {
    PatientId patientId = PatientId.newId();

    ClinicalProfile opened = ClinicalProfile.openFor(patientId);

    assertThat(opened.getPatientId()).isEqualTo(patientId);
    for (ProfileSection<?> section : ProfileSection.all()) {
      assertThat(opened.entries(section)).as(section.entryName()).isEmpty();
    }
    assertThat(opened.getPregnancy()).isNull();
    assertThat(opened.getDiabetic()).isNull();
    assertThat(opened.getVersion()).isNull();
  }

  @Test
  void addsAnEntryToEachSectionWithWhoRecordedItAndWhen() {
    EntryId coverage = profile.add(2, COVERAGES, medicare(), NOW, TODAY);
    EntryId allergy = profile.add(2, ALLERGIES, contrastAllergy(), NOW, TODAY);
    EntryId medication = profile.add(2, MEDICATIONS, clopidogrel(), NOW, TODAY);
    EntryId diagnosis = profile.add(2, DIAGNOSES, radiculopathy(TODAY.minusMonths(4)), NOW, TODAY);

    assertThat(profile.getCoverages()).extracting(ProfileEntry::id).containsExactly(coverage);
    assertThat(profile.getAllergies()).extracting(ProfileEntry::id).containsExactly(allergy);
    assertThat(profile.getMedications()).extracting(ProfileEntry::id).containsExactly(medication);
    assertThat(profile.getDiagnoses()).extracting(ProfileEntry::id).containsExactly(diagnosis);
    ProfileEntry<Medication> entry = profile.getMedications().getFirst();
    assertThat(entry.details()).isEqualTo(clopidogrel());
    assertThat(entry.recorded()).isEqualTo(NOW);
    assertThat(entry.changed()).isNull();
    assertThat(entry.isCurrent()).isTrue();
  }

  @Test
  void keepsEntriesInTheOrderRecorded() {
    profile.add(2, MEDICATIONS, clopidogrel(), NOW, TODAY);
    profile.add(
        2, MEDICATIONS, medication("Naproxen", AntithromboticClass.NSAID_NAPROXEN), NOW, TODAY);

    assertThat(profile.entries(MEDICATIONS))
        .extracting(e -> e.details().name())
        .containsExactly("Clopidogrel 75 mg", "Naproxen");
  }

  @Test
  void refusesAnEntryWithADateInTheFutureAndKeepsNothing() {
    assertInvalid(
        "onsetDate", () -> profile.add(2, DIAGNOSES, radiculopathy(TODAY.plusDays(1)), NOW, TODAY));
    assertThat(profile.getDiagnoses()).isEmpty();
  }

  @Test
  void changesACurrentEntryAndRecordsWhoChangedIt() {
    EntryId id = profile.add(2, MEDICATIONS, clopidogrel(), NOW, TODAY);
    Medication reconfirmed =
        new Medication("Clopidogrel 75 mg", AntithromboticClass.CLOPIDOGREL, TODAY);

    profile.change(2, MEDICATIONS, id, reconfirmed, LATER, TODAY);

    ProfileEntry<Medication> entry = profile.getMedications().getFirst();
    assertThat(entry.id()).isEqualTo(id);
    assertThat(entry.details()).isEqualTo(reconfirmed);
    assertThat(entry.recorded()).isEqualTo(NOW);
    assertThat(entry.changed()).isEqualTo(LATER);
  }

  @Test
  void endingAnEntryKeepsItAsHistoryButNotAsCurrent() {
    EntryId ended = profile.add(2, MEDICATIONS, clopidogrel(), NOW, TODAY);
    EntryId kept =
        profile.add(
            2,
            MEDICATIONS,
            medication("Gabapentin", AntithromboticClass.NOT_ANTITHROMBOTIC),
            NOW,
            TODAY);

    profile.end(2, MEDICATIONS, ended, TODAY.minusDays(1), LATER, TODAY);

    assertThat(profile.entries(MEDICATIONS))
        .extracting(ProfileEntry::id)
        .containsExactly(ended, kept);
    assertThat(profile.current(MEDICATIONS)).extracting(ProfileEntry::id).containsExactly(kept);
    ProfileEntry<Medication> history = profile.getMedications().getFirst();
    assertThat(history.isCurrent()).isFalse();
    assertThat(history.endedOn()).isEqualTo(TODAY.minusDays(1));
    assertThat(history.ended()).isEqualTo(LATER);
    assertThat(history.details()).isEqualTo(clopidogrel());
  }

  @Test
  void anEndedEntryCannotBeEndedOrChangedAgain() {
    EntryId id = profile.add(2, ALLERGIES, contrastAllergy(), NOW, TODAY);
    profile.end(2, ALLERGIES, id, TODAY, LATER, TODAY);

    assertConflict("ALREADY_ENDED", () -> profile.end(2, ALLERGIES, id, TODAY, LATER, TODAY));
    assertConflict(
        "ALREADY_ENDED", () -> profile.change(2, ALLERGIES, id, contrastAllergy(), LATER, TODAY));
    assertThat(profile.getAllergies().getFirst().ended()).isEqualTo(LATER);
  }

  @Test
  void refusesAnEndInTheFutureOrBeforeTheEntryBegan() {
    EntryId diagnosis = profile.add(2, DIAGNOSES, radiculopathy(TODAY.minusMonths(2)), NOW, TODAY);
    EntryId coverage = profile.add(2, COVERAGES, medicare(), NOW, TODAY);

    assertInvalid(
        "endedOn", () -> profile.end(2, COVERAGES, coverage, TODAY.plusDays(1), LATER, TODAY));
    assertInvalid(
        "endedOn",
        () ->
            profile.end(2, DIAGNOSES, diagnosis, TODAY.minusMonths(2).minusDays(1), LATER, TODAY));
    profile.end(2, DIAGNOSES, diagnosis, TODAY.minusMonths(2), LATER, TODAY);
    assertThat(profile.current(DIAGNOSES)).isEmpty();
    assertThat(profile.current(COVERAGES)).hasSize(1);
  }

  @Test
  void aCoverageEndsOnAnyPastDay() {
    EntryId coverage = profile.add(2, COVERAGES, medicare(), NOW, TODAY);

    profile.end(2, COVERAGES, coverage, TODAY.minusYears(1), LATER, TODAY);

    assertThat(profile.getCoverages().getFirst().endedOn()).isEqualTo(TODAY.minusYears(1));
  }

  @Test
  void anEntryOfAnotherSectionIsNotFound() {
    EntryId medication = profile.add(2, MEDICATIONS, clopidogrel(), NOW, TODAY);

    assertThatThrownBy(() -> profile.end(2, ALLERGIES, medication, TODAY, LATER, TODAY))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("allergy"));
    assertThatThrownBy(
            () -> profile.change(2, MEDICATIONS, EntryId.newId(), clopidogrel(), LATER, TODAY))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesEveryChangeMadeOnAnotherVersion() {
    EntryId id = profile.add(2, COVERAGES, medicare(), NOW, TODAY);
    Pregnancy negative = new Pregnancy(PregnancyStatus.NOT_PREGNANT, TODAY);

    assertStale(1, 2, () -> profile.add(1, COVERAGES, medicare(), NOW, TODAY));
    assertStale(3, 2, () -> profile.change(3, COVERAGES, id, medicare(), NOW, TODAY));
    assertStale(1, 2, () -> profile.end(1, COVERAGES, id, TODAY, NOW, TODAY));
    assertStale(1, 2, () -> profile.recordPregnancy(1, negative, TODAY));
    assertStale(1, 2, () -> profile.recordDiabetes(1, true));
    assertThat(profile.getCoverages()).hasSize(1);
    assertThat(profile.getCoverages().getFirst().isCurrent()).isTrue();
    assertThat(profile.getPregnancy()).isNull();
    assertThat(profile.getDiabetic()).isNull();
  }

  @Test
  void cannotChangeAProfileThatWasNeverSaved() {
    ClinicalProfile unsaved = ClinicalProfile.openFor(PatientId.newId());

    assertThatThrownBy(() -> unsaved.add(0, COVERAGES, medicare(), NOW, TODAY))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void recordsThePregnancyCheckAndTheDiabeticFlag() {
    profile.recordPregnancy(
        2, new Pregnancy(PregnancyStatus.NOT_PREGNANT, TODAY.minusDays(1)), TODAY);
    profile.recordDiabetes(2, true);

    assertThat(profile.getPregnancy())
        .isEqualTo(new Pregnancy(PregnancyStatus.NOT_PREGNANT, TODAY.minusDays(1)));
    assertThat(profile.getDiabetic()).isTrue();
  }

  @Test
  void refusesAPregnancyCheckedInTheFuture() {
    assertInvalid(
        "checkedOn",
        () ->
            profile.recordPregnancy(
                2, new Pregnancy(PregnancyStatus.PREGNANT, TODAY.plusDays(1)), TODAY));
    assertThat(profile.getPregnancy()).isNull();
  }

  @Test
  void refusesAnEmptyEntry() {
    assertInvalid("medication", () -> profile.add(2, MEDICATIONS, null, NOW, TODAY));
  }
}
