package org.procedura.outcomes.persistence;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class BaselinesJdbcAdapter implements Baselines {
  private final NamedParameterJdbcTemplate jdbc;

  BaselinesJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Scale, Measure> of(AppointmentId procedure) {
    Map<Scale, Measure> baseline = new EnumMap<>(Scale.class);
    jdbc.query(
        """
        select measure_scale, score, items from outcome_measure
        where procedure_id = :procedure and measured_at_point = :point
        """,
        baselineOf(procedure),
        rs -> {
          Measure measure = MeasureRows.read(rs);
          baseline.put(measure.scale(), measure);
        });
    return baseline;
  }

  @Override
  public Optional<Stamp> lastRecorded(AppointmentId procedure) {
    List<Stamp> stamps =
        jdbc.query(
            """
            select recorded_at, recorded_by from outcome_measure
            where procedure_id = :procedure and measured_at_point = :point
            order by recorded_at desc limit 1
            """,
            baselineOf(procedure),
            (rs, row) ->
                new Stamp(
                    UtcTime.fromColumn(rs.getObject("recorded_at", LocalDateTime.class)),
                    new Actor(rs.getString("recorded_by"))));
    return stamps.stream().findFirst();
  }

  @Override
  public void add(AppointmentId procedure, PatientId patient, Measure measure, Stamp recorded) {
    try {
      MeasureRows.insert(
          jdbc, procedure.toString(), MeasureRows.BASELINE, patient.toString(), measure, recorded);
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          "BASELINE_RECORDED", "the baseline on " + measure.scale() + " is already recorded");
    }
  }

  @Override
  public void replace(AppointmentId procedure, PatientId patient, Measure measure, Stamp recorded) {
    MeasureRows.upsert(
        jdbc, procedure.toString(), MeasureRows.BASELINE, patient.toString(), measure, recorded);
  }

  private static MapSqlParameterSource baselineOf(AppointmentId procedure) {
    return new MapSqlParameterSource("procedure", procedure.toString())
        .addValue("point", MeasureRows.BASELINE);
  }
}
