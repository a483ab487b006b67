package org.procedura.rules.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.RecordedRuleCheck;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.HoldInstruction;
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
        "delete from appointment_hold_plan where appointment_id = ?", appointment.toString());
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
    int position = 0;
    for (HoldInstruction hold : checked.holds()) {
      jdbc.update(
          "insert into appointment_hold_plan (appointment_id, position, medication, drug_class,"
              + " last_dose_on, restart_from) values (?, ?, ?, ?, ?, ?)",
          appointment.toString(),
          position++,
          hold.medication(),
          hold.drugClass(),
          hold.lastDoseOn(),
          UtcTime.toColumn(hold.restartFrom()));
    }
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
                  UtcTime.fromColumn(rs.getObject("checked_at", LocalDateTime.class)),
                  holdsOf(appointment),
                  atCheckIn(appointment));
            },
            appointment.toString())
        .stream()
        .findFirst();
  }

  @Override
  public void recordAtCheckIn(
      AppointmentId appointment,
      String ruleSetCode,
      Integer ruleSetVersion,
      List<Finding> findings,
      Instant at) {
    jdbc.update(
        "delete from appointment_check_in_rule_check where appointment_id = ?",
        appointment.toString());
    jdbc.update(
        "insert into appointment_check_in_rule_check (appointment_id, rule_set_code,"
            + " rule_set_version, findings, checked_at) values (?, ?, ?, ?, ?)",
        appointment.toString(),
        ruleSetCode,
        ruleSetVersion,
        findings.stream()
            .map(f -> f.ruleId() + ":" + f.severity())
            .distinct()
            .collect(Collectors.joining(",")),
        UtcTime.toColumn(at));
  }

  private RecordedRuleCheck.AtCheckIn atCheckIn(AppointmentId appointment) {
    return jdbc
        .query(
            "select rule_set_code, rule_set_version, findings, checked_at"
                + " from appointment_check_in_rule_check where appointment_id = ?",
            (rs, n) -> {
              String findings = rs.getString("findings");
              return new RecordedRuleCheck.AtCheckIn(
                  rs.getString("rule_set_code"),
                  rs.getObject("rule_set_version", Integer.class),
                  findings.isEmpty() ? List.of() : List.of(findings.split(",")),
                  UtcTime.fromColumn(rs.getObject("checked_at", LocalDateTime.class)));
            },
            appointment.toString())
        .stream()
        .findFirst()
        .orElse(null);
  }

  @Override
  public List<HoldInstruction> holdsOf(AppointmentId appointment) {
    return jdbc.query(
        "select medication, drug_class, last_dose_on, restart_from from appointment_hold_plan"
            + " where appointment_id = ? order by position",
        (rs, n) ->
            new HoldInstruction(
                rs.getString("medication"),
                rs.getString("drug_class"),
                rs.getObject("last_dose_on", LocalDate.class),
                UtcTime.fromColumn(rs.getObject("restart_from", LocalDateTime.class))),
        appointment.toString());
  }
}
