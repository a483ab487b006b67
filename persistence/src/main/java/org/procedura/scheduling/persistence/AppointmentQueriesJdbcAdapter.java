package org.procedura.scheduling.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentQueries;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.Occupancy;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.persistence.DelimitedValues;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL over appointments. Every query walks one of the (resource, start) indexes over a
 * bounded range: an appointment is at most {@link #LONGEST_HELD} long, so one that overlaps the
 * window started no earlier than that before it.
 */
@Component
class AppointmentQueriesJdbcAdapter implements AppointmentQueries {
  static final Duration LONGEST_HELD = Duration.ofHours(9);
  private static final String HOLDING = "status not in ('CANCELLED', 'NO_SHOW')";
  private static final String SUMMARY =
      """
      select a.id, a.patient_id, a.kind, a.procedure_type_code, a.clinician_id, a.room_id,
             a.start_at, a.end_at, a.status, a.spinal_region, a.levels, a.laterality,
             p.given_name, p.family_name, p.mrn, c.display_name as clinician_name, r.name as room_name
      from appointment a
        join patient p on p.id = a.patient_id
        join clinician c on c.id = a.clinician_id
        join room r on r.id = a.room_id
      """;

  private final NamedParameterJdbcTemplate jdbc;

  AppointmentQueriesJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Occupancy> heldTime(Collection<ResourceRef> resources, TimeSlot window) {
    List<Occupancy> held = new ArrayList<>();
    for (ResourceRef.Kind kind : ResourceRef.Kind.values()) {
      List<String> ids =
          resources.stream().filter(r -> r.kind() == kind).map(r -> r.id().toString()).toList();
      if (!ids.isEmpty()) {
        held.addAll(heldTime(kind, ids, window));
      }
    }
    return held;
  }

  private List<Occupancy> heldTime(ResourceRef.Kind kind, List<String> ids, TimeSlot window) {
    String column =
        switch (kind) {
          case CLINICIAN -> "clinician_id";
          case ROOM -> "room_id";
          case PATIENT -> "patient_id";
        };
    // patients are held for the slot itself; clinicians and rooms until held_until
    String until = kind == ResourceRef.Kind.PATIENT ? "end_at" : "held_until";
    return jdbc.query(
        "select "
            + column
            + " as resource_id, start_at, "
            + until
            + " as until from appointment where "
            + column
            + " in (:ids) and start_at >= :earliest and start_at < :end and "
            + until
            + " > :start and "
            + HOLDING,
        new MapSqlParameterSource("ids", ids)
            .addValue("earliest", UtcTime.toColumn(window.start().minus(LONGEST_HELD)))
            .addValue("start", UtcTime.toColumn(window.start()))
            .addValue("end", UtcTime.toColumn(window.end())),
        (rs, row) ->
            new Occupancy(
                new ResourceRef(kind, UUID.fromString(rs.getString("resource_id"))),
                new TimeSlot(instant(rs, "start_at"), instant(rs, "until"))));
  }

  @Override
  public List<AppointmentSummary> startingWithin(
      TimeSlot window, ClinicianId clinician, RoomId room) {
    StringBuilder sql =
        new StringBuilder(SUMMARY).append(" where a.start_at >= :start and a.start_at < :end");
    var params =
        new MapSqlParameterSource("start", UtcTime.toColumn(window.start()))
            .addValue("end", UtcTime.toColumn(window.end()));
    if (clinician != null) {
      sql.append(" and a.clinician_id = :clinician");
      params.addValue("clinician", clinician.toString());
    }
    if (room != null) {
      sql.append(" and a.room_id = :room");
      params.addValue("room", room.toString());
    }
    sql.append(" order by a.start_at, c.display_name, r.name, a.id");
    return jdbc.query(sql.toString(), params, (rs, row) -> summary(rs));
  }

  @Override
  public PageResult<AppointmentSummary> ofPatient(
      PatientId patient, Instant now, boolean upcoming, PageQuery page) {
    String when = upcoming ? "a.start_at >= :now" : "a.start_at < :now";
    String order = upcoming ? "a.start_at, a.id" : "a.start_at desc, a.id";
    var params =
        new MapSqlParameterSource("patient", patient.toString())
            .addValue("now", UtcTime.toColumn(now))
            .addValue("limit", page.size())
            .addValue("offset", page.offset());
    List<AppointmentSummary> content =
        jdbc.query(
            SUMMARY
                + " where a.patient_id = :patient and "
                + when
                + " order by "
                + order
                + " limit :limit offset :offset",
            params,
            (rs, row) -> summary(rs));
    Long total =
        jdbc.queryForObject(
            "select count(*) from appointment a where a.patient_id = :patient and " + when,
            params,
            Long.class);
    return new PageResult<>(content, page.page(), page.size(), total == null ? 0 : total);
  }

  private static AppointmentSummary summary(ResultSet rs) throws SQLException {
    String procedureType = rs.getString("procedure_type_code");
    return new AppointmentSummary(
        new AppointmentId(UUID.fromString(rs.getString("id"))),
        PatientId.of(rs.getString("patient_id")),
        rs.getString("given_name") + " " + rs.getString("family_name"),
        rs.getString("mrn"),
        AppointmentKind.valueOf(rs.getString("kind")),
        procedureType == null ? null : new ProcedureTypeCode(procedureType),
        new ClinicianId(UUID.fromString(rs.getString("clinician_id"))),
        rs.getString("clinician_name"),
        new RoomId(UUID.fromString(rs.getString("room_id"))),
        rs.getString("room_name"),
        new TimeSlot(instant(rs, "start_at"), instant(rs, "end_at")),
        AppointmentStatus.valueOf(rs.getString("status")),
        site(rs));
  }

  private static ProcedureSite site(ResultSet rs) throws SQLException {
    String region = rs.getString("spinal_region");
    String laterality = rs.getString("laterality");
    return new ProcedureSite(
        region == null ? null : SpinalRegion.valueOf(region),
        DelimitedValues.toList(rs.getString("levels"), String::valueOf),
        laterality == null ? null : Laterality.valueOf(laterality));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return UtcTime.fromColumn(rs.getObject(column, LocalDateTime.class));
  }
}
