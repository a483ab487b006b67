package org.procedura.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.AuditQuery;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.ResourceType;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** INSERT and SELECT, nothing else: the only statements the trail's table is granted for. */
@Component
class AuditTrailJdbcAdapter implements AuditTrail {
  private static final String COLUMNS =
      "id, occurred_at, username, user_role, action, resource_type, resource_id, patient_id,"
          + " outcome, http_status, http_method, path, client_address, request_id";

  private final NamedParameterJdbcTemplate jdbc;

  AuditTrailJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void append(AuditEvent event) {
    jdbc.update(
        "insert into audit_event ("
            + COLUMNS
            + ") values (:id, :occurredAt, :username, :role, :action, :resourceType, :resourceId,"
            + " :patientId, :outcome, :status, :method, :path, :clientAddress, :requestId)",
        new MapSqlParameterSource()
            .addValue("id", event.id().toString())
            .addValue("occurredAt", UtcTime.toColumn(event.occurredAt()))
            .addValue("username", event.username())
            .addValue("role", event.role())
            .addValue("action", event.action().name())
            .addValue(
                "resourceType", event.resourceType() == null ? null : event.resourceType().name())
            .addValue("resourceId", event.resourceId())
            .addValue("patientId", event.patientId() == null ? null : event.patientId().toString())
            .addValue("outcome", event.outcome().name())
            .addValue("status", event.status())
            .addValue("method", event.method())
            .addValue("path", event.path())
            .addValue("clientAddress", event.clientAddress())
            .addValue("requestId", event.requestId()));
  }

  @Override
  public PageResult<AuditEvent> find(AuditQuery query, PageQuery page) {
    List<String> conditions = new ArrayList<>();
    var parameters = new MapSqlParameterSource();
    if (query.patientId() != null) {
      conditions.add("patient_id = :patientId");
      parameters.addValue("patientId", query.patientId().toString());
    }
    if (query.username() != null) {
      conditions.add("username = :username");
      parameters.addValue("username", query.username());
    }
    if (query.from() != null) {
      conditions.add("occurred_at >= :from");
      parameters.addValue("from", UtcTime.toColumn(query.from()));
    }
    if (query.to() != null) {
      conditions.add("occurred_at < :to");
      parameters.addValue("to", UtcTime.toColumn(query.to()));
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    Long total =
        jdbc.queryForObject("select count(*) from audit_event" + where, parameters, Long.class);
    parameters.addValue("limit", page.size()).addValue("offset", page.offset());
    List<AuditEvent> rows =
        jdbc.query(
            "select "
                + COLUMNS
                + " from audit_event"
                + where
                + " order by occurred_at desc, id desc limit :limit offset :offset",
            parameters,
            (rs, n) -> event(rs));
    return new PageResult<>(rows, page.page(), page.size(), total == null ? 0 : total);
  }

  private static AuditEvent event(ResultSet rs) throws SQLException {
    String resourceType = rs.getString("resource_type");
    String patientId = rs.getString("patient_id");
    return new AuditEvent(
        UUID.fromString(rs.getString("id")),
        UtcTime.fromColumn(rs.getObject("occurred_at", java.time.LocalDateTime.class)),
        rs.getString("username"),
        rs.getString("user_role"),
        AuditAction.valueOf(rs.getString("action")),
        resourceType == null ? null : ResourceType.valueOf(resourceType),
        rs.getString("resource_id"),
        patientId == null ? null : UUID.fromString(patientId),
        AuditOutcome.valueOf(rs.getString("outcome")),
        rs.getInt("http_status"),
        rs.getString("http_method"),
        rs.getString("path"),
        rs.getString("client_address"),
        rs.getString("request_id"));
  }
}
