package org.procedura.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The site must fit the procedure type, as the catalog states it: refused with a 400 naming the
 * part of the site at booking, at the eligibility question and at the procedure's record, and
 * nothing is stored.
 */
class ProcedureSiteApiIT extends ApiIntegrationTest {
  @Autowired JdbcTemplate jdbc;

  private UUID physician;
  private UUID room;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void clinic() {
    physician =
        clinic.clinician(
            List.of("ESI_TF_LUMB", "ESI_IL_LUMB", "ESI_IL_CERV"),
            LocalTime.of(7, 0),
            LocalTime.of(19, 0),
            EVERY_DAY);
    room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(19, 0),
            EVERY_DAY);
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void refusesABookingAtASiteTheProcedureIsNotDoneAtAndBooksNothing() {
    assertRefused(
        booking("ESI_TF_LUMB", site("CERVICAL", "LEFT", "C5-C6")),
        "site.region",
        "ESI_TF_LUMB is done in the lumbar or sacral region; C5-C6 is cervical");
    assertRefused(
        booking("ESI_TF_LUMB", site("LUMBAR", "LEFT", "C5-C6")),
        "site.levels",
        "C5-C6 is cervical, not lumbar");
    assertRefused(
        booking("ESI_TF_LUMB", site("LUMBAR", "LEFT", "L5")),
        "site.levels",
        "ESI_TF_LUMB names segments, such as L4-L5; L5 is a vertebra");
    assertRefused(
        booking("ESI_IL_CERV", site("CERVICAL", null, "C1-C2")),
        "site.levels",
        "C1-C2 is not a cervical segment ESI_IL_CERV is done at: they run from C2-C3 to C7-T1");
    assertRefused(
        booking("ESI_TF_LUMB", site("LUMBAR", "LEFT", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")),
        "site.levels",
        "ESI_TF_LUMB is done at 1 to 4 levels per session, named as segments, such as L4-L5;"
            + " 5 are named");
    assertRefused(
        booking("ESI_IL_LUMB", site("LUMBAR", "LEFT", "L4-L5")),
        "site.laterality",
        "ESI_IL_LUMB is not done on a side; leave the laterality out");

    assertThat(appointmentsOf(patient)).isZero();
  }

  @Test
  void booksASiteThatFitsAtTheEdgeOfItsRegion() {
    Response cervicothoracic =
        book(booking("ESI_IL_CERV", site("CERVICAL", null, "C7-T1")), at(monday, 9, 0));
    Response lumbosacral =
        book(booking("ESI_TF_LUMB", site("LUMBAR", "RIGHT", "L5-S1")), at(monday, 10, 0));

    assertThat(cervicothoracic.status()).as(cervicothoracic.toString()).isEqualTo(201);
    assertThat(cervicothoracic.json().path("site").path("laterality").isNull()).isTrue();
    assertThat(lumbosacral.status()).as(lumbosacral.toString()).isEqualTo(201);
    assertThat(appointmentsOf(patient)).isEqualTo(2);
  }

  @Test
  void thePayersLevelLimitStillBlocksWithinTheCatalogsLimit() {
    clinic.addToProfile(
        patient,
        "coverages",
        Map.of("payer", "Medicare", "memberId", "1EG4TE5MK73", "ruleSet", "MEDICARE_DEFAULT"));

    Response threeLevels =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                booking("ESI_TF_LUMB", site("LUMBAR", "LEFT", "L3-L4", "L4-L5", "L5-S1")));

    assertProblem(threeLevels, 422, "rule-violation");
    assertThat(
            threeLevels.json().path("findings").valueStream().map(f -> f.path("ruleId").asString()))
        .contains("ESI_TF_LEVELS");
    assertThat(appointmentsOf(patient)).isZero();
  }

  @Test
  void theEligibilityQuestionRefusesASiteTheProcedureIsNotDoneAt() {
    Response cervical = eligibility("ESI_TF_LUMB", "&region=CERVICAL&levels=C5-C6&laterality=LEFT");
    Response sided = eligibility("ESI_IL_LUMB", "&region=LUMBAR&levels=L4-L5&laterality=LEFT");
    Response vertebra = eligibility("ESI_IL_LUMB", "&region=LUMBAR&levels=L5");

    assertProblem(cervical, 400, "validation");
    assertThat(fieldsIn(cervical)).containsExactly("site.region");
    assertProblem(sided, 400, "validation");
    assertThat(fieldsIn(sided)).containsExactly("site.laterality");
    assertProblem(vertebra, 400, "validation");
    assertThat(fieldsIn(vertebra)).containsExactly("site.levels");
    assertThat(eligibility("ESI_IL_LUMB", "&region=LUMBAR&levels=L5-S1").status()).isEqualTo(200);
  }

  @Test
  void theProcedureRecordRefusesASiteItsTypeIsNotDoneAtAndRecordsNothing() {
    String procedure = completedTransforaminalEsi();

    Response cervical = record(procedure, "ESI_TF_LUMB", site("CERVICAL", "LEFT", "C5-C6"));
    Response sided = record(procedure, "ESI_IL_LUMB", site("LUMBAR", "LEFT", "L4-L5"));

    assertProblem(cervical, 400, "validation");
    assertThat(fieldsIn(cervical)).containsExactly("site.region");
    assertThat(cervical.json().path("detail").asString())
        .isEqualTo(
            "site.region: ESI_TF_LUMB is done in the lumbar or sacral region; C5-C6 is cervical");
    assertProblem(sided, 400, "validation");
    assertThat(fieldsIn(sided)).containsExactly("site.laterality");
    Response unrecorded = api.as("physician").get("/api/v1/procedures/" + procedure);
    assertThat(unrecorded.json().path("revisions").size()).isZero();
    Response recorded = record(procedure, "ESI_TF_LUMB", site("LUMBAR", "LEFT", "L4-L5"));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
  }

  private String completedTransforaminalEsi() {
    Response booked = book(tfEsi(patient, physician, room, at(monday, 9, 0)), at(monday, 9, 0));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    String id = booked.json().path("id").asString();
    clock.jumpTo(at(monday, 8, 30).toInstant());
    clinic.checklistDone(id);
    String path = "/api/v1/appointments/" + id;
    assertThat(clinic.step("nurse", path, "check-in", null).status()).isEqualTo(200);
    assertThat(clinic.step("physician", path, "start", null).status()).isEqualTo(200);
    clock.jumpTo(at(monday, 10, 0).toInstant());
    Response completed = clinic.step("physician", path, "complete", null);
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    return id;
  }

  private Response record(String procedure, String type, Map<String, Object> site) {
    Map<String, Object> details = new HashMap<>();
    details.put("performedAt", at(monday, 9, 5).toOffsetDateTime().toString());
    details.put("procedureType", type);
    details.put("site", site);
    details.put("imaging", "FLUOROSCOPY");
    details.put("fluoroscopySeconds", 40);
    details.put("fluoroscopyDoseMgy", 1.5);
    details.put("contrastMl", 2);
    details.put("injectates", List.of(Map.of("drug", "Dexamethasone", "doseMg", 10)));
    details.put("sedation", "LOCAL_ONLY");
    details.put("complication", Map.of("code", "NONE"));
    details.put("immediatePain", 2);
    return api.as("physician")
        .post("/api/v1/procedures/" + procedure + "/record", Map.of("details", details));
  }

  private Map<String, Object> booking(String type, Map<String, Object> site) {
    Map<String, Object> body = tfEsi(patient, physician, room, at(monday, 9, 0));
    body.put("procedureType", type);
    body.put("site", site);
    return body;
  }

  private Response book(Map<String, Object> body, java.time.ZonedDateTime start) {
    body.put("start", start.toOffsetDateTime().toString());
    return api.as("frontdesk").post("/api/v1/appointments/procedures", body);
  }

  private void assertRefused(Map<String, Object> body, String field, String message) {
    Response refused = api.as("frontdesk").post("/api/v1/appointments/procedures", body);

    assertProblem(refused, 400, "validation");
    assertThat(fieldsIn(refused)).containsExactly(field);
    assertThat(refused.json().path("errors").get(0).path("message").asString()).isEqualTo(message);
  }

  private Response eligibility(String type, String site) {
    return api.as("frontdesk")
        .get(
            "/api/v1/patients/"
                + patient
                + "/eligibility?procedureType="
                + type
                + "&date="
                + monday
                + site);
  }

  private int appointmentsOf(UUID someone) {
    return jdbc.queryForObject(
        "select count(*) from appointment where patient_id = ?", Integer.class, someone.toString());
  }

  private static Map<String, Object> site(String region, String side, String... levels) {
    Map<String, Object> site = new HashMap<>();
    site.put("region", region);
    site.put("levels", List.of(levels));
    site.put("laterality", side);
    return site;
  }
}
