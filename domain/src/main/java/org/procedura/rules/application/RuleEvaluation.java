package org.procedura.rules.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.model.AuthorizationCovers;
import org.procedura.rules.model.AuthorizationOnFile;
import org.procedura.rules.model.DrugHold;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldFindings;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientChart;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.ProcedureFacts;
import org.procedura.rules.model.RuleContext;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.NotFoundException;

/**
 * The findings for one planned procedure on the patient's chart: the payer rules of the patient's
 * coverage (none without one) and the antithrombotic holds. Shared by booking, rescheduling,
 * eligibility and availability, so all give the same answer.
 */
class RuleEvaluation {
  /** The imaging a room or a question is assumed to guide with, best first, when several fit. */
  private static final List<ImagingModality> PREFERRED =
      List.of(ImagingModality.FLUOROSCOPY, ImagingModality.CT, ImagingModality.ULTRASOUND);

  private final PatientCharts charts;
  private final RuleSets ruleSets;
  private final HoldTables holdTables;
  private final CareSetting clinicSetting;
  private final Clock clock;

  RuleEvaluation(
      PatientCharts charts,
      RuleSets ruleSets,
      HoldTables holdTables,
      CareSetting clinicSetting,
      Clock clock) {
    this.charts = charts;
    this.ruleSets = ruleSets;
    this.holdTables = holdTables;
    this.clinicSetting = clinicSetting;
    this.clock = clock;
  }

  /**
   * The rule set checked against (none without coverage), the findings and the holds, and the prior
   * authorization whose visit the procedure uses, where the rule set asks for one and one covers
   * it.
   */
  record Evaluated(
      Optional<RuleSet> ruleSet,
      List<Finding> findings,
      List<DrugHold> holds,
      Optional<Authorized> authorized) {}

  /** The authorization that covers the planned procedure, under the rule that asked for it. */
  record Authorized(AuthorizationCovers rule, AuthorizationOnFile authorization) {}

  PatientChart chart(PatientId patient) {
    return charts.of(patient).orElseThrow(() -> new NotFoundException("patient", patient));
  }

  /**
   * Evaluates the planned procedure, leaving out of the history the appointment it is (null for a
   * new booking); {@code heldSince} is the hold this appointment's plan already began.
   */
  Evaluated evaluate(
      PatientChart chart,
      UUID appointment,
      ProcedureType type,
      ProcedureFacts planned,
      TimeSlot slot,
      Map<AntithromboticClass, LocalDate> heldSince) {
    List<Finding> findings = new ArrayList<>();
    Optional<RuleSet> ruleSet = Optional.ofNullable(chart.ruleSet()).flatMap(ruleSets::current);
    RuleContext context =
        new RuleContext(
            chart.facts(),
            planned,
            chart.proceduresBesides(appointment),
            chart.authorizationsBesides(appointment));
    ruleSet.ifPresent(set -> findings.addAll(set.check(context)));
    Optional<Authorized> authorized =
        ruleSet.stream()
            .flatMap(set -> set.rules().stream())
            .filter(rule -> rule instanceof AuthorizationCovers && rule.appliesTo(planned))
            .map(AuthorizationCovers.class::cast)
            .flatMap(rule -> rule.covering(context).map(a -> new Authorized(rule, a)).stream())
            .findFirst();
    List<DrugHold> holds = holds(holdTables, chart, type, slot, clock.getZone());
    findings.addAll(
        HoldFindings.atBooking(holds, heldSince, LocalDate.now(clock), clock.getZone()));
    return new Evaluated(ruleSet, findings, holds, authorized);
  }

  /** What the patient's antithrombotics need before this procedure in this slot. */
  static List<DrugHold> holds(
      HoldTables holdTables, PatientChart chart, ProcedureType type, TimeSlot slot, ZoneId zone) {
    return holdTables
        .current()
        .holdsFor(
            chart.antithrombotics(),
            type.getDefinition().bleedingRisk(),
            raisedByPatient(holdTables, chart, slot, zone),
            slot.start(),
            slot.end(),
            zone);
  }

  /** The procedure's bleeding risk for this patient: raised a class by the patient factors. */
  static BleedingRisk bleedingRisk(
      HoldTables holdTables, PatientChart chart, ProcedureType type, TimeSlot slot, ZoneId zone) {
    BleedingRisk risk = type.getDefinition().bleedingRisk();
    return raisedByPatient(holdTables, chart, slot, zone) ? risk.raised() : risk;
  }

  private static boolean raisedByPatient(
      HoldTables holdTables, PatientChart chart, TimeSlot slot, ZoneId zone) {
    LocalDate day = LocalDate.ofInstant(slot.start(), zone);
    return holdTables.patientFactors().apply(chart.ageOn(day), chart.facts().diagnoses());
  }

  /** The imaging the procedure is guided with: the best the type allows among those on offer. */
  static ImagingModality guidance(ProcedureType type, Collection<ImagingModality> onOffer) {
    return PREFERRED.stream()
        .filter(type.getDefinition().imaging().modalities()::contains)
        .filter(onOffer::contains)
        .findFirst()
        .orElse(null);
  }

  /** The planned procedure as the rules see it, guided by the best imaging on offer. */
  ProcedureFacts planned(
      ProcedureType type, ProcedureSite site, LocalDate date, Collection<ImagingModality> onOffer) {
    var definition = type.getDefinition();
    ImagingModality imaging = guidance(type, onOffer);
    return new ProcedureFacts(
        type.getCode(),
        definition.category(),
        definition.purpose(),
        site.region(),
        site.levels(),
        site.laterality(),
        date,
        imaging,
        definition.imaging().contrast(),
        definition.settings().contains(clinicSetting)
            ? clinicSetting
            : definition.settings().iterator().next());
  }

  /**
   * The planned procedure as booked: in the care setting of its room, for the purpose it is booked
   * for. Without a setting, as {@link #planned(ProcedureType, ProcedureSite, LocalDate,
   * Collection)} assumes; without a purpose, the catalog's.
   */
  ProcedureFacts planned(
      ProcedureType type,
      ProcedureSite site,
      LocalDate date,
      Collection<ImagingModality> onOffer,
      CareSetting setting,
      ProcedurePurpose purpose) {
    ProcedureFacts assumed = planned(type, site, date, onOffer);
    return new ProcedureFacts(
        assumed.type(),
        assumed.category(),
        purpose != null ? purpose : assumed.purpose(),
        assumed.region(),
        assumed.levels(),
        assumed.laterality(),
        assumed.date(),
        assumed.imaging(),
        assumed.contrast(),
        setting != null ? setting : assumed.setting());
  }
}
