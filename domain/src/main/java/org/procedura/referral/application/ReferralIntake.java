package org.procedura.referral.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.ReferralStatus;
import org.procedura.referral.model.ReferralWorkItem;
import org.procedura.referral.model.Referrals;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.Stamp;

/**
 * Referrals from receipt to scheduling: record them (for a new patient too), the physicians' triage
 * and decision, the worklists, and the step the scheduling module takes when it books from one.
 */
public class ReferralIntake {
  private final Referrals referrals;
  private final Patients patients;
  private final PatientRegister patientRegister;
  private final ProcedureTypes procedureTypes;
  private final Clock clock;

  public ReferralIntake(
      Referrals referrals,
      Patients patients,
      PatientRegister patientRegister,
      ProcedureTypes procedureTypes,
      Clock clock) {
    this.referrals = referrals;
    this.patients = patients;
    this.patientRegister = patientRegister;
    this.procedureTypes = procedureTypes;
    this.clock = clock;
  }

  /**
   * Records a referral. A new patient is registered first, in the same transaction: when the
   * referral is then refused, the registration is undone with it.
   */
  @Transactional
  public ReferralView receive(ReceiveReferralCommand command, Actor actor) {
    PatientId patientId =
        command.patientId() != null
            ? registered(command.patientId())
            : InvalidInputException.within(
                    "newPatient", () -> patientRegister.register(command.newPatient()))
                .patient()
                .getId();
    checkOffered(command.details().requestedProcedureType());
    Referral referral = Referral.receive(patientId, command.details(), stamp(actor), today());
    return view(referrals.save(referral));
  }

  @Transactional
  public ReferralView get(ReferralId id) {
    return view(load(id));
  }

  @Transactional
  public ReferralView triage(ReferralId id, long seenVersion, String note, Actor actor) {
    return decide(id, seenVersion, referral -> referral.triage(note, stamp(actor)));
  }

  @Transactional
  public ReferralView accept(ReferralId id, long seenVersion, String note, Actor actor) {
    return decide(id, seenVersion, referral -> referral.accept(note, stamp(actor)));
  }

  @Transactional
  public ReferralView decline(ReferralId id, long seenVersion, String reason, Actor actor) {
    return decide(id, seenVersion, referral -> referral.decline(reason, stamp(actor)));
  }

  @Transactional
  public ReferralView close(ReferralId id, long seenVersion, String reason, Actor actor) {
    return decide(id, seenVersion, referral -> referral.close(reason, stamp(actor)));
  }

  /**
   * Called by the scheduling module inside its booking transaction when an appointment is booked
   * from an ACCEPTED referral: the referral leaves the to-schedule worklist. Any other status is an
   * illegal transition, which fails the booking; a concurrent change makes it stale.
   */
  @Transactional
  public ReferralView markScheduled(
      ReferralId id, PatientId patient, String appointmentReference, Actor actor) {
    Referral referral = load(id);
    if (!referral.getPatientId().equals(patient)) {
      throw new InvalidInputException("referralId", "the referral is for another patient");
    }
    if (referral.getStatus() == ReferralStatus.SCHEDULED) {
      // a later appointment from the same referral (a second block, a follow-up) only links to it
      return view(referral);
    }
    referral.markScheduled(appointmentReference, stamp(actor));
    return view(referrals.save(referral));
  }

  /** Referrals in the status, the longest waiting first. */
  @Transactional
  public PageResult<WaitingReferral> worklist(ReferralStatus status, PageQuery page) {
    return waiting(referrals.withStatus(status, page));
  }

  /**
   * The front desk's list: referrals accepted and not yet scheduled (an appointment booked from one
   * moves it to SCHEDULED), the longest waiting first; each shows its urgency.
   */
  @Transactional
  public PageResult<WaitingReferral> toSchedule(PageQuery page) {
    return worklist(ReferralStatus.ACCEPTED, page);
  }

  private ReferralView decide(ReferralId id, long seenVersion, Consumer<Referral> step) {
    Referral referral = load(id);
    referral.requireVersion(seenVersion);
    step.accept(referral);
    return view(referrals.save(referral));
  }

  private PageResult<WaitingReferral> waiting(PageResult<ReferralWorkItem> items) {
    LocalDate today = today();
    return items.map(
        item -> new WaitingReferral(item, ChronoUnit.DAYS.between(item.receivedOn(), today)));
  }

  private PatientId registered(PatientId patientId) {
    if (patients.find(patientId).isEmpty()) {
      throw new InvalidInputException("patientId", "patientId names no registered patient");
    }
    return patientId;
  }

  private void checkOffered(ProcedureTypeCode code) {
    if (code == null) {
      return;
    }
    ProcedureType type =
        procedureTypes
            .find(code)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "requestedProcedureType",
                        "requestedProcedureType " + code + " is not in the procedure catalog"));
    if (!type.getDefinition().active()) {
      throw new InvalidInputException(
          "requestedProcedureType",
          "requestedProcedureType " + code + " is no longer offered (inactive in the catalog)");
    }
  }

  private Referral load(ReferralId id) {
    return referrals.find(id).orElseThrow(() -> new NotFoundException("referral", id));
  }

  private ReferralView view(Referral referral) {
    return new ReferralView(referral, today());
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
