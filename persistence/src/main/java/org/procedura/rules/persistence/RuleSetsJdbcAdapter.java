package org.procedura.rules.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.PayerRule;
import org.procedura.rules.model.RuleHeader;
import org.procedura.rules.model.RuleParameters;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.RuleSets;
import org.procedura.rules.model.Severity;
import org.procedura.shared.model.StaleVersionException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rule sets in two tables: the set with its current version, and every version's rules, one row
 * each, parameters as {@code name=value} pairs joined by {@code |}.
 */
@Component
class RuleSetsJdbcAdapter implements RuleSets {
  private final NamedParameterJdbcTemplate jdbc;

  RuleSetsJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RuleSet> current(RuleSetCode code) {
    List<Integer> versions =
        jdbc.queryForList(
            "select current_version from payer_rule_set where code = :code",
            new MapSqlParameterSource("code", code.value()),
            Integer.class);
    return versions.isEmpty() ? Optional.empty() : version(code, versions.getFirst());
  }

  @Override
  public Optional<RuleSet> version(RuleSetCode code, int version) {
    List<PayerRule> rules =
        jdbc.query(
            """
            select rule_id, kind, severity, scope_categories, scope_types, scope_purpose,
                   parameters, source
            from payer_rule where rule_set_code = :code and version = :version
            order by position
            """,
            new MapSqlParameterSource("code", code.value()).addValue("version", version),
            (rs, row) ->
                RuleParameters.rule(
                    new RuleHeader(
                        rs.getString("rule_id"),
                        Severity.valueOf(rs.getString("severity")),
                        RuleParameters.scope(
                            rs.getString("scope_categories"),
                            rs.getString("scope_types"),
                            rs.getString("scope_purpose")),
                        rs.getString("source")),
                    rs.getString("kind"),
                    parameters(rs.getString("parameters"))));
    return rules.isEmpty() ? Optional.empty() : Optional.of(new RuleSet(code, version, rules));
  }

  @Override
  public List<RuleSet> all() {
    return jdbc
        .queryForList("select code from payer_rule_set order by code", Map.of(), String.class)
        .stream()
        .map(code -> current(new RuleSetCode(code)).orElseThrow())
        .toList();
  }

  @Override
  public void saveNewVersion(RuleSet next) {
    int updated =
        jdbc.update(
            "update payer_rule_set set current_version = :next"
                + " where code = :code and current_version = :previous",
            new MapSqlParameterSource("code", next.code().value())
                .addValue("next", next.version())
                .addValue("previous", next.version() - 1));
    if (updated == 0) {
      throw new StaleVersionException(
          "rule set " + next.code(), next.version() - 1, next.version());
    }
    int position = 0;
    for (PayerRule rule : next.rules()) {
      RuleHeader header = rule.header();
      jdbc.update(
          """
          insert into payer_rule (rule_set_code, version, position, rule_id, kind, severity,
            scope_categories, scope_types, scope_purpose, parameters, source)
          values (:code, :version, :position, :id, :kind, :severity, :categories, :types,
            :purpose, :parameters, :source)
          """,
          new MapSqlParameterSource("code", next.code().value())
              .addValue("version", next.version())
              .addValue("position", ++position)
              .addValue("id", header.id())
              .addValue("kind", RuleParameters.kindOf(rule))
              .addValue("severity", header.severity().name())
              .addValue("categories", joined(header.scope().categories()))
              .addValue("types", joined(header.scope().types()))
              .addValue(
                  "purpose",
                  header.scope().purpose() == null ? null : header.scope().purpose().name())
              .addValue("parameters", stored(RuleParameters.of(rule)))
              .addValue("source", header.source()));
    }
  }

  private static Map<String, String> parameters(String column) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : column.split("\\|")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
    return parameters;
  }

  private static String stored(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining("|"));
  }

  private static String joined(java.util.Set<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
  }
}
