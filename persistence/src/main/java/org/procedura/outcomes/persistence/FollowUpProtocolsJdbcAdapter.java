package org.procedura.outcomes.persistence;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.persistence.SqlChangeStamps;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Protocols: small tables read whole; a revision replaces the steps on the version it was read. */
@Component
class FollowUpProtocolsJdbcAdapter implements FollowUpProtocols {
  private final NamedParameterJdbcTemplate jdbc;
  private final SqlChangeStamps stamps;

  FollowUpProtocolsJdbcAdapter(NamedParameterJdbcTemplate jdbc, SqlChangeStamps stamps) {
    this.stamps = stamps;
    this.jdbc = jdbc;
  }

  @Override
  public List<FollowUpProtocol> all() {
    return load(null);
  }

  @Override
  public Optional<FollowUpProtocol> find(ProcedureTypeCode procedureType) {
    return load(procedureType.value()).stream().findFirst();
  }

  @Override
  public FollowUpProtocol save(FollowUpProtocol protocol) {
    var code = new MapSqlParameterSource("code", protocol.getProcedureType().value());
    if (protocol.getVersion() == null) {
      jdbc.update(
          "insert into follow_up_protocol (procedure_type_code, version, measures, "
              + SqlChangeStamps.ON_INSERT_COLUMNS
              + ") values (:code, 0, :measures, "
              + SqlChangeStamps.ON_INSERT_VALUES
              + ")",
          stamps.stamp(
              new MapSqlParameterSource(code.getValues())
                  .addValue("measures", measures(protocol))));
    } else {
      int updated =
          jdbc.update(
              "update follow_up_protocol set version = version + 1, measures = :measures, "
                  + SqlChangeStamps.ON_UPDATE
                  + " where procedure_type_code = :code and version = :version",
              stamps.stamp(
                  new MapSqlParameterSource("code", protocol.getProcedureType().value())
                      .addValue("measures", measures(protocol))
                      .addValue("version", protocol.getVersion())));
      if (updated == 0) {
        throw new StaleVersionException(
            "follow-up protocol " + protocol.getProcedureType(),
            protocol.getVersion(),
            protocol.getVersion() + 1);
      }
    }
    jdbc.update("delete from follow_up_protocol_step where procedure_type_code = :code", code);
    jdbc.update("delete from follow_up_protocol_diary where procedure_type_code = :code", code);
    List<FollowUpStep> steps = protocol.getSteps();
    for (int i = 0; i < steps.size(); i++) {
      jdbc.update(
          """
          insert into follow_up_protocol_step
            (procedure_type_code, seq, label, after_period, window_days)
          values (:code, :seq, :label, :after, :window)
          """,
          new MapSqlParameterSource("code", protocol.getProcedureType().value())
              .addValue("seq", i)
              .addValue("label", steps.get(i).label())
              .addValue("after", steps.get(i).after().toString())
              .addValue("window", steps.get(i).windowDays()));
    }
    for (Duration point : protocol.getDiaryPoints()) {
      jdbc.update(
          """
          insert into follow_up_protocol_diary (procedure_type_code, minutes_after)
          values (:code, :minutes)
          """,
          new MapSqlParameterSource("code", protocol.getProcedureType().value())
              .addValue("minutes", point.toMinutes()));
    }
    return find(protocol.getProcedureType()).orElseThrow();
  }

  private List<FollowUpProtocol> load(String only) {
    String where = only == null ? "" : " where procedure_type_code = :code";
    var params = new MapSqlParameterSource("code", only);
    Map<String, Long> versions = new LinkedHashMap<>();
    Map<String, Set<Scale>> measures = new HashMap<>();
    jdbc.query(
        "select procedure_type_code, version, measures from follow_up_protocol"
            + where
            + " order by procedure_type_code",
        params,
        rs -> {
          versions.put(rs.getString(1), rs.getLong(2));
          Set<Scale> scales = EnumSet.noneOf(Scale.class);
          for (String scale : rs.getString(3).split(",")) {
            scales.add(Scale.valueOf(scale.trim()));
          }
          measures.put(rs.getString(1), scales);
        });
    Map<String, List<FollowUpStep>> steps = new LinkedHashMap<>();
    jdbc.query(
        "select procedure_type_code, label, after_period, window_days from follow_up_protocol_step"
            + where
            + " order by procedure_type_code, seq",
        params,
        rs -> {
          steps
              .computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
              .add(new FollowUpStep(rs.getString(2), Period.parse(rs.getString(3)), rs.getInt(4)));
        });
    Map<String, List<Duration>> diary = new LinkedHashMap<>();
    jdbc.query(
        "select procedure_type_code, minutes_after from follow_up_protocol_diary" + where,
        params,
        rs -> {
          diary
              .computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
              .add(Duration.ofMinutes(rs.getInt(2)));
        });
    List<FollowUpProtocol> protocols = new ArrayList<>();
    versions.forEach(
        (code, version) ->
            protocols.add(
                new FollowUpProtocol(
                    new ProcedureTypeCode(code),
                    steps.getOrDefault(code, List.of()),
                    diary.getOrDefault(code, List.of()),
                    measures.get(code),
                    version)));
    return protocols;
  }

  private static String measures(FollowUpProtocol protocol) {
    return protocol.getMeasures().stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
