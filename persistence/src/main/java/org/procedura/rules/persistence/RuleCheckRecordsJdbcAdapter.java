package org.procedura.rules.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.procedura.rules.model.RecordedRuleCheck;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One row per procedure appointment: the last check it passed (a move replaces it). */
@Component
class RuleCheckRecordsJdbcAdapter implements RuleCheckRecords {
  private final JdbcTemplate jdbc;
  private final Clock clock;

  RuleCheckRecordsJdbcAdapter(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void record(AppointmentId appointment, CheckedRules checked) {
    jdbc.update(
        "delete from appointment_rule_check where appointment_id = ?", appointment.toString());
    var acknowledgement = checked.acknowledgement();
    jdbc.update(
        "insert into appointment_rule_check (appointment_id, rule_set_code, rule_set_version,"
            + " acknowledged_rules, acknowledged_by, acknowledgement_reason, checked_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        appointment.toString(),
        checked.ruleSetCode(),
        checked.ruleSetVersion(),
        checked.acknowledgedRules().stream().sorted().collect(Collectors.joining(",")),
        acknowledgement == null ? null : acknowledgement.by().username(),
        acknowledgement == null ? null : acknowledgement.reason(),
        UtcTime.toColumn(clock.instant()));
  }

  @Override
  public Optional<RecordedRuleCheck> of(AppointmentId appointment) {
    return jdbc
        .query(
            "select rule_set_code, rule_set_version, acknowledged_rules, acknowledged_by,"
                + " acknowledgement_reason, checked_at from appointment_rule_check"
                + " where appointment_id = ?",
            (rs, n) -> {
              String rules = rs.getString("acknowledged_rules");
              return new RecordedRuleCheck(
                  rs.getString("rule_set_code"),
                  rs.getObject("rule_set_version", Integer.class),
                  rules == null || rules.isEmpty() ? Set.of() : Set.of(rules.split(",")),
                  rs.getString("acknowledged_by"),
                  rs.getString("acknowledgement_reason"),
                  UtcTime.fromColumn(rs.getObject("checked_at", LocalDateTime.class)));
            },
            appointment.toString())
        .stream()
        .findFirst();
  }
}
