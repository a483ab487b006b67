package org.procedura.rules.model;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.HoldInstruction;

/** The rule checks of appointments, stamped with the clock's time as the database adapter does. */
public final class InMemoryRuleCheckRecords implements RuleCheckRecords {
  private final Map<AppointmentId, RecordedRuleCheck> checks = new HashMap<>();
  private final Map<AppointmentId, RecordedRuleCheck.AtCheckIn> atCheckIn = new HashMap<>();
  private final Clock clock;

  public InMemoryRuleCheckRecords(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void record(AppointmentId appointment, CheckedRules checked) {
    var acknowledgement = checked.acknowledgement();
    checks.put(
        appointment,
        new RecordedRuleCheck(
            checked.ruleSetCode(),
            checked.ruleSetVersion(),
            checked.acknowledgedRules(),
            acknowledgement == null ? null : acknowledgement.by().username(),
            acknowledgement == null ? null : acknowledgement.reason(),
            clock.instant(),
            checked.holds(),
            null));
  }

  @Override
  public Optional<RecordedRuleCheck> of(AppointmentId appointment) {
    return Optional.ofNullable(checks.get(appointment))
        .map(
            booked ->
                new RecordedRuleCheck(
                    booked.ruleSetCode(),
                    booked.ruleSetVersion(),
                    booked.acknowledgedRules(),
                    booked.acknowledgedBy(),
                    booked.acknowledgementReason(),
                    booked.checkedAt(),
                    booked.holds(),
                    atCheckIn.get(appointment)));
  }

  @Override
  public List<HoldInstruction> holdsOf(AppointmentId appointment) {
    return of(appointment).map(RecordedRuleCheck::holds).orElse(List.of());
  }

  @Override
  public void recordAtCheckIn(
      AppointmentId appointment,
      String ruleSetCode,
      Integer ruleSetVersion,
      List<Finding> findings,
      Instant at) {
    atCheckIn.put(
        appointment,
        new RecordedRuleCheck.AtCheckIn(
            ruleSetCode,
            ruleSetVersion,
            findings.stream().map(f -> f.ruleId() + ":" + f.severity()).distinct().toList(),
            at));
  }
}
