package org.procedura.rules.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientChart;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.RecordedRuleCheck;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.RuleSets;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Room;

/**
 * The payer and safety rules run again on the day of the procedure, on that day's chart (a drug
 * started since booking, relief recorded since, a document that lapsed): the booking is judged
 * without itself and by the hold its plan began.
 */
class DayOfProcedureRules {
  private final RuleEvaluation evaluation;
  private final RuleCheckRecords records;
  private final Clock clock;

  DayOfProcedureRules(
      PatientCharts charts,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      CareSetting clinicSetting,
      Clock clock) {
    this.evaluation = new RuleEvaluation(charts, ruleSets, holdTables, clinicSetting, clock);
    this.records = records;
    this.clock = clock;
  }

  /** The procedure as booked: in its room (imaging, care setting), for its booked purpose. */
  RuleEvaluation.Evaluated evaluate(
      Appointment procedure, ProcedureType type, PatientChart chart, Optional<Room> room) {
    Set<ImagingModality> onOffer = room.map(r -> r.getSetup().imaging()).orElse(Set.of());
    CareSetting setting = room.map(r -> r.getSetup().careSetting()).orElse(null);
    var slot = procedure.getPlacement().slot();
    LocalDate day = LocalDate.ofInstant(slot.start(), clock.getZone());
    return evaluation.evaluate(
        chart,
        procedure.getId().value(),
        type,
        evaluation.planned(
            type, procedure.getSite(), day, onOffer, setting, procedure.getPurpose()),
        slot,
        records.of(procedure.getId()).map(RecordedRuleCheck::heldSince).orElse(Map.of()));
  }
}
