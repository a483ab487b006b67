package org.procedura.rules.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldTables;
import org.procedura.rules.model.RuleCheckRecords;
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
 * in the booking's transaction, so a refusal books nothing. The procedure is planned in its room's
 * care setting, for the purpose it is booked for.
 */
public class BookingRuleChecks implements BookingChecks {
  private final RuleEvaluation evaluation;
  private final RuleCheckRecords records;
  private final Clock clock;

  public BookingRuleChecks(
      RuleInputs inputs,
      RuleSets ruleSets,
      HoldTables holdTables,
      RuleCheckRecords records,
      CareSetting clinicSetting,
      Clock clock) {
    this.evaluation = new RuleEvaluation(inputs, ruleSets, holdTables, clinicSetting, clock);
    this.records = records;
    this.clock = clock;
  }

  @Override
  public CheckedRules check(
      Appointment candidate, ProcedureType type, Room room, Acknowledgement acknowledgement) {
    var slot = candidate.getPlacement().slot();
    LocalDate date = LocalDate.ofInstant(slot.start(), clock.getZone());
    var evaluated =
        evaluation.evaluate(
            candidate.getPatient(),
            candidate.getReferral(),
            type,
            evaluation.planned(
                type,
                candidate.getSite(),
                date,
                room.getSetup().imaging(),
                room.getSetup().careSetting(),
                candidate.getPurpose()),
            slot);
    var ruleSet = evaluated.ruleSet();
    return switch (RuleDecision.of(evaluated.findings(), acknowledgement)) {
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
}
