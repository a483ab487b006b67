package org.procedura.referral.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;

/**
 * A request from another provider that the clinic see a patient, from receipt until it is closed.
 * Every step is kept in the history with who took it and when.
 */
public final class Referral {

  private final ReferralId id;
  private final PatientId patientId;
  private final ReferralDetails details;
  private ReferralStatus status;
  private final List<StatusChange> history;
  private String appointmentReference;
  private final Long version;

  /** Rebuilds a referral as stored; {@code version} is null for one never saved. */
  public Referral(
      ReferralId id,
      PatientId patientId,
      ReferralDetails details,
      List<StatusChange> history,
      String appointmentReference,
      Long version) {
    this.id = Check.present(id, "id");
    this.patientId = Check.present(patientId, "patientId");
    this.details = Check.present(details, "details");
    this.history = new ArrayList<>(Check.noNulls(Check.present(history, "history"), "history"));
    if (this.history.isEmpty()) {
      throw new IllegalArgumentException("referral " + id + " has no history");
    }
    this.status = this.history.getLast().to();
    this.appointmentReference = appointmentReference;
    this.version = version;
  }

  /** A referral just received; its receipt is the first step of its history. */
  public static Referral receive(
      PatientId patientId, ReferralDetails details, Stamp stamp, LocalDate today) {
    Check.present(details, "details").checkedOn(today);
    var receipt = new StatusChange(null, ReferralStatus.RECEIVED, stamp, null);
    return new Referral(ReferralId.newId(), patientId, details, List.of(receipt), null, null);
  }

  /** Refuses a step decided on a version someone else has changed since. */
  public void requireVersion(long seenVersion) {
    if (version == null) {
      throw new IllegalStateException("referral " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("referral " + id, seenVersion, version);
    }
  }

  /** A physician has reviewed it; {@code note} is optional. */
  public void triage(String note, Stamp stamp) {
    moveTo(ReferralStatus.TRIAGED, stamp, note);
  }

  /** A physician accepts it: it goes on the front desk's list to schedule. */
  public void accept(String note, Stamp stamp) {
    moveTo(ReferralStatus.ACCEPTED, stamp, note);
  }

  /** A physician declines it, for the reason given. */
  public void decline(String reason, Stamp stamp) {
    guard(ReferralStatus.DECLINED);
    moveTo(ReferralStatus.DECLINED, stamp, Check.text(reason, "reason", 500));
  }

  /** An appointment, named by {@code appointmentReference}, was booked from it. */
  public void markScheduled(String appointmentReference, Stamp stamp) {
    guard(ReferralStatus.SCHEDULED);
    String reference = Check.text(appointmentReference, "appointmentReference", 100);
    moveTo(ReferralStatus.SCHEDULED, stamp, "appointment " + reference);
    this.appointmentReference = reference;
  }

  /** Nothing more to do, for the reason given. */
  public void close(String reason, Stamp stamp) {
    guard(ReferralStatus.CLOSED);
    moveTo(ReferralStatus.CLOSED, stamp, Check.text(reason, "reason", 500));
  }

  private void moveTo(ReferralStatus next, Stamp stamp, String note) {
    guard(next);
    history.add(new StatusChange(status, next, Check.present(stamp, "stamp"), note));
    status = next;
  }

  /** The one check every step passes through (steps that take input check it first). */
  private void guard(ReferralStatus next) {
    if (!status.mayBecome(next)) {
      throw new IllegalTransitionException("referral " + id, status, next);
    }
  }

  public ReferralId getId() {
    return id;
  }

  public PatientId getPatientId() {
    return patientId;
  }

  public ReferralDetails getDetails() {
    return details;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  /** Every step from receipt on, oldest first. */
  public List<StatusChange> getHistory() {
    return List.copyOf(history);
  }

  /** The appointment that scheduled it, or null before it is scheduled. */
  public String getAppointmentReference() {
    return appointmentReference;
  }

  /** The reason given when it was declined, or null when it was not. */
  public String getDeclineReason() {
    return history.stream()
        .filter(change -> change.to() == ReferralStatus.DECLINED)
        .map(StatusChange::note)
        .findFirst()
        .orElse(null);
  }

  /** The stored version, or null before the first save. */
  public Long getVersion() {
    return version;
  }
}
