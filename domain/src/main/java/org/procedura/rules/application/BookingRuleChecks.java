package org.procedura.rules.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.rules.model.AuthorizationVisits;
import org.procedura.rules.model.DrugHold;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldRule;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.ProcedureFacts;
import org.procedura.rules.model.RecordedRuleCheck;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.RuleDecision;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.Room;
import org.procedura.shared.model.RuleViolationException;

/**
 * A procedure booking through the rules: the payer rules of the patient's coverage (none without
 * one) and the antithrombotic holds, on the patient's whole chart. BLOCK refuses; WARN needs a
 * physician's acknowledgement. Runs in the booking's transaction, so a refusal books nothing. The
 * procedure is planned in its room's care setting, for the purpose it is booked for. A booking
 * being moved is judged without itself and by the hold it already began. Where the rule set asks
 * for a prior authorization, the booking takes a visit of the one that covers it.
 */
public class BookingRuleChecks implements BookingChecks {
  private final RuleEvaluation evaluation;
  private final RuleCheckRecords records;
  private final AuthorizationVisits visits;
  private final Clock clock;

  public BookingRuleChecks(
      PatientCharts charts,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      AuthorizationVisits visits,
      CareSetting clinicSetting,
      Clock clock) {
    this.evaluation = new RuleEvaluation(charts, ruleSets, holdTables, clinicSetting, clock);
    this.records = records;
    this.visits = visits;
    this.clock = clock;
  }

  @Override
  public CheckedRules check(
      Appointment candidate, ProcedureType type, Room room, Acknowledgement acknowledgement) {
    var slot = candidate.getPlacement().slot();
    LocalDate date = LocalDate.ofInstant(slot.start(), clock.getZone());
    ProcedureFacts planned =
        evaluation.planned(
            type,
            candidate.getSite(),
            date,
            room.getSetup().imaging(),
            room.getSetup().careSetting(),
            candidate.getPurpose());
    var evaluated =
        evaluation.evaluate(
            evaluation.chart(candidate.getPatient()),
            candidate.getId().value(),
            type,
            planned,
            slot,
            records.of(candidate.getId()).map(RecordedRuleCheck::heldSince).orElse(Map.of()));
    var ruleSet = evaluated.ruleSet();
    return switch (RuleDecision.of(evaluated.findings(), acknowledgement)) {
      case RuleDecision.Refused refused -> {
        List<Finding> reasons = new ArrayList<>(refused.blocking());
        reasons.addAll(refused.unacknowledged());
        throw new RuleViolationException(refused.why(), reasons);
      }
      case RuleDecision.Allowed allowed -> {
        useAuthorizedVisit(candidate, planned, evaluated.authorized());
        yield new CheckedRules(
            ruleSet.map(set -> set.code().value()).orElse(null),
            ruleSet.map(RuleSet::version).orElse(null),
            allowed.acknowledged().stream().map(Finding::ruleId).collect(Collectors.toSet()),
            allowed.acknowledgement(),
            instructions(evaluated.holds()));
      }
    };
  }

  /**
   * Takes a visit of the authorization that covers the booking (giving back one it used before), or
   * gives back the one it used when none is needed; refused when another booking took the last
   * visit since the chart was read.
   */
  private void useAuthorizedVisit(
      Appointment candidate,
      ProcedureFacts planned,
      Optional<RuleEvaluation.Authorized> authorized) {
    UUID appointment = candidate.getId().value();
    if (authorized.isEmpty()) {
      visits.release(appointment);
      return;
    }
    var covering = authorized.get();
    if (!visits.use(covering.authorization().id(), appointment)) {
      throw new RuleViolationException(
          "a blocking rule is not met",
          List.of(covering.rule().usedUp(covering.authorization(), planned)));
    }
  }

  @Override
  public void record(AppointmentId appointment, CheckedRules checked) {
    records.record(appointment, checked);
  }

  @Override
  public List<HoldInstruction> holdsOf(AppointmentId appointment) {
    return records.holdsOf(appointment);
  }

  static List<HoldInstruction> instructions(List<DrugHold> holds) {
    return holds.stream()
        .filter(hold -> hold.rule().kind() == HoldRule.Kind.HOLD)
        .map(
            hold ->
                new HoldInstruction(
                    hold.medication(),
                    hold.drugClass().name(),
                    hold.lastDoseOn(),
                    hold.restartFrom()))
        .toList();
  }
}
