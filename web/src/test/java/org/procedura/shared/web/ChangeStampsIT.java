package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every aggregate keeps who created it and who changed it last, and when. */
class ChangeStampsIT extends ApiIntegrationTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPatientKeepsItsCreatorAndItsLastEditor() {
    UUID patient = clinic.patient();
    var read = api.as("nurse").get("/api/v1/patients/" + patient);
    Map<String, Object> body =
        Map.of(
            "givenName",
            "Changed",
            "familyName",
            "Name",
            "dateOfBirth",
            "1960-02-29",
            "sex",
            "FEMALE");

    var changed =
        api.as("nurse")
            .header("If-Match", read.header("ETag"))
            .put("/api/v1/patients/" + patient, body);

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    Map<String, Object> stamps =
        jdbc.queryForMap(
            "select created_by, created_at, updated_by, updated_at from patient where id = ?",
            patient.toString());
    assertThat(stamps.get("created_by")).isEqualTo("frontdesk");
    assertThat(stamps.get("updated_by")).isEqualTo("nurse");
    assertThat(stamps.get("created_at")).isNotNull();
    assertThat(stamps.get("updated_at")).isNotNull();
  }

  @Test
  void aStaffAccountIsStampedByTheAdministratorWhoCreatedIt() {
    String user = "stamp" + UUID.randomUUID().toString().substring(0, 8);
    api.as("admin")
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                user,
                "displayName",
                "Stamped",
                "password",
                "long enough secret",
                "roles",
                java.util.List.of("NURSE")));

    assertThat(
            jdbc.queryForObject(
                "select created_by from user_account where username = ?", String.class, user))
        .isEqualTo("admin");
  }

  @Test
  void clinicResourcesKeepTheAdministratorWhoCreatedAndChangedThem() {
    UUID clinician =
        clinic.clinician(
            java.util.List.of("ESI_TF_LUMB"),
            java.time.LocalTime.of(8, 0),
            java.time.LocalTime.of(12, 0),
            java.time.DayOfWeek.MONDAY);
    UUID room =
        clinic.room(
            "CONSULT_ROOM",
            java.util.List.of(),
            java.time.LocalTime.of(8, 0),
            java.time.LocalTime.of(12, 0),
            java.time.DayOfWeek.MONDAY);

    for (String table : java.util.List.of("clinician", "room")) {
      Map<String, Object> stamps =
          jdbc.queryForMap(
              "select created_by, created_at from " + table + " where id = ?",
              (table.equals("room") ? room : clinician).toString());
      assertThat(stamps.get("created_by")).as(table).isEqualTo("admin");
      assertThat(stamps.get("created_at")).as(table).isNotNull();
    }
  }

  @Test
  void anEditedFollowUpProtocolKeepsItsEditor() {
    var protocol = api.as("admin").get("/api/v1/follow-up-protocols/TPI");
    var body =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readValue(protocol.raw(), Map.class);

    var changed =
        api.as("admin")
            .header("If-Match", protocol.header("ETag"))
            .put("/api/v1/follow-up-protocols/TPI", body);

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "select updated_by from follow_up_protocol where procedure_type_code = 'TPI'",
                String.class))
        .isEqualTo("admin");
  }
}
