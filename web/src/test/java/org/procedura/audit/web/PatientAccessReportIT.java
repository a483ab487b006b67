package org.procedura.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.referral.web.ReferralBodies;
import tools.jackson.databind.JsonNode;

/**
 * The patient's access report lists everyone who reached, or tried to reach, the patient's
 * appointments, checklists, rule checks, procedures, follow-ups and referrals, though those paths
 * name no patient, and the bookings and referrals that name the patient only in their body: a read
 * or change that was done, one the access matrix refused, and one that failed, each with who and
 * how it ended.
 */
class PatientAccessReportIT extends ApiIntegrationTest {
  private UUID patient;
  private UUID physician;
  private UUID room;
  private UUID consultRoom;
  private LocalDate day;
  private String appointment;
  private String etag;

  @BeforeEach
  void aBookedProcedure() {
    physician =
        clinic.clinician(
            List.of("ESI_TF_LUMB"), LocalTime.of(6, 0), LocalTime.of(22, 0), EVERY_DAY);
    room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(6, 0),
            LocalTime.of(22, 0),
            EVERY_DAY);
    consultRoom =
        clinic.room("CONSULT_ROOM", List.of(), LocalTime.of(6, 0), LocalTime.of(22, 0), EVERY_DAY);
    patient = clinic.patient();
    day = mondayAfterNext();
    Api.Response booked =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures", tfEsi(patient, physician, room, at(day, 9, 0)));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    appointment = booked.json().path("id").asString();
    etag = booked.header("ETag");
  }

  @Test
  void anAppointmentsReadsAndRefusalsAreInItsPatientsReport() {
    String path = "/api/v1/appointments/" + appointment;

    Api.Response read = api.as("nurse").get(path);
    Api.Response forbidden = api.as("admin").get(path);
    Api.Response stale =
        api.as("frontdesk").header("If-Match", "\"99\"").post(path + "/confirm", null);
    Api.Response done = api.as("frontdesk").header("If-Match", etag).post(path + "/confirm", null);
    Api.Response twice =
        api.as("physician").header("If-Match", done.header("ETag")).post(path + "/confirm", null);

    List<JsonNode> report = accessReport();
    assertEntry(report, read, "nurse", "READ", "APPOINTMENT", "ALLOWED", 200);
    assertEntry(report, forbidden, "admin", "READ", "APPOINTMENT", "DENIED", 403);
    assertEntry(report, stale, "frontdesk", "UPDATE", "APPOINTMENT", "FAILED", 412);
    assertEntry(report, done, "frontdesk", "UPDATE", "APPOINTMENT", "ALLOWED", 200);
    assertEntry(report, twice, "physician", "UPDATE", "APPOINTMENT", "FAILED", 409);
  }

  @Test
  void aChecklistsReadsAndRefusalsAreInItsPatientsReport() {
    String checklist = "/api/v1/appointments/" + appointment + "/checklist";

    Api.Response read = api.as("nurse").get(checklist);
    Api.Response forbidden =
        api.as("frontdesk").post(checklist + "/CONSENT_SIGNED", Map.of("answer", true));
    Api.Response invalid = api.as("nurse").post(checklist + "/INR", Map.of("answer", true));
    Api.Response recorded =
        api.as("physician").post(checklist + "/CONSENT_SIGNED", Map.of("answer", true));

    List<JsonNode> report = accessReport();
    assertEntry(report, read, "nurse", "READ", "APPOINTMENT", "ALLOWED", 200);
    assertEntry(report, forbidden, "frontdesk", "UPDATE", "APPOINTMENT", "DENIED", 403);
    assertEntry(report, invalid, "nurse", "UPDATE", "APPOINTMENT", "FAILED", 400);
    assertEntry(report, recorded, "physician", "UPDATE", "APPOINTMENT", "ALLOWED", 200);
  }

  @Test
  void aRuleChecksReadsAndRefusalsAreInItsPatientsReport() {
    Api.Response visit =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/visits",
                Map.of(
                    "patientId", patient,
                    "kind", "CONSULT",
                    "clinicianId", physician,
                    "roomId", consultRoom,
                    "start", at(day, 14, 0).toOffsetDateTime().toString()));
    assertThat(visit.status()).as(visit.toString()).isEqualTo(201);

    Api.Response read =
        api.as("physician").get("/api/v1/appointments/" + appointment + "/rule-check");
    Api.Response forbidden =
        api.as("admin").get("/api/v1/appointments/" + appointment + "/rule-check");
    Api.Response none =
        api.as("nurse")
            .get("/api/v1/appointments/" + visit.json().path("id").asString() + "/rule-check");

    List<JsonNode> report = accessReport();
    assertEntry(report, read, "physician", "READ", "APPOINTMENT", "ALLOWED", 200);
    assertEntry(report, forbidden, "admin", "READ", "APPOINTMENT", "DENIED", 403);
    assertEntry(report, none, "nurse", "READ", "APPOINTMENT", "FAILED", 404);
  }

  @Test
  void aProceduresReadsAndRefusalsAreInItsPatientsReport() {
    String procedure = "/api/v1/procedures/" + appointment;

    Api.Response read = api.as("nurse").get(procedure);
    Api.Response forbidden = api.as("frontdesk").get(procedure);
    Api.Response invalid =
        api.as("nurse").post(procedure + "/baseline", Map.of("scale", "NRS", "value", 11));
    Api.Response recorded =
        api.as("nurse").post(procedure + "/baseline", Map.of("scale", "NRS", "value", 7));

    List<JsonNode> report = accessReport();
    assertEntry(report, read, "nurse", "READ", "PROCEDURE_RECORD", "ALLOWED", 200);
    assertEntry(report, forbidden, "frontdesk", "READ", "PROCEDURE_RECORD", "DENIED", 403);
    assertEntry(report, invalid, "nurse", "UPDATE", "PROCEDURE_RECORD", "FAILED", 400);
    assertEntry(report, recorded, "nurse", "UPDATE", "PROCEDURE_RECORD", "ALLOWED", 200);
  }

  @Test
  void aFollowUpsReadsAndRefusalsAreInItsPatientsReport() {
    clock.jumpTo(at(day, 8, 30).toInstant());
    clinic.complete(appointment);
    List<String> followUps = new ArrayList<>();
    api.as("nurse")
        .get("/api/v1/procedures/" + appointment)
        .json()
        .path("followUps")
        .forEach(f -> followUps.add(f.path("id").asString()));
    assertThat(followUps).isNotEmpty();
    String followUp = "/api/v1/follow-ups/" + followUps.getFirst();

    Api.Response read = api.as("nurse").get(followUp);
    Api.Response forbidden = api.as("frontdesk").get(followUp);
    Api.Response notMissed =
        api.as("physician")
            .header("If-Match", read.header("ETag"))
            .post(followUp + "/close", Map.of("reason", "PATIENT_DECLINED"));

    List<JsonNode> report = accessReport();
    assertEntry(report, read, "nurse", "READ", "FOLLOW_UP", "ALLOWED", 200);
    assertEntry(report, forbidden, "frontdesk", "READ", "FOLLOW_UP", "DENIED", 403);
    assertEntry(report, notMissed, "physician", "UPDATE", "FOLLOW_UP", "FAILED", 409);
  }

  @Test
  void aReferralsReadsAndRefusalsAreInItsPatientsReport() {
    String referral = "/api/v1/referrals/" + clinic.acceptedReferral(patient, Map.of());

    Api.Response read = api.as("nurse").get(referral);
    Api.Response forbidden = api.as("frontdesk").post(referral + "/accept", Map.of("note", "ok"));
    Api.Response again =
        api.as("physician")
            .header("If-Match", read.header("ETag"))
            .post(referral + "/accept", Map.of("note", "again"));

    List<JsonNode> report = accessReport();
    assertEntry(report, read, "nurse", "READ", "REFERRAL", "ALLOWED", 200);
    assertEntry(report, forbidden, "frontdesk", "UPDATE", "REFERRAL", "DENIED", 403);
    assertEntry(report, again, "physician", "UPDATE", "REFERRAL", "FAILED", 409);
  }

  @Test
  void refusedBookingsAreInTheReportOfThePatientTheirBodyNames() {
    Api.Response forbidden =
        api.as("nurse")
            .post(
                "/api/v1/appointments/procedures", tfEsi(patient, physician, room, at(day, 11, 0)));
    Api.Response slotTaken =
        api.as("physician")
            .post(
                "/api/v1/appointments/procedures", tfEsi(patient, physician, room, at(day, 9, 0)));
    Api.Response unknownRoom =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                tfEsi(patient, physician, UUID.randomUUID(), at(day, 11, 0)));
    Api.Response visitForbidden =
        api.as("nurse")
            .post(
                "/api/v1/appointments/visits",
                Map.of(
                    "patientId", patient,
                    "kind", "CONSULT",
                    "clinicianId", physician,
                    "roomId", consultRoom,
                    "start", at(day, 15, 0).toOffsetDateTime().toString()));
    Api.Response referralForbidden =
        api.as("admin")
            .post("/api/v1/referrals", ReferralBodies.referralFor(patient.toString(), 2));

    List<JsonNode> report = accessReport();
    assertEntry(report, forbidden, "nurse", "CREATE", "APPOINTMENT", "DENIED", 403);
    assertEntry(report, slotTaken, "physician", "CREATE", "APPOINTMENT", "FAILED", 409);
    assertEntry(report, unknownRoom, "frontdesk", "CREATE", "APPOINTMENT", "FAILED", 404);
    assertEntry(report, visitForbidden, "nurse", "CREATE", "APPOINTMENT", "DENIED", 403);
    assertEntry(report, referralForbidden, "admin", "CREATE", "REFERRAL", "DENIED", 403);
  }

  @Test
  void aBookingWhoseBodyNamesNoPatientIsFiledUnderNone() {
    Map<String, Object> body = new HashMap<>(tfEsi(patient, physician, room, at(day, 11, 0)));
    body.put("patientId", "not-a-patient");

    Api.Response malformed = api.as("nurse").post("/api/v1/appointments/procedures", body);

    assertThat(malformed.status()).isEqualTo(403);
    assertThat(accessReport())
        .noneMatch(e -> e.path("requestId").asString().equals(malformed.header("X-Request-Id")));
  }

  @Test
  void anAvailabilitySearchForThePatientIsAReadOfThePatient() {
    String search =
        "/api/v1/availability?procedureType=ESI_TF_LUMB&from="
            + day
            + "&to="
            + day
            + "&patientId="
            + patient;

    Api.Response found = api.as("frontdesk").get(search);
    Api.Response forbidden = api.as("admin").get(search);

    List<JsonNode> report = accessReport();
    JsonNode entry =
        assertEntry(report, found, "frontdesk", "READ", "AVAILABILITY", "ALLOWED", 200);
    assertThat(entry.path("path").asString()).isEqualTo("/api/v1/availability");
    assertEntry(report, forbidden, "admin", "READ", "AVAILABILITY", "DENIED", 403);
  }

  private List<JsonNode> accessReport() {
    Api.Response page =
        api.as("admin").get("/api/v1/patients/" + patient + "/access-report?size=100");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return StreamSupport.stream(page.json().path("content").spliterator(), false).toList();
  }

  private static JsonNode assertEntry(
      List<JsonNode> report,
      Api.Response response,
      String username,
      String action,
      String resourceType,
      String outcome,
      int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    String requestId = response.header("X-Request-Id");
    JsonNode entry =
        report.stream()
            .filter(e -> e.path("requestId").asString().equals(requestId))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no entry in the patient's report for " + response + ": " + report));
    assertThat(entry.path("username").asString()).isEqualTo(username);
    assertThat(entry.path("action").asString()).isEqualTo(action);
    assertThat(entry.path("resourceType").asString()).isEqualTo(resourceType);
    assertThat(entry.path("outcome").asString()).isEqualTo(outcome);
    assertThat(entry.path("status").asInt()).isEqualTo(status);
    return entry;
  }
}
