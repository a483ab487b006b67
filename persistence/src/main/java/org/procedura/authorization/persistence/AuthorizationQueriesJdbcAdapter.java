package org.procedura.authorization.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.authorization.model.AuthorizationQueries;
import org.procedura.authorization.model.PriorAuthorizationId;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Prior authorizations as the appointments use them, a read model across authorizations,
 * appointments, rooms, the catalog and coverage: each query reads one index range whatever the
 * number of rows.
 */
@Component
class AuthorizationQueriesJdbcAdapter implements AuthorizationQueries {
  private static final List<String> TO_COME = List.of("BOOKED", "CONFIRMED", "CHECKED_IN");

  private final NamedParameterJdbcTemplate jdbc;

  AuthorizationQueriesJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<PriorAuthorizationId, Usage> usageOf(Collection<PriorAuthorizationId> authorizations) {
    if (authorizations.isEmpty()) {
      return Map.of();
    }
    Map<PriorAuthorizationId, Usage> usage = new HashMap<>();
    jdbc.query(
        "select v.authorization_id,"
            + " sum(case when a.status = 'COMPLETED' then 1 else 0 end) as used,"
            + " sum(case when a.status = 'COMPLETED' then 0 else 1 end) as booked"
            + " from authorization_visit v join appointment a on a.id = v.appointment_id"
            + " where v.authorization_id in (:ids) and a.status not in ('CANCELLED', 'NO_SHOW')"
            + " group by v.authorization_id",
        Map.of("ids", authorizations.stream().map(PriorAuthorizationId::toString).toList()),
        rs -> {
          usage.put(
              new PriorAuthorizationId(UUID.fromString(rs.getString("authorization_id"))),
              new Usage(rs.getInt("booked"), rs.getInt("used")));
        });
    return usage;
  }

  private record ExpiringRow(
      PriorAuthorizationId id,
      PatientId patient,
      String number,
      String payer,
      LocalDate validTo,
      int visits) {}

  @Override
  public List<Expiring> expiringBetween(LocalDate from, LocalDate to) {
    List<ExpiringRow> rows =
        jdbc.query(
            "select id, patient_id, authorization_number, payer, valid_to, visits_approved"
                + " from prior_authorization where status = 'APPROVED'"
                + " and valid_to between :from and :to order by valid_to, id",
            Map.of("from", from, "to", to),
            (rs, n) ->
                new ExpiringRow(
                    new PriorAuthorizationId(UUID.fromString(rs.getString("id"))),
                    PatientId.of(rs.getString("patient_id")),
                    rs.getString("authorization_number"),
                    rs.getString("payer"),
                    rs.getObject("valid_to", LocalDate.class),
                    rs.getInt("visits_approved")));
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<DependentBooking>> bookings = new HashMap<>();
    jdbc.query(
        "select v.authorization_id, a.id, a.start_at, a.procedure_type_code"
            + " from authorization_visit v join appointment a on a.id = v.appointment_id"
            + " where v.authorization_id in (:ids) and a.status in (:toCome)"
            + " order by a.start_at, a.id",
        Map.of("ids", rows.stream().map(r -> r.id().toString()).toList(), "toCome", TO_COME),
        rs -> {
          bookings
              .computeIfAbsent(rs.getString("authorization_id"), k -> new ArrayList<>())
              .add(
                  new DependentBooking(
                      UUID.fromString(rs.getString("id")),
                      UtcTime.fromColumn(rs.getObject("start_at", java.time.LocalDateTime.class)),
                      new ProcedureTypeCode(rs.getString("procedure_type_code"))));
        });
    return rows.stream()
        .map(
            r ->
                new Expiring(
                    r.id(),
                    r.patient(),
                    r.number(),
                    r.payer(),
                    r.validTo(),
                    r.visits(),
                    bookings.getOrDefault(r.id().toString(), List.of())))
        .toList();
  }

  @Override
  public List<UnauthorizedBooking> bookingsWithoutAuthorization(Instant from, Instant to) {
    return jdbc.query(
        "select a.id, a.patient_id, a.procedure_type_code, t.category,"
            + " coalesce(a.purpose, t.purpose) as purpose, r.care_setting, a.start_at,"
            + " (select c.rule_set from patient_coverage c where c.patient_id = a.patient_id"
            + "   and c.ended_on is null and c.rule_set is not null"
            + "   order by c.entry_index limit 1) as rule_set"
            + " from appointment a join procedure_type t on t.code = a.procedure_type_code"
            + " join room r on r.id = a.room_id"
            + " where a.kind = 'PROCEDURE' and a.status in (:toCome)"
            + " and a.start_at >= :from and a.start_at < :to"
            + " and not exists (select 1 from authorization_visit v where v.appointment_id = a.id)"
            + " order by a.start_at, a.id",
        Map.of("toCome", TO_COME, "from", UtcTime.toColumn(from), "to", UtcTime.toColumn(to)),
        (rs, n) ->
            new UnauthorizedBooking(
                UUID.fromString(rs.getString("id")),
                PatientId.of(rs.getString("patient_id")),
                rs.getString("rule_set") == null ? null : new RuleSetCode(rs.getString("rule_set")),
                new ProcedureTypeCode(rs.getString("procedure_type_code")),
                ProcedureCategory.valueOf(rs.getString("category")),
                ProcedurePurpose.valueOf(rs.getString("purpose")),
                rs.getString("care_setting") == null
                    ? null
                    : CareSetting.valueOf(rs.getString("care_setting")),
                UtcTime.fromColumn(rs.getObject("start_at", java.time.LocalDateTime.class))));
  }
}
