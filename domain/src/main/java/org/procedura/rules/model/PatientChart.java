package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.HoldTable.MedicationInUse;
import org.procedura.shared.model.Check;

/**
 * What the patient's chart tells the rules, read at once: the payer's rule set (null without
 * coverage), the facts intake recorded on the profile and on the accepted referrals, the
 * antithrombotics taken, every procedure done here, booked here or done elsewhere, and the prior
 * authorizations on file. Booking, rescheduling, eligibility, availability and check-in all decide
 * on this one picture.
 */
public record PatientChart(
    PatientId patient,
    LocalDate dateOfBirth,
    RuleSetCode ruleSet,
    PatientFacts facts,
    boolean diabetic,
    List<MedicationInUse> antithrombotics,
    List<PastProcedure> procedures,
    List<AuthorizationOnFile> authorizations) {
  public PatientChart {
    Check.present(patient, "patient");
    Check.present(facts, "facts");
    antithrombotics = List.copyOf(Check.present(antithrombotics, "antithrombotics"));
    procedures = List.copyOf(Check.present(procedures, "procedures"));
    authorizations = List.copyOf(Check.present(authorizations, "authorizations"));
  }

  /** Without prior authorizations on file. */
  public PatientChart(
      PatientId patient,
      LocalDate dateOfBirth,
      RuleSetCode ruleSet,
      PatientFacts facts,
      boolean diabetic,
      List<MedicationInUse> antithrombotics,
      List<PastProcedure> procedures) {
    this(patient, dateOfBirth, ruleSet, facts, diabetic, antithrombotics, procedures, List.of());
  }

  /** The authorizations with the visits of other appointments than the one being checked. */
  public List<AuthorizationOnFile> authorizationsBesides(UUID appointment) {
    return appointment == null
        ? authorizations
        : authorizations.stream().map(a -> a.without(appointment)).toList();
  }

  /** The procedures other than the appointment being checked (none to leave out when null). */
  public List<PastProcedure> proceduresBesides(UUID appointment) {
    return appointment == null
        ? procedures
        : procedures.stream().filter(p -> !appointment.equals(p.appointment())).toList();
  }

  /** Whole years of age on the day, or null when the date of birth is unknown. */
  public Integer ageOn(LocalDate day) {
    return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
  }
}
