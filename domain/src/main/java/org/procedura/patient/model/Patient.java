package org.procedura.patient.model;

import java.time.LocalDate;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.StaleVersionException;

/**
 * A person the clinic treats. Identity is the id; the medical record number is the clinic's
 * visible, unique label for it. The version guards against lost updates.
 */
public final class Patient {
  private final PatientId id;
  private final MedicalRecordNumber mrn;
  private Demographics demographics;
  private final Long version;

  /** Rebuilds a patient as stored; {@code version} is null for one never saved. */
  public Patient(PatientId id, MedicalRecordNumber mrn, Demographics demographics, Long version) {
    this.id = Check.present(id, "id");
    this.mrn = Check.present(mrn, "mrn");
    this.demographics = Check.present(demographics, "demographics");
    this.version = version;
  }

  public static Patient register(
      MedicalRecordNumber mrn, Demographics demographics, LocalDate today) {
    return new Patient(PatientId.newId(), mrn, demographics.checkedOn(today), null);
  }

  /**
   * Replaces the demographics, provided the caller saw the current version: a change made on a
   * stale copy would silently undo someone else's.
   */
  public void correctDemographics(long seenVersion, Demographics corrected, LocalDate today) {
    if (version == null) {
      throw new IllegalStateException("patient " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("patient " + id, seenVersion, version);
    }
    this.demographics = corrected.checkedOn(today);
  }

  public boolean couldBeSamePersonAs(Patient other) {
    return !id.equals(other.id)
        && demographics.dateOfBirth().equals(other.demographics.dateOfBirth())
        && demographics.name().sameAs(other.demographics.name());
  }

  public PatientId getId() {
    return id;
  }

  public MedicalRecordNumber getMrn() {
    return mrn;
  }

  public Demographics getDemographics() {
    return demographics;
  }

  public PersonName getName() {
    return demographics.name();
  }

  public LocalDate getDateOfBirth() {
    return demographics.dateOfBirth();
  }

  /** The stored version, or null before the first save. */
  public Long getVersion() {
    return version;
  }
}
