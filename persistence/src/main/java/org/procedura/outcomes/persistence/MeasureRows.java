package org.procedura.outcomes.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Measures in {@code outcome_measure}: item answers comma-separated, an unanswered ODI section as
 * an empty entry.
 */
final class MeasureRows {
  static final String BASELINE = "BASELINE";

  private MeasureRows() {}

  private static final String INSERT =
      """
      insert into outcome_measure (procedure_id, measured_at_point, measure_scale, patient_id,
        score, items, recorded_at, recorded_by)
      values (:procedure, :point, :scale, :patient, :score, :items, :at, :by)
      """;

  static void insert(
      NamedParameterJdbcTemplate jdbc,
      String procedure,
      String point,
      String patient,
      Measure measure,
      Stamp recorded) {
    jdbc.update(INSERT, row(procedure, point, patient, measure, recorded));
  }

  /** Inserts the measure, or replaces the one on its scale at the same point in one statement. */
  static void upsert(
      NamedParameterJdbcTemplate jdbc,
      String procedure,
      String point,
      String patient,
      Measure measure,
      Stamp recorded) {
    jdbc.update(
        INSERT
            + " on duplicate key update score = :score, items = :items, recorded_at = :at,"
            + " recorded_by = :by",
        row(procedure, point, patient, measure, recorded));
  }

  private static MapSqlParameterSource row(
      String procedure, String point, String patient, Measure measure, Stamp recorded) {
    return new MapSqlParameterSource()
        .addValue("procedure", procedure)
        .addValue("point", point)
        .addValue("scale", measure.scale().name())
        .addValue("patient", patient)
        .addValue("score", measure.score())
        .addValue("items", items(measure.items()))
        .addValue("at", UtcTime.toColumn(recorded.at()))
        .addValue("by", recorded.by().username());
  }

  static Measure read(ResultSet rs) throws SQLException {
    Scale scale = Scale.valueOf(rs.getString("measure_scale"));
    BigDecimal score = rs.getBigDecimal("score");
    return new Measure(scale, score.setScale(1), parse(rs.getString("items")));
  }

  static String items(List<Integer> items) {
    return items.isEmpty()
        ? null
        : items.stream().map(i -> i == null ? "" : i.toString()).collect(Collectors.joining(","));
  }

  static List<Integer> parse(String column) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(column.split(",", -1))
        .map(part -> part.isEmpty() ? null : Integer.valueOf(part))
        .collect(Collectors.toList());
  }
}
