package org.procedura.outcomes.persistence;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
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
        new MapSqlParameterSource("procedure", procedure.toString())
            .addValue("point", MeasureRows.BASELINE),
        rs -> {
          Measure measure = MeasureRows.read(rs);
          baseline.put(measure.scale(), measure);
        });
    return baseline;
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
  public Optional<Taken> latest(PatientId patient, Scale scale) {
    return jdbc
        .query(
            """
            select m.measure_scale, m.score, m.items, r.completed_at
            from outcome_measure m
              join procedure_record r on r.appointment_id = m.procedure_id
            where r.patient_id = :patient and m.measured_at_point = :point
              and m.measure_scale = :scale
            order by r.completed_at desc
            limit 1
            """,
            new MapSqlParameterSource("patient", patient.toString())
                .addValue("point", MeasureRows.BASELINE)
                .addValue("scale", scale.name()),
            (rs, row) ->
                new Taken(
                    MeasureRows.read(rs),
                    UtcTime.fromColumn(rs.getObject("completed_at", LocalDateTime.class))))
        .stream()
        .findFirst();
  }
}
