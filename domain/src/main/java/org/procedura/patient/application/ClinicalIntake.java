package org.procedura.patient.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.ClinicalProfiles;
import org.procedura.patient.model.EntryId;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Pregnancy;
import org.procedura.patient.model.ProfilePart;
import org.procedura.patient.model.ProfileSection;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

/**
 * Staff's work on a patient's clinical profile: add, change and end coverages, allergies,
 * medications and diagnoses; record pregnancy checks and the diabetic flag. Every change names the
 * profile version the caller saw.
 */
public class ClinicalIntake {
  private final ClinicalProfiles profiles;
  private final Clock clock;

  public ClinicalIntake(ClinicalProfiles profiles, Clock clock) {
    this.profiles = profiles;
    this.clock = clock;
  }

  @Transactional
  public ClinicalProfileView get(PatientId patientId) {
    return view(load(patientId));
  }

  @Transactional
  public <D extends ProfilePart> AddedEntry add(
      PatientId patientId, long seenVersion, ProfileSection<D> section, D details, Actor actor) {
    ClinicalProfile profile = load(patientId);
    EntryId id = profile.add(seenVersion, section, details, stamp(actor), today());
    return new AddedEntry(id, view(profiles.save(profile)));
  }

  @Transactional
  public <D extends ProfilePart> ClinicalProfileView change(
      PatientId patientId,
      long seenVersion,
      ProfileSection<D> section,
      EntryId entryId,
      D details,
      Actor actor) {
    return update(
        patientId,
        profile -> profile.change(seenVersion, section, entryId, details, stamp(actor), today()));
  }

  /** Ends the entry on {@code endedOn}, or today when that is null. */
  @Transactional
  public ClinicalProfileView end(
      PatientId patientId,
      long seenVersion,
      ProfileSection<?> section,
      EntryId entryId,
      LocalDate endedOn,
      Actor actor) {
    LocalDate today = today();
    LocalDate day = endedOn == null ? today : endedOn;
    return update(
        patientId, profile -> profile.end(seenVersion, section, entryId, day, stamp(actor), today));
  }

  @Transactional
  public ClinicalProfileView recordPregnancy(
      PatientId patientId, long seenVersion, Pregnancy pregnancy) {
    return update(patientId, profile -> profile.recordPregnancy(seenVersion, pregnancy, today()));
  }

  @Transactional
  public ClinicalProfileView recordDiabetes(
      PatientId patientId, long seenVersion, boolean diabetic) {
    return update(patientId, profile -> profile.recordDiabetes(seenVersion, diabetic));
  }

  private ClinicalProfileView update(PatientId patientId, Consumer<ClinicalProfile> change) {
    ClinicalProfile profile = load(patientId);
    change.accept(profile);
    return view(profiles.save(profile));
  }

  private ClinicalProfile load(PatientId patientId) {
    // every registered patient has a profile, so a missing one means no such patient
    return profiles.find(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
  }

  private ClinicalProfileView view(ClinicalProfile profile) {
    return new ClinicalProfileView(profile, today());
  }

  /**
   * Now, to the second: finer than any decision needs, and what every supported database keeps
   * (MySQL Connector/J drops the fraction on a MariaDB server, which reports version 5.5.5).
   */
  private Stamp stamp(Actor actor) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
