package org.procedura.rules.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.patient.model.PatientId;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.Referrals;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientChart;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.RecordedRuleCheck;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.rules.model.Severity;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.ProcedureEligibility;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;

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
  private final RuleCheckRecords records;
  private final Appointments appointments;
  private final ProcedureTypes procedureTypes;
  private final Referrals referrals;
  private final Clock clock;

  public BookingEligibility(
      PatientCharts charts,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      Appointments appointments,
      ProcedureTypes procedureTypes,
      Referrals referrals,
      CareSetting clinicSetting,
      Clock clock) {
    this.evaluation = new RuleEvaluation(charts, ruleSets, holdTables, clinicSetting, clock);
    this.records = records;
    this.appointments = appointments;
    this.procedureTypes = procedureTypes;
    this.referrals = referrals;
    this.clock = clock;
  }

  @Transactional
  public Eligibility explain(EligibilityQuestion question) {
    PlausibleDates.onCalendar(question.date(), LocalDate.now(clock), "date");
    PatientChart chart = evaluation.chart(question.patient());
    ProcedureType type =
        procedureTypes
            .find(question.procedureType())
            .orElseThrow(() -> new NotFoundException("procedure type", question.procedureType()));
    question.site().requireFits(type);
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
    var asked = question.bookedAs(type.getDefinition().purpose().bookedAs(question.purpose()));
    Booked booked = booked(asked);
    var found = evaluate(chart, asked, type, asked.date(), booked);
    return new Eligibility(
        asked.date(),
        found.ruleSet().map(set -> set.code().value()).orElse(null),
        found.ruleSet().map(RuleSet::version).orElse(null),
        found.findings(),
        blocked(found.findings())
            ? firstDateWithoutABlock(
                found.findings(), date -> evaluate(chart, asked, type, date, booked).findings())
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
    PatientChart chart = evaluation.chart(patient);
    ProcedurePurpose purpose = type.getDefinition().purpose();
    List<ProcedurePurpose> purposes =
        purpose == ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC
            ? List.of(ProcedurePurpose.DIAGNOSTIC, ProcedurePurpose.THERAPEUTIC)
            : List.of(purpose);
    return purposes.stream()
        .map(
            booked ->
                pastTheWaitingRules(
                    from,
                    date ->
                        evaluate(chart, question.bookedAs(booked), type, date, Booked.NONE)
                            .findings()))
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

  /** The booking a question is about, if any: its slot and the hold its plan began. */
  private record Booked(Appointment appointment, Map<AntithromboticClass, LocalDate> heldSince) {
    static final Booked NONE = new Booked(null, Map.of());

    UUID id() {
      return appointment == null ? null : appointment.getId().value();
    }
  }

  private Booked booked(EligibilityQuestion question) {
    if (question.appointment() == null) {
      return Booked.NONE;
    }
    var id = new AppointmentId(question.appointment());
    Appointment appointment =
        appointments.find(id).orElseThrow(() -> new NotFoundException("appointment", id));
    if (!appointment.getPatient().equals(question.patient())) {
      throw new InvalidInputException("appointmentId", "the appointment is another patient's");
    }
    return new Booked(
        appointment, records.of(id).map(RecordedRuleCheck::heldSince).orElse(Map.of()));
  }

  private RuleEvaluation.Evaluated evaluate(
      PatientChart chart,
      EligibilityQuestion question,
      ProcedureType type,
      LocalDate date,
      Booked booked) {
    var imaging =
        question.imaging() == null
            ? type.getDefinition().imaging().modalities()
            : List.of(question.imaging());
    return evaluation.evaluate(
        chart,
        booked.id(),
        type,
        evaluation.planned(
            type, question.site(), date, imaging, question.setting(), question.purpose()),
        slotOn(date, type, booked),
        booked.heldSince());
  }

  /** The booking's own slot on its day; otherwise the day from its first hour, the strictest. */
  private TimeSlot slotOn(LocalDate date, ProcedureType type, Booked booked) {
    if (booked.appointment() != null) {
      TimeSlot slot = booked.appointment().getPlacement().slot();
      if (LocalDate.ofInstant(slot.start(), clock.getZone()).equals(date)) {
        return slot;
      }
    }
    var start = date.atStartOfDay(clock.getZone()).toInstant();
    return new TimeSlot(start, start.plus(type.getDefinition().defaultDuration()));
  }
}
