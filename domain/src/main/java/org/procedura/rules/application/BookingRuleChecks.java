package org.procedura.rules.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldFindings;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.ProcedureFacts;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.RuleContext;
import org.procedura.rules.model.RuleDecision;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.Room;
import org.procedura.shared.model.RuleViolationException;

/**
 * A procedure booking through the rules: the payer rules of the patient's coverage (none without
 * one) and the antithrombotic holds. BLOCK refuses; WARN needs a physician's acknowledgement. Runs
 * in the booking's transaction, so a refusal books nothing.
 */
public class BookingRuleChecks implements BookingChecks {
  /** The imaging a room is assumed to guide with, best first, when it has several. */
  private static final List<ImagingModality> PREFERRED =
      List.of(ImagingModality.FLUOROSCOPY, ImagingModality.CT, ImagingModality.ULTRASOUND);

  private final RuleInputs inputs;
  private final RuleSets ruleSets;
  private final HoldTables holdTables;
  private final RuleCheckRecords records;
  private final CareSetting clinicSetting;
  private final Clock clock;

  public BookingRuleChecks(
      RuleInputs inputs,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      CareSetting clinicSetting,
      Clock clock) {
    this.inputs = inputs;
    this.ruleSets = ruleSets;
    this.holdTables = holdTables;
    this.records = records;
    this.clinicSetting = clinicSetting;
    this.clock = clock;
  }

  @Override
  public CheckedRules check(
      Appointment candidate, ProcedureType type, Room room, Acknowledgement acknowledgement) {
    var patient = candidate.getPatient();
    ProcedureFacts planned = planned(candidate, type, room);
    List<Finding> findings = new ArrayList<>();
    Optional<RuleSet> ruleSet = inputs.ruleSetOf(patient).flatMap(ruleSets::current);
    ruleSet.ifPresent(
        set ->
            findings.addAll(
                set.check(
                    new RuleContext(
                        inputs.facts(patient, candidate.getReferral()),
                        planned,
                        inputs.history(patient)))));
    var slot = candidate.getPlacement().slot();
    var holds =
        holdTables
            .current()
            .holdsFor(
                inputs.antithrombotics(patient),
                type.getDefinition().bleedingRisk(),
                false,
                slot.start(),
                slot.end());
    findings.addAll(HoldFindings.atBooking(holds, clock.instant(), clock.getZone()));
    return switch (RuleDecision.of(findings, acknowledgement)) {
      case RuleDecision.Refused refused -> {
        List<Finding> reasons = new ArrayList<>(refused.blocking());
        reasons.addAll(refused.unacknowledged());
        throw new RuleViolationException(refused.why(), reasons);
      }
      case RuleDecision.Allowed allowed ->
          new CheckedRules(
              ruleSet.map(set -> set.code().value()).orElse(null),
              ruleSet.map(RuleSet::version).orElse(null),
              allowed.acknowledged().stream().map(Finding::ruleId).collect(Collectors.toSet()),
              allowed.acknowledgement());
    };
  }

  @Override
  public void record(AppointmentId appointment, CheckedRules checked) {
    records.record(appointment, checked);
  }

  private ProcedureFacts planned(Appointment candidate, ProcedureType type, Room room) {
    var definition = type.getDefinition();
    ImagingModality imaging =
        PREFERRED.stream()
            .filter(definition.imaging().modalities()::contains)
            .filter(room.getSetup().imaging()::contains)
            .findFirst()
            .orElse(null);
    var site = candidate.getSite();
    LocalDate date = LocalDate.ofInstant(candidate.getPlacement().slot().start(), clock.getZone());
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
}
