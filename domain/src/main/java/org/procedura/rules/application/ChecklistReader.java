package org.procedura.rules.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.outcomes.application.ProcedureBaselines;
import org.procedura.outcomes.model.Measure;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.rules.model.CheckInChecklist;
import org.procedura.rules.model.CheckInFacts;
import org.procedura.rules.model.ChecklistEntry;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistLimits;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.rules.model.ChecklistValue;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldFindings;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientChart;
import org.procedura.scheduling.model.Appointment;

/**
 * Reads what the checklist of a procedure needs (the procedure, the patient's chart, the limits,
 * the entries recorded and the baseline the outcomes hold) and puts the view together.
 */
class ChecklistReader {
  /** Categories whose procedures inject a steroid (a diagnostic facet block does not). */
  private static final Set<ProcedureCategory> STEROID_CATEGORIES =
      EnumSet.of(
          ProcedureCategory.EPIDURAL_STEROID_INJECTION,
          ProcedureCategory.SACROILIAC_JOINT,
          ProcedureCategory.FACET);

  private final HoldTables holdTables;
  private final ChecklistRecords records;
  private final ChecklistLimits limits;
  private final ProcedureBaselines baselines;
  private final Clock clock;

  ChecklistReader(
      HoldTables holdTables,
      ChecklistRecords records,
      ChecklistLimits limits,
      ProcedureBaselines baselines,
      Clock clock) {
    this.holdTables = holdTables;
    this.records = records;
    this.limits = limits;
    this.baselines = baselines;
    this.clock = clock;
  }

  ChecklistView view(
      Appointment procedure, ProcedureType type, PatientChart chart, Set<ImagingModality> onOffer) {
    var definition = type.getDefinition();
    var slot = procedure.getPlacement().slot();
    var holds = RuleEvaluation.holds(holdTables, chart, type, slot, clock.getZone());
    var patientFacts = chart.facts();
    Map<ChecklistItem, ChecklistEntry> recorded = new EnumMap<>(ChecklistItem.class);
    List<ChecklistEntry> corrected = new ArrayList<>();
    for (ChecklistEntry entry : records.of(procedure.getId())) {
      ChecklistEntry replaced = recorded.put(entry.item(), entry);
      if (replaced != null) {
        corrected.add(replaced);
      }
    }
    baseline(procedure).ifPresent(entry -> recorded.put(entry.item(), entry));
    var facts =
        new CheckInFacts(
            new CheckInFacts.Procedure(
                definition.sedation(),
                definition.imaging().contrast(),
                RuleEvaluation.guidance(type, onOffer) == ImagingModality.FLUOROSCOPY,
                STEROID_CATEGORIES.contains(definition.category())
                    && definition.purpose() != ProcedurePurpose.DIAGNOSTIC,
                definition.category() == ProcedureCategory.VERTEBRAL_AUGMENTATION,
                RuleEvaluation.bleedingRisk(holdTables, chart, type, slot, clock.getZone()),
                slot.start(),
                baselines.scalesFor(type.getCode())),
            new CheckInFacts.Patient(
                chart.diabetic(),
                patientFacts.contrastAllergy(),
                patientFacts.pregnant(),
                HoldFindings.anyToStop(holds),
                chart.antithrombotics().stream()
                    .anyMatch(drug -> drug.drugClass() == AntithromboticClass.WARFARIN)),
            limits.all(),
            recorded);
    List<Finding> unmet = new ArrayList<>(CheckInChecklist.unmet(facts));
    unmet.addAll(
        HoldFindings.atCheckIn(
            holds,
            recorded.containsKey(ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED),
            clock.getZone()));
    return new ChecklistView(
        procedure.getId(),
        procedure.getPatient(),
        CheckInChecklist.required(facts),
        CheckInChecklist.baselineScales(facts),
        CheckInChecklist.limits(facts),
        recorded,
        corrected,
        unmet,
        BookingRuleChecks.instructions(holds));
  }

  /** The baseline the outcomes hold for the procedure, as the checklist's pain score. */
  private Optional<ChecklistEntry> baseline(Appointment procedure) {
    var baseline = baselines.of(procedure.getId());
    if (baseline.scores().isEmpty() || baseline.lastRecorded().isEmpty()) {
      return Optional.empty();
    }
    List<Measure> scores =
        baseline.scores().values().stream().sorted(Comparator.comparing(Measure::scale)).toList();
    return Optional.of(
        new ChecklistEntry(
            ChecklistItem.BASELINE_PAIN_SCORE,
            new ChecklistValue.PainScores(scores),
            baseline.lastRecorded().get()));
  }
}
