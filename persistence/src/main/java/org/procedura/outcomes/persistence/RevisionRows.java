package org.procedura.outcomes.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.Sedation;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.Complication;
import org.procedura.outcomes.model.ComplicationCode;
import org.procedura.outcomes.model.Injectate;
import org.procedura.outcomes.model.ProcedureDetails;
import org.procedura.outcomes.model.Revision;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.DelimitedValues;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The revisions of a procedure record and their injectates. */
final class RevisionRows {
  private final NamedParameterJdbcTemplate jdbc;

  RevisionRows(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  int count(String id) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from procedure_record_revision where appointment_id = :id",
            new MapSqlParameterSource("id", id),
            Integer.class);
    return count == null ? 0 : count;
  }

  void insert(String id, Revision revision) {
    ProcedureDetails d = revision.details();
    ProcedureSite site = d.site();
    jdbc.update(
        """
        insert into procedure_record_revision (appointment_id, revision, performed_at,
          procedure_type_code, spinal_region, levels, laterality, imaging, fluoroscopy_seconds,
          fluoroscopy_dose_mgy, contrast_ml, sedation, complication, complication_note,
          immediate_pain, reason, changed_fields, recorded_at, recorded_by)
        values (:id, :revision, :performed, :type, :region, :levels, :laterality, :imaging,
          :seconds, :dose, :contrast, :sedation, :complication, :note, :pain, :reason, :changed,
          :at, :by)
        """,
        new MapSqlParameterSource("id", id)
            .addValue("revision", revision.number())
            .addValue("performed", UtcTime.toColumn(d.performedAt()))
            .addValue("type", d.procedureType().value())
            .addValue("region", site.region() == null ? null : site.region().name())
            .addValue("levels", site.levels().isEmpty() ? null : String.join(",", site.levels()))
            .addValue("laterality", site.laterality() == null ? null : site.laterality().name())
            .addValue("imaging", d.imaging() == null ? null : d.imaging().name())
            .addValue("seconds", d.fluoroscopySeconds())
            .addValue("dose", d.fluoroscopyDoseMgy())
            .addValue("contrast", d.contrastMl())
            .addValue("sedation", d.sedation().name())
            .addValue("complication", d.complication().code().name())
            .addValue("note", d.complication().note())
            .addValue("pain", d.immediatePain())
            .addValue("reason", revision.reason())
            .addValue(
                "changed",
                revision.changed().isEmpty() ? null : String.join(",", revision.changed()))
            .addValue("at", UtcTime.toColumn(revision.recorded().at()))
            .addValue("by", revision.recorded().by().username()));
    List<Injectate> injectates = d.injectates();
    for (int i = 0; i < injectates.size(); i++) {
      jdbc.update(
          """
          insert into procedure_injectate (appointment_id, revision, seq, drug, dose_mg)
          values (:id, :revision, :seq, :drug, :dose)
          """,
          new MapSqlParameterSource("id", id)
              .addValue("revision", revision.number())
              .addValue("seq", i)
              .addValue("drug", injectates.get(i).drug())
              .addValue("dose", injectates.get(i).doseMg()));
    }
  }

  List<Revision> of(String id) {
    var params = new MapSqlParameterSource("id", id);
    Map<Integer, List<Injectate>> injectates = new HashMap<>();
    jdbc.query(
        """
        select revision, drug, dose_mg from procedure_injectate
        where appointment_id = :id order by revision, seq
        """,
        params,
        rs -> {
          injectates
              .computeIfAbsent(rs.getInt("revision"), r -> new ArrayList<>())
              .add(new Injectate(rs.getString("drug"), rs.getBigDecimal("dose_mg")));
        });
    return jdbc.query(
        "select * from procedure_record_revision where appointment_id = :id order by revision",
        params,
        (rs, n) -> read(rs, injectates.getOrDefault(rs.getInt("revision"), List.of())));
  }

  private static Revision read(ResultSet rs, List<Injectate> injectates) throws SQLException {
    String region = rs.getString("spinal_region");
    String laterality = rs.getString("laterality");
    String imaging = rs.getString("imaging");
    int seconds = rs.getInt("fluoroscopy_seconds");
    Integer fluoroscopySeconds = rs.wasNull() ? null : seconds;
    BigDecimal contrast = rs.getBigDecimal("contrast_ml");
    var details =
        new ProcedureDetails(
            UtcTime.fromColumn(rs.getObject("performed_at", LocalDateTime.class)),
            new ProcedureTypeCode(rs.getString("procedure_type_code")),
            new ProcedureSite(
                region == null ? null : SpinalRegion.valueOf(region),
                DelimitedValues.toList(rs.getString("levels"), s -> s),
                laterality == null ? null : Laterality.valueOf(laterality)),
            imaging == null ? null : ImagingModality.valueOf(imaging),
            fluoroscopySeconds,
            rs.getBigDecimal("fluoroscopy_dose_mgy"),
            contrast,
            injectates,
            Sedation.valueOf(rs.getString("sedation")),
            new Complication(
                ComplicationCode.valueOf(rs.getString("complication")),
                rs.getString("complication_note")),
            rs.getInt("immediate_pain"));
    return new Revision(
        rs.getInt("revision"),
        details,
        new Stamp(
            UtcTime.fromColumn(rs.getObject("recorded_at", LocalDateTime.class)),
            new Actor(rs.getString("recorded_by"))),
        rs.getString("reason"),
        DelimitedValues.toList(rs.getString("changed_fields"), s -> s));
  }
}
