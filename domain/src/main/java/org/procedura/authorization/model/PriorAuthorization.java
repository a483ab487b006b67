package org.procedura.authorization.model;

import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;

/**
 * A payer's prior authorization for a patient: its terms, the payer's number once approved, and its
 * status. Its terms may be revised (the payer extends the dates or adds visits) until it is denied
 * or expired. The visits booked and used are not kept here: they follow the appointments that use
 * them.
 */
public final class PriorAuthorization {
  private final PriorAuthorizationId id;
  private final PatientId patient;
  private AuthorizationTerms terms;
  private AuthorizationStatus status;
  private String number;
  private String note;
  private final Stamp recorded;
  private Stamp changed;
  private final Long version;

  /** Rebuilds one as stored; {@code version} is null for one never saved. */
  public PriorAuthorization(
      PriorAuthorizationId id,
      PatientId patient,
      AuthorizationTerms terms,
      AuthorizationStatus status,
      String number,
      String note,
      Stamp recorded,
      Stamp changed,
      Long version) {
    this.id = Check.present(id, "id");
    this.patient = Check.present(patient, "patient");
    this.terms = Check.present(terms, "terms");
    this.status = Check.present(status, "status");
    this.number = number;
    this.note = note;
    this.recorded = Check.present(recorded, "recorded");
    this.changed = changed;
    this.version = version;
  }

  /** Records one requested of the payer, or already approved under the payer's {@code number}. */
  public static PriorAuthorization record(
      PatientId patient,
      AuthorizationTerms terms,
      AuthorizationStatus status,
      String number,
      Stamp stamp) {
    if (status != AuthorizationStatus.REQUESTED && status != AuthorizationStatus.APPROVED) {
      throw new InvalidInputException("status", "a new authorization is REQUESTED or APPROVED");
    }
    return new PriorAuthorization(
        PriorAuthorizationId.newId(),
        patient,
        terms,
        status,
        numberFor(status, number),
        null,
        stamp,
        null,
        null);
  }

  /** Replaces the terms, provided the caller saw the current version and it still may change. */
  public void revise(long seenVersion, AuthorizationTerms revised, Stamp stamp) {
    requireVersion(seenVersion);
    if (status == AuthorizationStatus.DENIED || status == AuthorizationStatus.EXPIRED) {
      throw new IllegalTransitionException("prior authorization", status, status);
    }
    this.terms = Check.present(revised, "terms");
    this.changed = Check.present(stamp, "stamp");
  }

  /** The payer's decision (APPROVED with its number, DENIED) or its end (EXPIRED), with a note. */
  public void decide(
      long seenVersion, AuthorizationStatus next, String payerNumber, String why, Stamp stamp) {
    requireVersion(seenVersion);
    Check.present(next, "status");
    guard(next);
    if (next == AuthorizationStatus.APPROVED) {
      this.number = numberFor(next, payerNumber);
    }
    this.status = next;
    this.note = Check.optionalText(why, "note", 500);
    this.changed = Check.present(stamp, "stamp");
  }

  private void guard(AuthorizationStatus next) {
    if (!status.mayBecome(next)) {
      throw new IllegalTransitionException("prior authorization", status, next);
    }
  }

  private static String numberFor(AuthorizationStatus status, String number) {
    if (status == AuthorizationStatus.APPROVED && (number == null || number.isBlank())) {
      throw new InvalidInputException("number", "an approved authorization has the payer's number");
    }
    return Check.optionalText(number, "number", 60);
  }

  private void requireVersion(long seenVersion) {
    if (version == null) {
      throw new IllegalStateException("prior authorization " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("prior authorization " + id, seenVersion, version);
    }
  }

  public boolean belongsTo(PatientId candidate) {
    return patient.equals(candidate);
  }

  public PriorAuthorizationId getId() {
    return id;
  }

  public PatientId getPatient() {
    return patient;
  }

  public AuthorizationTerms getTerms() {
    return terms;
  }

  public AuthorizationStatus getStatus() {
    return status;
  }

  /** The payer's number; null while requested without one. */
  public String getNumber() {
    return number;
  }

  /** Why it was denied or expired, when said. */
  public String getNote() {
    return note;
  }

  public Stamp getRecorded() {
    return recorded;
  }

  /** The last revision or decision, or null. */
  public Stamp getChanged() {
    return changed;
  }

  public Long getVersion() {
    return version;
  }
}
