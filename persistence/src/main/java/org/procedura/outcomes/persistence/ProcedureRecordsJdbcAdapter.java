package org.procedura.outcomes.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.DiaryEntry;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.Revision;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.SqlChangeStamps;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Procedure records in plain SQL. Revisions and diary entries are only ever appended, so a save
 * inserts those not stored yet and raises the record's version on the version it was read.
 */
@Component
class ProcedureRecordsJdbcAdapter implements ProcedureRecords {
  private static final String SELECT =
      """
      select appointment_id, patient_id, procedure_type_code, physician_id, spinal_region,
        completed_at, version
      from procedure_record
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final SqlChangeStamps stamps;
  private final RevisionRows revisions;

  ProcedureRecordsJdbcAdapter(NamedParameterJdbcTemplate jdbc, SqlChangeStamps stamps) {
    this.stamps = stamps;
    this.jdbc = jdbc;
    this.revisions = new RevisionRows(jdbc);
  }

  @Override
  public Optional<ProcedureRecord> find(AppointmentId procedure) {
    return query(
            SELECT + " where appointment_id = :id",
            new MapSqlParameterSource("id", procedure.toString()))
        .stream()
        .findFirst();
  }

  @Override
  public ProcedureRecord save(ProcedureRecord record) {
    String id = record.getCourse().procedure().toString();
    if (record.getVersion() == null) {
      jdbc.update(
          """
          insert into procedure_record (appointment_id, patient_id, procedure_type_code,
            physician_id, spinal_region, completed_at, version,
            created_by, created_at, updated_by, updated_at)
          values (:id, :patient, :type, :physician, :region, :completed, 0,
            :stampedBy, :stampedAt, :stampedBy, :stampedAt)
          """,
          stamps
              .stamp(new MapSqlParameterSource("id", id))
              .addValue("patient", record.getCourse().patient().toString())
              .addValue("type", record.getCourse().procedureType().value())
              .addValue("physician", record.getPhysician().toString())
              .addValue("region", record.getRegion() == null ? null : record.getRegion().name())
              .addValue("completed", UtcTime.toColumn(record.getCompletedAt())));
    } else {
      int updated =
          jdbc.update(
              """
              update procedure_record set version = version + 1,
                updated_by = :stampedBy, updated_at = :stampedAt
              where appointment_id = :id and version = :version
              """,
              stamps.stamp(
                  new MapSqlParameterSource("id", id).addValue("version", record.getVersion())));
      if (updated == 0) {
        throw new StaleVersionException(
            "procedure record " + id, record.getVersion(), record.getVersion() + 1);
      }
    }
    int stored = revisions.count(id);
    record.getRevisions().stream()
        .filter(revision -> revision.number() > stored)
        .forEach(revision -> revisions.insert(id, revision));
    List<Long> diaryStored =
        jdbc.queryForList(
            "select minutes_after from pain_diary_entry where appointment_id = :id",
            new MapSqlParameterSource("id", id),
            Long.class);
    record.getDiary().stream()
        .filter(entry -> !diaryStored.contains(entry.after().toMinutes()))
        .forEach(entry -> insertDiary(id, entry));
    return find(record.getCourse().procedure()).orElseThrow();
  }

  @Override
  public List<ProcedureRecord> ofPatient(PatientId patient) {
    return query(
        SELECT + " where patient_id = :patient order by completed_at",
        new MapSqlParameterSource("patient", patient.toString()));
  }

  private void insertDiary(String id, DiaryEntry entry) {
    jdbc.update(
        """
        insert into pain_diary_entry (appointment_id, minutes_after, nrs, recorded_at, recorded_by)
        values (:id, :minutes, :nrs, :at, :by)
        """,
        new MapSqlParameterSource("id", id)
            .addValue("minutes", entry.after().toMinutes())
            .addValue("nrs", entry.pain().score().intValueExact())
            .addValue("at", UtcTime.toColumn(entry.recorded().at()))
            .addValue("by", entry.recorded().by().username()));
  }

  private List<ProcedureRecord> query(String sql, MapSqlParameterSource params) {
    return jdbc.query(sql, params, (rs, n) -> read(rs));
  }

  private ProcedureRecord read(ResultSet rs) throws SQLException {
    String id = rs.getString("appointment_id");
    String region = rs.getString("spinal_region");
    var course =
        new FollowUp.Course(
            new AppointmentId(UUID.fromString(id)),
            PatientId.of(rs.getString("patient_id")),
            new ProcedureTypeCode(rs.getString("procedure_type_code")),
            new ClinicianId(UUID.fromString(rs.getString("physician_id"))));
    List<Revision> stored = revisions.of(id);
    List<DiaryEntry> diary =
        jdbc.query(
            """
            select minutes_after, nrs, recorded_at, recorded_by from pain_diary_entry
            where appointment_id = :id order by minutes_after
            """,
            new MapSqlParameterSource("id", id),
            (row, n) ->
                new DiaryEntry(
                    Duration.ofMinutes(row.getInt("minutes_after")),
                    Measure.nrs(row.getInt("nrs")),
                    new Stamp(
                        UtcTime.fromColumn(row.getObject("recorded_at", LocalDateTime.class)),
                        new Actor(row.getString("recorded_by")))));
    return new ProcedureRecord(
        course,
        region == null ? null : SpinalRegion.valueOf(region),
        UtcTime.fromColumn(rs.getObject("completed_at", LocalDateTime.class)),
        stored,
        diary,
        rs.getLong("version"));
  }
}
