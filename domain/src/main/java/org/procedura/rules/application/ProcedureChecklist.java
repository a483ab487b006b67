package org.procedura.rules.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.rules.model.CheckInChecklist;
import org.procedura.rules.model.CheckInFacts;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldFindings;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientChart;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.rules.model.Severity;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.CheckInChecks;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.UnprocessableException;

/**
 * The pre-procedure checklist of a procedure appointment: nurses and physicians record its items,
 * and check-in is refused, with the list of what is missing, until each required item is recorded
 * and every drug hold confirmed.
 */
public class ProcedureChecklist implements CheckInChecks {
  /** Categories whose procedures inject a steroid (a diagnostic facet block does not). */
  private static final Set<ProcedureCategory> STEROID_CATEGORIES =
      EnumSet.of(
          ProcedureCategory.EPIDURAL_STEROID_INJECTION,
          ProcedureCategory.SACROILIAC_JOINT,
          ProcedureCategory.FACET);

  private final Appointments appointments;
  private final ProcedureTypes procedureTypes;
  private final Rooms rooms;
  private final PatientCharts charts;
  private final HoldTables holdTables;
  private final ChecklistRecords records;
  private final DayOfProcedureRules dayOfProcedure;
  private final RuleCheckRecords ruleChecks;
  private final Clock clock;

  public ProcedureChecklist(
      Appointments appointments,
      ProcedureTypes procedureTypes,
      Rooms rooms,
      PatientCharts charts,
      HoldTables holdTables,
      ChecklistRecords records,
      RuleSets ruleSets,
      RuleCheckRecords ruleChecks,
      CareSetting clinicSetting,
      Clock clock) {
    this.dayOfProcedure =
        new DayOfProcedureRules(charts, ruleSets, holdTables, ruleChecks, clinicSetting, clock);
    this.ruleChecks = ruleChecks;
    this.appointments = appointments;
    this.procedureTypes = procedureTypes;
    this.rooms = rooms;
    this.charts = charts;
    this.holdTables = holdTables;
    this.records = records;
    this.clock = clock;
  }

  @Transactional
  public ChecklistView of(AppointmentId id) {
    return view(procedure(id));
  }

  /**
   * Records the item (again is harmless: the first record stands). Only a nurse or physician may:
   * {@code byClinician} says whether the user holds one of those roles.
   */
  @Transactional
  public ChecklistView record(AppointmentId id, ChecklistItem item, Actor by, boolean byClinician) {
    if (!byClinician) {
      throw new UnprocessableException(
          "NOT_A_CLINICIAN", "only a nurse or physician records checklist items");
    }
    Appointment procedure = procedure(id);
    records.record(id, item, by.username(), clock.instant());
    return view(procedure);
  }

  /**
   * Check-in needs the checklist complete and the rules passed again on the day's chart; what they
   * found is recorded beside the booking's check.
   */
  @Override
  public void requireReady(Appointment procedure, Instant now) {
    var view = view(procedure);
    ProcedureType type = typeOf(procedure);
    var again = dayOfProcedure.evaluate(procedure, type, chartOf(procedure), onOffer(procedure));
    List<Finding> unmet = new ArrayList<>(view.unmet());
    again.findings().stream().filter(f -> f.severity() == Severity.BLOCK).forEach(unmet::add);
    if (!unmet.isEmpty()) {
      throw new RuleViolationException(
          "check-in needs every checklist item recorded, every hold confirmed and no rule"
              + " blocking on the day",
          unmet);
    }
    ruleChecks.recordAtCheckIn(
        procedure.getId(),
        again.ruleSet().map(set -> set.code().value()).orElse(null),
        again.ruleSet().map(RuleSet::version).orElse(null),
        again.findings(),
        now);
  }

  private ProcedureType typeOf(Appointment procedure) {
    return procedureTypes
        .find(procedure.getProcedureType())
        .orElseThrow(() -> new NotFoundException("procedure type", procedure.getProcedureType()));
  }

  private PatientChart chartOf(Appointment procedure) {
    var patient = procedure.getPatient();
    return charts.of(patient).orElseThrow(() -> new NotFoundException("patient", patient));
  }

  private Set<ImagingModality> onOffer(Appointment procedure) {
    return rooms
        .find(procedure.getPlacement().room())
        .map(room -> room.getSetup().imaging())
        .orElse(Set.of());
  }

  private ChecklistView view(Appointment procedure) {
    ProcedureType type = typeOf(procedure);
    var definition = type.getDefinition();
    var patient = procedure.getPatient();
    var slot = procedure.getPlacement().slot();
    PatientChart chart = chartOf(procedure);
    var patientFacts = chart.facts();
    var holds = RuleEvaluation.holds(holdTables, chart, type, slot, clock.getZone());
    var onOffer = onOffer(procedure);
    var recorded = records.of(procedure.getId());
    var facts =
        new CheckInFacts(
            definition.sedation(),
            definition.imaging().contrast(),
            RuleEvaluation.guidance(type, onOffer) == ImagingModality.FLUOROSCOPY,
            STEROID_CATEGORIES.contains(definition.category())
                && definition.purpose() != ProcedurePurpose.DIAGNOSTIC,
            definition.category() == ProcedureCategory.VERTEBRAL_AUGMENTATION,
            chart.diabetic(),
            patientFacts.contrastAllergy(),
            patientFacts.pregnant(),
            HoldFindings.anyToStop(holds),
            recorded);
    List<Finding> unmet = new ArrayList<>(CheckInChecklist.unmet(facts));
    unmet.addAll(
        HoldFindings.atCheckIn(
            holds,
            recorded.containsKey(ChecklistItem.ANTITHROMBOTIC_HOLD_CONFIRMED),
            clock.getZone()));
    return new ChecklistView(
        CheckInChecklist.required(facts), recorded, unmet, BookingRuleChecks.instructions(holds));
  }

  private Appointment procedure(AppointmentId id) {
    Appointment appointment =
        appointments.find(id).orElseThrow(() -> new NotFoundException("appointment", id));
    if (appointment.getKind() != AppointmentKind.PROCEDURE) {
      throw new UnprocessableException(
          "NOT_A_PROCEDURE", "only a procedure appointment has a check-in checklist");
    }
    return appointment;
  }
}
