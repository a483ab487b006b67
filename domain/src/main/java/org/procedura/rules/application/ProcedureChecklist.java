package org.procedura.rules.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.outcomes.application.ProcedureBaselines;
import org.procedura.rules.model.ChecklistEntry;
import org.procedura.rules.model.ChecklistInput;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistLimits;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.rules.model.ChecklistValue;
import org.procedura.rules.model.Finding;
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
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.CheckInChecks;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * The pre-procedure checklist of a procedure appointment: nurses and physicians record each item's
 * value, and check-in is refused, with the list of what is missing or outside its limit, until each
 * required item is recorded within its limits and every drug hold confirmed.
 *
 * <p>Recording an item again corrects it: the new value counts, the earlier one is kept with who
 * recorded it and when. The baseline pain score is the procedure's baseline in the outcomes ({@link
 * ProcedureBaselines}), so a baseline recorded there satisfies the item too.
 */
public class ProcedureChecklist implements CheckInChecks {
  /** The checklist is kept until the procedure starts. */
  private static final Set<AppointmentStatus> OPEN =
      EnumSet.of(
          AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.CHECKED_IN);

  private final Appointments appointments;
  private final ProcedureTypes procedureTypes;
  private final Rooms rooms;
  private final PatientCharts charts;
  private final ChecklistRecords records;
  private final ProcedureBaselines baselines;
  private final ChecklistReader reader;
  private final DayOfProcedureRules dayOfProcedure;
  private final RuleCheckRecords ruleChecks;
  private final Clock clock;

  /** The ports and the outcomes' baselines the checklist reads and writes. */
  public record Sources(
      Appointments appointments,
      ProcedureTypes procedureTypes,
      Rooms rooms,
      PatientCharts charts,
      HoldTables holdTables,
      ChecklistRecords records,
      ChecklistLimits limits,
      ProcedureBaselines baselines) {}

  public ProcedureChecklist(
      Sources sources,
      RuleSets ruleSets,
      RuleCheckRecords ruleChecks,
      CareSetting clinicSetting,
      Clock clock) {
    this.appointments = sources.appointments();
    this.procedureTypes = sources.procedureTypes();
    this.rooms = sources.rooms();
    this.charts = sources.charts();
    this.records = sources.records();
    this.baselines = sources.baselines();
    this.reader =
        new ChecklistReader(
            sources.holdTables(), sources.records(), sources.limits(), sources.baselines(), clock);
    this.dayOfProcedure =
        new DayOfProcedureRules(
            sources.charts(), ruleSets, sources.holdTables(), ruleChecks, clinicSetting, clock);
    this.ruleChecks = ruleChecks;
    this.clock = clock;
  }

  @Transactional
  public ChecklistView of(AppointmentId id) {
    return view(procedure(id));
  }

  /**
   * Records the item's value, replacing the one recorded before (which is kept as corrected). Only
   * a nurse or physician may: {@code byClinician} says whether the user holds one of those roles.
   * The baseline pain score is recorded as the procedure's baseline in the outcomes.
   */
  @Transactional
  public ChecklistView record(
      AppointmentId id, ChecklistItem item, ChecklistInput input, Actor by, boolean byClinician) {
    if (!byClinician) {
      throw new UnprocessableException(
          "NOT_A_CLINICIAN", "only a nurse or physician records checklist items");
    }
    ChecklistValue value = input.valueFor(item);
    Appointment procedure = procedure(id);
    if (!OPEN.contains(procedure.getStatus())) {
      throw new UnprocessableException(
          "CHECKLIST_CLOSED",
          "the checklist is kept until the procedure starts; it is " + procedure.getStatus());
    }
    Instant now = clock.instant();
    switch (value) {
      case ChecklistValue.PainScores scores -> baselines.record(id, scores.scores(), by);
      case ChecklistValue.LastMeal meal -> notLater(meal.at(), now);
      case ChecklistValue.LastLiquids liquids -> notLater(liquids.at(), now);
      default -> {}
    }
    if (!(value instanceof ChecklistValue.PainScores)) {
      records.record(id, new ChecklistEntry(item, value, new Stamp(now, by)));
    }
    return view(procedure);
  }

  /**
   * Check-in needs the checklist complete and within its limits, and the rules passed again on the
   * day's chart; what they found is recorded beside the booking's check.
   */
  @Override
  public void requireReady(Appointment procedure, Instant now) {
    // the chart, type and room read once, for the checklist and the rules alike
    ProcedureType type = typeOf(procedure);
    PatientChart chart = chartOf(procedure);
    Optional<Room> room = rooms.find(procedure.getPlacement().room());
    var view = reader.view(procedure, type, chart, imagingIn(room));
    var again = dayOfProcedure.evaluate(procedure, type, chart, room);
    List<Finding> unmet = new ArrayList<>(view.unmet());
    again.findings().stream().filter(f -> f.severity() == Severity.BLOCK).forEach(unmet::add);
    if (!unmet.isEmpty()) {
      throw new RuleViolationException(
          "check-in needs every checklist item recorded within its limits, every hold confirmed"
              + " and no rule blocking on the day",
          unmet);
    }
    ruleChecks.recordAtCheckIn(
        procedure.getId(),
        again.ruleSet().map(set -> set.code().value()).orElse(null),
        again.ruleSet().map(RuleSet::version).orElse(null),
        again.findings(),
        now);
  }

  private void notLater(Instant at, Instant now) {
    PlausibleDates.onCalendar(at, clock, "at");
    if (at.isAfter(now)) {
      throw new InvalidInputException(
          "at", "at is in the future: when did the patient last take it?");
    }
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

  private static Set<ImagingModality> imagingIn(Optional<Room> room) {
    return room.map(r -> r.getSetup().imaging()).orElse(Set.of());
  }

  private ChecklistView view(Appointment procedure) {
    return reader.view(
        procedure,
        typeOf(procedure),
        chartOf(procedure),
        imagingIn(rooms.find(procedure.getPlacement().room())));
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
