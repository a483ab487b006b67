package org.procedura.rules.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldFindings;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientFacts;
import org.procedura.rules.model.ProcedureFacts;
import org.procedura.rules.model.RuleContext;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.TimeSlot;

/**
 * The findings for one planned procedure: the payer rules of the patient's coverage (none without
 * one) and the antithrombotic holds. Shared by the booking check and the explanation, so both give
 * the same answer.
 */
class RuleEvaluation {
  /** The imaging a room or a question is assumed to guide with, best first, when several fit. */
  private static final List<ImagingModality> PREFERRED =
      List.of(ImagingModality.FLUOROSCOPY, ImagingModality.CT, ImagingModality.ULTRASOUND);

  private final RuleInputs inputs;
  private final RuleSets ruleSets;
  private final HoldTables holdTables;
  private final CareSetting clinicSetting;
  private final Clock clock;

  RuleEvaluation(
      RuleInputs inputs,
      RuleSets ruleSets,
      HoldTables holdTables,
      CareSetting clinicSetting,
      Clock clock) {
    this.inputs = inputs;
    this.ruleSets = ruleSets;
    this.holdTables = holdTables;
    this.clinicSetting = clinicSetting;
    this.clock = clock;
  }

  /** The rule set the findings were checked against (none without coverage) and the findings. */
  record Evaluated(Optional<RuleSet> ruleSet, List<Finding> findings) {}

  Evaluated evaluate(
      PatientId patient, UUID referral, ProcedureType type, ProcedureFacts planned, TimeSlot slot) {
    List<Finding> findings = new ArrayList<>();
    Optional<RuleSet> ruleSet = inputs.ruleSetOf(patient).flatMap(ruleSets::current);
    PatientFacts facts = inputs.facts(patient, referral);
    ruleSet.ifPresent(
        set ->
            findings.addAll(set.check(new RuleContext(facts, planned, inputs.history(patient)))));
    var holds =
        holdTables
            .current()
            .holdsFor(
                inputs.antithrombotics(patient),
                type.getDefinition().bleedingRisk(),
                inputs.bleedingRiskRaised(
                    patient, facts, planned.date(), holdTables.patientFactors()),
                slot.start(),
                slot.end());
    findings.addAll(HoldFindings.atBooking(holds, clock.instant(), clock.getZone()));
    return new Evaluated(ruleSet, findings);
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
