package org.procedura.history.model;

import java.time.LocalDate;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;

/**
 * A procedure the patient had at another clinic, recorded from a document so that the safety and
 * payer rules count it like one done here. It may be corrected while current; once entered in error
 * it is kept, with the reason, but no longer counts and can no longer change.
 */
public final class OutsideProcedure {
  static final String ENTERED_IN_ERROR = "ENTERED_IN_ERROR";

  private final OutsideProcedureId id;
  private final PatientId patient;
  private OutsideProcedureDetails details;
  private final Stamp recorded;
  private Stamp corrected;
  private EnteredInError enteredInError;
  private final Long version;

  /** Rebuilds one as stored; {@code version} is null for one never saved. */
  public OutsideProcedure(
      OutsideProcedureId id,
      PatientId patient,
      OutsideProcedureDetails details,
      Stamp recorded,
      Stamp corrected,
      EnteredInError enteredInError,
      Long version) {
    this.id = Check.present(id, "id");
    this.patient = Check.present(patient, "patient");
    this.details = Check.present(details, "details");
    this.recorded = Check.present(recorded, "recorded");
    this.corrected = corrected;
    this.enteredInError = enteredInError;
    this.version = version;
  }

  /**
   * Records what a document tells of a procedure done elsewhere; {@code type} is the catalog's
   * entry for its procedure type.
   */
  public static OutsideProcedure record(
      PatientId patient,
      OutsideProcedureDetails details,
      ProcedureType type,
      Stamp stamp,
      LocalDate today) {
    Check.present(details, "details").check(type, today);
    return new OutsideProcedure(
        OutsideProcedureId.newId(), patient, details, stamp, null, null, null);
  }

  /** Replaces the details, provided the caller saw the current version and it still counts. */
  public void correct(
      long seenVersion,
      OutsideProcedureDetails revised,
      ProcedureType type,
      Stamp stamp,
      LocalDate today) {
    requireChangeable(seenVersion);
    Check.present(revised, "details").check(type, today);
    this.details = revised;
    this.corrected = Check.present(stamp, "stamp");
  }

  /** Takes it out of the patient's history for good, keeping it with the reason. */
  public void enterInError(long seenVersion, String reason, Stamp stamp) {
    requireChangeable(seenVersion);
    this.enteredInError = new EnteredInError(reason, stamp);
  }

  /** Whether it counts: recorded and not entered in error. */
  public boolean isCurrent() {
    return enteredInError == null;
  }

  public boolean belongsTo(PatientId candidate) {
    return patient.equals(candidate);
  }

  private void requireChangeable(long seenVersion) {
    if (version == null) {
      throw new IllegalStateException("outside procedure " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("outside procedure " + id, seenVersion, version);
    }
    if (enteredInError != null) {
      throw new ConflictException(
          ENTERED_IN_ERROR,
          "outside procedure "
              + id
              + " was entered in error and can no longer change; record a new one instead");
    }
  }

  public OutsideProcedureId getId() {
    return id;
  }

  public PatientId getPatient() {
    return patient;
  }

  public OutsideProcedureDetails getDetails() {
    return details;
  }

  public Stamp getRecorded() {
    return recorded;
  }

  /** The last correction, or null when never corrected. */
  public Stamp getCorrected() {
    return corrected;
  }

  /** Null while it counts. */
  public EnteredInError getEnteredInError() {
    return enteredInError;
  }

  /** The stored version, or null before the first save. */
  public Long getVersion() {
    return version;
  }
}
