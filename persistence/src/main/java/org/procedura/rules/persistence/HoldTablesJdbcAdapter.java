package org.procedura.rules.persistence;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.rules.model.BleedingRiskFactors;
import org.procedura.rules.model.HoldRule;
import org.procedura.rules.model.HoldTable;
import org.procedura.rules.model.HoldTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hold table read whole: a few dozen rows, read per booking of a patient on such a drug. */
@Component
class HoldTablesJdbcAdapter implements HoldTables {
  private final JdbcTemplate jdbc;

  HoldTablesJdbcAdapter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public HoldTable current() {
    Map<AntithromboticClass, Map<BleedingRisk, HoldRule>> rules =
        new EnumMap<>(AntithromboticClass.class);
    jdbc.query(
        "select drug_class, bleeding_risk, kind, hold_hours from antithrombotic_hold",
        rs -> {
          HoldRule.Kind kind = HoldRule.Kind.valueOf(rs.getString("kind"));
          HoldRule rule =
              kind == HoldRule.Kind.HOLD
                  ? new HoldRule(kind, Duration.ofHours(rs.getInt("hold_hours")))
                  : new HoldRule(kind, null);
          rules
              .computeIfAbsent(
                  AntithromboticClass.valueOf(rs.getString("drug_class")),
                  drug -> new EnumMap<>(BleedingRisk.class))
              .put(BleedingRisk.valueOf(rs.getString("bleeding_risk")), rule);
        });
    Map<AntithromboticClass, Duration> restart = new EnumMap<>(AntithromboticClass.class);
    jdbc.query(
        "select drug_class, restart_hours from antithrombotic_restart",
        rs -> {
          restart.put(
              AntithromboticClass.valueOf(rs.getString("drug_class")),
              Duration.ofHours(rs.getInt("restart_hours")));
        });
    return new HoldTable(rules, restart);
  }

  @Override
  public BleedingRiskFactors patientFactors() {
    Integer[] ageFrom = {null};
    Set<String> prefixes = new HashSet<>();
    jdbc.query(
        "select kind, factor_value from bleeding_risk_factor",
        rs -> {
          String value = rs.getString("factor_value");
          switch (rs.getString("kind")) {
            case "AGE_FROM" -> ageFrom[0] = Integer.valueOf(value);
            case "DIAGNOSIS" -> prefixes.add(value);
            default -> throw new IllegalStateException("unknown bleeding risk factor kind");
          }
        });
    return new BleedingRiskFactors(ageFrom[0], prefixes);
  }
}
