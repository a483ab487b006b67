package org.procedura.outcomes.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.ClosureReason;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.outcomes.model.Measure;
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
 * Follow-ups in plain SQL, their measures in {@code outcome_measure} under the follow-up's id. A
 * change is written only onto the version it was made from.
 */
@Component
class FollowUpsJdbcAdapter implements FollowUps {
  private static final String SELECT =
      """
      select id, procedure_id, patient_id, procedure_type_code, physician_id, label, due_on,
        window_opens_on, window_closes_on, status, visit_appointment_id, contact, done_at, done_by,
        recorded_late, closure_reason, closure_note, closed_at, closed_by, version
      from follow_up
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final SqlChangeStamps stamps;

  FollowUpsJdbcAdapter(NamedParameterJdbcTemplate jdbc, SqlChangeStamps stamps) {
    this.stamps = stamps;
    this.jdbc = jdbc;
  }

  @Override
  public Optional<FollowUp> find(FollowUpId id) {
    return query(SELECT + " where id = :id", new MapSqlParameterSource("id", id.toString()))
        .stream()
        .findFirst();
  }

  @Override
  public FollowUp save(FollowUp followUp) {
    var row = stamps.stamp(row(followUp));
    if (followUp.getVersion() == null) {
      jdbc.update(
          """
          insert into follow_up (id, procedure_id, patient_id, procedure_type_code, physician_id,
            label, due_on, window_opens_on, window_closes_on, status, visit_appointment_id,
            contact, done_at, done_by, recorded_late, closure_reason, closure_note, closed_at,
            closed_by, version, created_by, created_at, updated_by, updated_at)
          values (:id, :procedure, :patient, :type, :physician, :label, :due, :opens, :closes,
            :status, :visit, :contact, :doneAt, :doneBy, :late, :closureReason, :closureNote,
            :closedAt, :closedBy, 0, :stampedBy, :stampedAt, :stampedBy, :stampedAt)
          """,
          row);
    } else {
      int updated =
          jdbc.update(
              """
              update follow_up set status = :status, visit_appointment_id = :visit,
                contact = :contact, done_at = :doneAt, done_by = :doneBy, recorded_late = :late,
                closure_reason = :closureReason, closure_note = :closureNote,
                closed_at = :closedAt, closed_by = :closedBy, version = version + 1,
                updated_by = :stampedBy, updated_at = :stampedAt
              where id = :id and version = :version
              """,
              row.addValue("version", followUp.getVersion()));
      if (updated == 0) {
        throw new StaleVersionException(
            "follow-up " + followUp.getId(), followUp.getVersion(), followUp.getVersion() + 1);
      }
      jdbc.update(
          "delete from outcome_measure where measured_at_point = :id",
          new MapSqlParameterSource("id", followUp.getId().toString()));
    }
    for (Measure measure : followUp.getMeasures()) {
      MeasureRows.insert(
          jdbc,
          followUp.getCourse().procedure().toString(),
          followUp.getId().toString(),
          followUp.getCourse().patient().toString(),
          measure,
          followUp.getDone());
    }
    return find(followUp.getId()).orElseThrow();
  }

  @Override
  public List<FollowUp> ofProcedure(AppointmentId procedure) {
    return query(
        SELECT + " where procedure_id = :procedure order by due_on, label",
        new MapSqlParameterSource("procedure", procedure.toString()));
  }

  @Override
  public List<FollowUp> ofPatient(PatientId patient) {
    return query(
        SELECT + " where patient_id = :patient order by due_on, label",
        new MapSqlParameterSource("patient", patient.toString()));
  }

  @Override
  public List<FollowUp> dueBetween(LocalDate from, LocalDate to, ClinicianId physician) {
    String sql =
        SELECT
            + " where status = 'DUE' and due_on < :to"
            + (from == null ? "" : " and due_on >= :from")
            + (physician == null ? "" : " and physician_id = :physician")
            + " order by due_on, id";
    return query(
        sql,
        new MapSqlParameterSource("to", to)
            .addValue("from", from)
            .addValue("physician", physician == null ? null : physician.toString()));
  }

  @Override
  public List<FollowUp> stillDueWithWindowClosedBefore(LocalDate day) {
    return query(
        SELECT + " where status = 'DUE' and window_closes_on < :day order by window_closes_on",
        new MapSqlParameterSource("day", day));
  }

  @Override
  public List<FollowUp> missed(ClinicianId physician) {
    return query(
        SELECT
            + " where status = 'MISSED'"
            + (physician == null ? "" : " and physician_id = :physician")
            + " order by due_on, id",
        new MapSqlParameterSource("physician", physician == null ? null : physician.toString()));
  }

  private List<FollowUp> query(String sql, MapSqlParameterSource params) {
    List<FollowUp> found = jdbc.query(sql, params, (rs, n) -> read(rs, List.of()));
    if (found.isEmpty()) {
      return found;
    }
    Map<String, List<Measure>> measures = new HashMap<>();
    jdbc.query(
        """
        select measured_at_point, measure_scale, score, items from outcome_measure
        where measured_at_point in (:ids) order by measure_scale
        """,
        new MapSqlParameterSource("ids", found.stream().map(f -> f.getId().toString()).toList()),
        rs -> {
          measures
              .computeIfAbsent(rs.getString("measured_at_point"), k -> new ArrayList<>())
              .add(MeasureRows.read(rs));
        });
    return found.stream()
        .map(f -> withMeasures(f, measures.getOrDefault(f.getId().toString(), List.of())))
        .toList();
  }

  private static FollowUp withMeasures(FollowUp f, List<Measure> measures) {
    return new FollowUp(
        f.getId(),
        f.getCourse(),
        f.getLabel(),
        f.getWindow(),
        f.getStatus(),
        f.getVisit(),
        f.getContact(),
        measures,
        f.getDone(),
        f.isRecordedLate(),
        f.getClosure(),
        f.getVersion());
  }

  private static FollowUp read(ResultSet rs, List<Measure> measures) throws SQLException {
    var course =
        new FollowUp.Course(
            new AppointmentId(UUID.fromString(rs.getString("procedure_id"))),
            PatientId.of(rs.getString("patient_id")),
            new ProcedureTypeCode(rs.getString("procedure_type_code")),
            new ClinicianId(UUID.fromString(rs.getString("physician_id"))));
    String visit = rs.getString("visit_appointment_id");
    String contact = rs.getString("contact");
    LocalDateTime doneAt = rs.getObject("done_at", LocalDateTime.class);
    String closureReason = rs.getString("closure_reason");
    return new FollowUp(
        new FollowUpId(UUID.fromString(rs.getString("id"))),
        course,
        rs.getString("label"),
        new FollowUp.Window(
            rs.getObject("due_on", LocalDate.class),
            rs.getObject("window_opens_on", LocalDate.class),
            rs.getObject("window_closes_on", LocalDate.class)),
        FollowUpStatus.valueOf(rs.getString("status")),
        visit == null ? null : new AppointmentId(UUID.fromString(visit)),
        contact == null ? null : Contact.valueOf(contact),
        measures,
        doneAt == null
            ? null
            : new Stamp(UtcTime.fromColumn(doneAt), new Actor(rs.getString("done_by"))),
        rs.getBoolean("recorded_late"),
        closureReason == null
            ? null
            : new FollowUp.Closure(
                ClosureReason.valueOf(closureReason),
                rs.getString("closure_note"),
                new Stamp(
                    UtcTime.fromColumn(rs.getObject("closed_at", LocalDateTime.class)),
                    new Actor(rs.getString("closed_by")))),
        rs.getLong("version"));
  }

  private static MapSqlParameterSource row(FollowUp f) {
    FollowUp.Closure closure = f.getClosure();
    return new MapSqlParameterSource("id", f.getId().toString())
        .addValue("procedure", f.getCourse().procedure().toString())
        .addValue("patient", f.getCourse().patient().toString())
        .addValue("type", f.getCourse().procedureType().value())
        .addValue("physician", f.getCourse().physician().toString())
        .addValue("label", f.getLabel())
        .addValue("due", f.getWindow().due())
        .addValue("opens", f.getWindow().opens())
        .addValue("closes", f.getWindow().closes())
        .addValue("status", f.getStatus().name())
        .addValue("visit", f.getVisit() == null ? null : f.getVisit().toString())
        .addValue("contact", f.getContact() == null ? null : f.getContact().name())
        .addValue("doneAt", UtcTime.toColumn(f.doneAt()))
        .addValue("doneBy", f.doneBy() == null ? null : f.doneBy().username())
        .addValue("late", f.isRecordedLate())
        .addValue("closureReason", closure == null ? null : closure.reason().name())
        .addValue("closureNote", closure == null ? null : closure.note())
        .addValue("closedAt", closure == null ? null : UtcTime.toColumn(closure.closed().at()))
        .addValue("closedBy", closure == null ? null : closure.closed().by().username());
  }
}
