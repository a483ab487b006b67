package org.procedura.rules.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.Severity;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.BookingChecks;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.Room;
import org.procedura.shared.model.RuleViolationException;

/**
 * The booking checks, counting every finding they end with in {@code procedura.rule.findings} by
 * rule, severity and outcome: {@code refused} for the findings of a refused booking (every BLOCK
 * and every WARN not acknowledged), {@code acknowledged} for the warnings a physician acknowledged
 * on a booking that went ahead. A rule whose count climbs is a payer or safety problem worth a
 * look.
 */
class CountedBookingChecks implements BookingChecks {
  static final String FINDINGS = "procedura.rule.findings";

  private final BookingChecks checks;
  private final MeterRegistry registry;

  CountedBookingChecks(BookingChecks checks, MeterRegistry registry) {
    this.checks = checks;
    this.registry = registry;
  }

  @Override
  public CheckedRules check(
      Appointment candidate, ProcedureType type, Room room, Acknowledgement acknowledgement) {
    CheckedRules checked;
    try {
      checked = checks.check(candidate, type, room, acknowledgement);
    } catch (RuleViolationException refused) {
      for (Object finding : refused.findings()) {
        if (finding instanceof Finding f) {
          count(f.ruleId(), f.severity(), "refused");
        }
      }
      throw refused;
    }
    checked.acknowledgedRules().forEach(rule -> count(rule, Severity.WARN, "acknowledged"));
    return checked;
  }

  @Override
  public void record(AppointmentId appointment, CheckedRules checked) {
    checks.record(appointment, checked);
  }

  @Override
  public List<HoldInstruction> holdsOf(AppointmentId appointment) {
    return checks.holdsOf(appointment);
  }

  private void count(String rule, Severity severity, String outcome) {
    registry
        .counter(FINDINGS, "rule", rule, "severity", severity.name(), "outcome", outcome)
        .increment();
  }
}
