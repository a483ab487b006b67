package org.procedura.rules.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.model.AuthorizationOnFile;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.persistence.DelimitedValues;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The patient's prior authorizations in three queries: the authorizations, the visits their
 * appointments use (not those cancelled or missed), and the catalog's CPT codes, by which an
 * authorization covers every procedure type billed under one of its codes.
 */
@Component
class ChartedAuthorizations {
  private final NamedParameterJdbcTemplate jdbc;

  ChartedAuthorizations(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private record Row(
      UUID id,
      String number,
      String status,
      Set<String> cptCodes,
      String region,
      String laterality,
      LocalDate from,
      LocalDate to,
      int visits) {}

  List<AuthorizationOnFile> of(PatientId patient) {
    var id = Map.of("patient", patient.toString());
    List<Row> rows =
        jdbc.query(
            "select id, authorization_number, status, cpt_codes, spinal_region, laterality,"
                + " valid_from, valid_to, visits_approved from prior_authorization"
                + " where patient_id = :patient order by valid_to, id",
            id,
            (rs, n) ->
                new Row(
                    UUID.fromString(rs.getString("id")),
                    rs.getString("authorization_number"),
                    rs.getString("status"),
                    new HashSet<>(
                        DelimitedValues.toList(rs.getString("cpt_codes"), String::valueOf)),
                    rs.getString("spinal_region"),
                    rs.getString("laterality"),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class),
                    rs.getInt("visits_approved")));
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<AuthorizationOnFile.Visit>> visits = new HashMap<>();
    jdbc.query(
        "select v.authorization_id, v.appointment_id, a.status from authorization_visit v"
            + " join appointment a on a.id = v.appointment_id"
            + " join prior_authorization p on p.id = v.authorization_id"
            + " where p.patient_id = :patient and a.status not in ('CANCELLED', 'NO_SHOW')",
        id,
        rs -> {
          visits
              .computeIfAbsent(
                  UUID.fromString(rs.getString("authorization_id")), k -> new ArrayList<>())
              .add(
                  new AuthorizationOnFile.Visit(
                      UUID.fromString(rs.getString("appointment_id")),
                      "COMPLETED".equals(rs.getString("status"))));
        });
    Map<ProcedureTypeCode, Set<String>> catalog = new HashMap<>();
    jdbc.query(
        "select code, cpt_codes from procedure_type",
        Map.of(),
        rs -> {
          catalog.put(
              new ProcedureTypeCode(rs.getString("code")),
              new HashSet<>(DelimitedValues.toList(rs.getString("cpt_codes"), String::valueOf)));
        });
    return rows.stream()
        .map(
            row ->
                new AuthorizationOnFile(
                    row.id(),
                    row.number(),
                    "APPROVED".equals(row.status()),
                    covered(catalog, row.cptCodes()),
                    row.region() == null ? null : SpinalRegion.valueOf(row.region()),
                    row.laterality() == null ? null : Laterality.valueOf(row.laterality()),
                    row.from(),
                    row.to(),
                    row.visits(),
                    visits.getOrDefault(row.id(), List.of())))
        .toList();
  }

  private static Set<ProcedureTypeCode> covered(
      Map<ProcedureTypeCode, Set<String>> catalog, Set<String> codes) {
    Set<ProcedureTypeCode> types = new HashSet<>();
    catalog.forEach(
        (type, billed) -> {
          if (billed.stream().anyMatch(codes::contains)) {
            types.add(type);
          }
        });
    return types;
  }
}
