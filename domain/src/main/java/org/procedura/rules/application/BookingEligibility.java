package org.procedura.rules.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.Referrals;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.rules.model.Severity;
import org.procedura.scheduling.model.ProcedureEligibility;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;

/**
 * Answers, without booking, whether a patient may have a procedure on a date and, if a rule blocks
 * it, from when: the same evaluation a booking runs, so a date it names will pass at booking unless
 * the facts change in between.
 */
public class BookingEligibility implements ProcedureEligibility {
  /**
   * How many times the answer follows a blocking rule's earliest date to check the next one: each
   * step moves to a later date named by a rule, so a handful covers any realistic chain.
   */
  static final int MOST_STEPS = 8;

  private final RuleEvaluation evaluation;
  private final Patients patients;
  private final ProcedureTypes procedureTypes;
  private final Referrals referrals;
  private final Clock clock;

  public BookingEligibility(
      RuleInputs inputs,
      RuleSets ruleSets,
      HoldTables holdTables,
      Patients patients,
      ProcedureTypes procedureTypes,
      Referrals referrals,
      CareSetting clinicSetting,
      Clock clock) {
    this.evaluation = new RuleEvaluation(inputs, ruleSets, holdTables, clinicSetting, clock);
    this.patients = patients;
    this.procedureTypes = procedureTypes;
    this.referrals = referrals;
    this.clock = clock;
  }

  @Transactional
  public Eligibility explain(EligibilityQuestion question) {
    if (patients.find(question.patient()).isEmpty()) {
      throw new NotFoundException("patient", question.patient());
    }
    ProcedureType type =
        procedureTypes
            .find(question.procedureType())
            .orElseThrow(() -> new NotFoundException("procedure type", question.procedureType()));
    question.site().requireFits(type.getDefinition().anatomy());
    if (question.referral() != null) {
      var referral =
          referrals
              .find(new ReferralId(question.referral()))
              .orElseThrow(() -> new NotFoundException("referral", question.referral()));
      if (!referral.getPatientId().equals(question.patient())) {
        throw new InvalidInputException("referralId", "the referral is for another patient");
      }
    }
    if (question.imaging() != null
        && !type.getDefinition().imaging().modalities().contains(question.imaging())) {
      throw new InvalidInputException(
          "imaging", type.getCode() + " is not guided with " + question.imaging());
    }
    if (question.date().isBefore(LocalDate.now(clock))) {
      throw new InvalidInputException("date", "date must be today or later");
    }
    var booked = question.bookedAs(type.getDefinition().purpose().bookedAs(question.purpose()));
    var asked = evaluate(booked, type, booked.date());
    return new Eligibility(
        booked.date(),
        asked.ruleSet().map(set -> set.code().value()).orElse(null),
        asked.ruleSet().map(RuleSet::version).orElse(null),
        asked.findings(),
        blocked(asked.findings())
            ? firstDateWithoutABlock(
                asked.findings(), date -> evaluate(booked, type, date).findings())
            : null);
  }

  /**
   * For an availability search: the site is not known yet, so only the rules about time are
   * followed; a block that waiting cannot lift is left for the booking to explain. Nor is the
   * purpose of a type that may be either: the earlier of the diagnostic and the therapeutic day.
   */
  @Override
  @Transactional
  public LocalDate firstEligibleDay(PatientId patient, ProcedureTypeCode code, LocalDate from) {
    ProcedureType type =
        procedureTypes.find(code).orElseThrow(() -> new NotFoundException("procedure type", code));
    var question = new EligibilityQuestion(patient, code, from, ProcedureSite.NONE, null, null);
    ProcedurePurpose purpose = type.getDefinition().purpose();
    List<ProcedurePurpose> purposes =
        purpose == ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC
            ? List.of(ProcedurePurpose.DIAGNOSTIC, ProcedurePurpose.THERAPEUTIC)
            : List.of(purpose);
    return purposes.stream()
        .map(
            booked ->
                pastTheWaitingRules(
                    from, date -> evaluate(question.bookedAs(booked), type, date).findings()))
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** The first day from which no dated blocking finding remains, within {@link #MOST_STEPS}. */
  static LocalDate pastTheWaitingRules(
      LocalDate from, Function<LocalDate, List<Finding>> findingsOn) {
    LocalDate day = from;
    for (int step = 0; step < MOST_STEPS; step++) {
      Optional<LocalDate> later =
          findingsOn.apply(day).stream()
              .filter(f -> f.severity() == Severity.BLOCK && f.earliestEligibleOn() != null)
              .map(Finding::earliestEligibleOn)
              .filter(day::isBefore)
              .max(Comparator.naturalOrder());
      if (later.isEmpty()) {
        return day;
      }
      day = later.get();
    }
    return day;
  }

  /**
   * Follows the blocking rules' earliest dates until a date passes them all; {@code null} when a
   * blocking rule names no date (waiting does not help) or the steps run out.
   */
  static LocalDate firstDateWithoutABlock(
      List<Finding> asked, Function<LocalDate, List<Finding>> findingsOn) {
    var findings = asked;
    for (int step = 0; step < MOST_STEPS; step++) {
      Optional<LocalDate> next = latestEarliestDate(findings);
      if (next.isEmpty()) {
        return null;
      }
      findings = findingsOn.apply(next.get());
      if (!blocked(findings)) {
        return next.get();
      }
    }
    return null;
  }

  /** The date after which every blocking rule would pass; none if one cannot be waited out. */
  private static Optional<LocalDate> latestEarliestDate(List<Finding> findings) {
    var blocking = findings.stream().filter(f -> f.severity() == Severity.BLOCK).toList();
    if (blocking.stream().anyMatch(f -> f.earliestEligibleOn() == null)) {
      return Optional.empty();
    }
    return blocking.stream().map(Finding::earliestEligibleOn).max(Comparator.naturalOrder());
  }

  private static boolean blocked(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK);
  }

  private RuleEvaluation.Evaluated evaluate(
      EligibilityQuestion question, ProcedureType type, LocalDate date) {
    var imaging =
        question.imaging() == null
            ? type.getDefinition().imaging().modalities()
            : List.of(question.imaging());
    var start = date.atStartOfDay(clock.getZone()).toInstant();
    var slot = new TimeSlot(start, start.plus(type.getDefinition().defaultDuration()));
    return evaluation.evaluate(
        question.patient(),
        question.referral(),
        type,
        evaluation.planned(
            type, question.site(), date, imaging, question.setting(), question.purpose()),
        slot);
  }
}
