package org.procedura.patient.model;

import java.time.LocalDate;
import java.util.List;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;

/**
 * What the clinic must know about a patient's health before booking a procedure: payer coverage,
 * allergies, current medications, diagnoses, pregnancy status and whether the patient is diabetic.
 *
 * <p>An aggregate of its own, one per patient, rather than part of {@link Patient}: the front desk
 * corrects demographics while a nurse reconciles medications, and with separate versions neither
 * change makes the other stale; and the safety rules that read the profile need not load, or lock,
 * the demographics. It is opened empty when the patient is registered, so it always exists and its
 * first version is unambiguous.
 */
public final class ClinicalProfile {
  private final PatientId patientId;
  final History<Coverage> coverages;
  final History<Allergy> allergies;
  final History<Medication> medications;
  final History<Diagnosis> diagnoses;
  private Pregnancy pregnancy;
  private Boolean diabetic;
  private final Long version;

  /**
   * Rebuilds a profile as stored; {@code version} is null for one never saved.
   *
   * @param pregnancy null until first recorded
   * @param diabetic null until first recorded
   */
  public ClinicalProfile(
      PatientId patientId,
      List<ProfileEntry<Coverage>> coverages,
      List<ProfileEntry<Allergy>> allergies,
      List<ProfileEntry<Medication>> medications,
      List<ProfileEntry<Diagnosis>> diagnoses,
      Pregnancy pregnancy,
      Boolean diabetic,
      Long version) {
    this.patientId = Check.present(patientId, "patientId");
    this.coverages = new History<>(ProfileSection.COVERAGES.entryName(), coverages);
    this.allergies = new History<>(ProfileSection.ALLERGIES.entryName(), allergies);
    this.medications = new History<>(ProfileSection.MEDICATIONS.entryName(), medications);
    this.diagnoses = new History<>(ProfileSection.DIAGNOSES.entryName(), diagnoses);
    this.pregnancy = pregnancy;
    this.diabetic = diabetic;
    this.version = version;
  }

  /** The empty profile of a newly registered patient. */
  public static ClinicalProfile openFor(PatientId patientId) {
    return new ClinicalProfile(
        patientId, List.of(), List.of(), List.of(), List.of(), null, null, null);
  }

  public <D extends ProfilePart> EntryId add(
      long seenVersion, ProfileSection<D> section, D details, Stamp stamp, LocalDate today) {
    checkVersion(seenVersion);
    return section.of(this).add(details, stamp, today);
  }

  /** Replaces what a current entry holds; an ended entry cannot change. */
  public <D extends ProfilePart> void change(
      long seenVersion,
      ProfileSection<D> section,
      EntryId id,
      D details,
      Stamp stamp,
      LocalDate today) {
    checkVersion(seenVersion);
    section.of(this).change(id, details, stamp, today);
  }

  /** Ends a current entry on {@code endedOn}; it stays in the profile as history. */
  public void end(
      long seenVersion,
      ProfileSection<?> section,
      EntryId id,
      LocalDate endedOn,
      Stamp stamp,
      LocalDate today) {
    checkVersion(seenVersion);
    section.of(this).end(id, Check.present(endedOn, "endedOn"), stamp, today);
  }

  public void recordPregnancy(long seenVersion, Pregnancy checked, LocalDate today) {
    checkVersion(seenVersion);
    this.pregnancy = Check.present(checked, "pregnancy").checkedOn(today);
  }

  public void recordDiabetes(long seenVersion, boolean isDiabetic) {
    checkVersion(seenVersion);
    this.diabetic = isDiabetic;
  }

  /** Every entry of the section, current and ended, in the order recorded. */
  public <D extends ProfilePart> List<ProfileEntry<D>> entries(ProfileSection<D> section) {
    return section.of(this).entries();
  }

  /** The entries of the section that still apply. */
  public <D extends ProfilePart> List<ProfileEntry<D>> current(ProfileSection<D> section) {
    return entries(section).stream().filter(ProfileEntry::isCurrent).toList();
  }

  private void checkVersion(long seenVersion) {
    if (version == null) {
      throw new IllegalStateException("the clinical profile of " + patientId + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException(
          "clinical profile of patient " + patientId, seenVersion, version);
    }
  }

  public PatientId getPatientId() {
    return patientId;
  }

  public List<ProfileEntry<Coverage>> getCoverages() {
    return coverages.entries();
  }

  public List<ProfileEntry<Allergy>> getAllergies() {
    return allergies.entries();
  }

  public List<ProfileEntry<Medication>> getMedications() {
    return medications.entries();
  }

  public List<ProfileEntry<Diagnosis>> getDiagnoses() {
    return diagnoses.entries();
  }

  /** The last pregnancy check, or null when none is recorded. */
  public Pregnancy getPregnancy() {
    return pregnancy;
  }

  /** Whether the patient is diabetic, or null when not yet recorded. */
  public Boolean getDiabetic() {
    return diabetic;
  }

  /** The stored version, or null before the first save. */
  public Long getVersion() {
    return version;
  }
}
