package org.procedura.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

class AuditTrailIT extends ApiIntegrationTest {

  @Test
  void aPhysiciansReadShowsInThePatientsAccessReport() {
    UUID patient = clinic.patient();

    Api.Response read = api.as("physician").get("/api/v1/patients/" + patient);

    assertThat(read.status()).isEqualTo(200);
    JsonNode entry = entryOf(accessReport(patient), read.header("X-Request-Id"));
    assertThat(entry.path("username").asString()).isEqualTo("physician");
    assertThat(entry.path("role").asString()).isEqualTo("PHYSICIAN");
    assertThat(entry.path("action").asString()).isEqualTo("READ");
    assertThat(entry.path("resourceType").asString()).isEqualTo("PATIENT");
    assertThat(entry.path("resourceId").asString()).isEqualTo(patient.toString());
    assertThat(entry.path("outcome").asString()).isEqualTo("ALLOWED");
    assertThat(entry.path("clientAddress").asString()).isNotBlank();
    assertThat(accessReport(patient))
        .anySatisfy(
            e -> {
              assertThat(e.path("username").asString()).isEqualTo("frontdesk");
              assertThat(e.path("action").asString()).isEqualTo("CREATE");
            });
  }

  @Test
  void aFrontDeskAttemptToAcceptAReferralIsRefusedAndAuditedAsDenied() {
    String path = "/api/v1/referrals/" + UUID.randomUUID() + "/accept";

    Api.Response refused = api.as("frontdesk").post(path, Map.of());

    assertProblem(refused, 403, "forbidden");
    assertThat(refused.json().path("requestId").asString())
        .isEqualTo(refused.header("X-Request-Id"));
    JsonNode entry = entryOf(trail("username=frontdesk"), refused.header("X-Request-Id"));
    assertThat(entry.path("outcome").asString()).isEqualTo("DENIED");
    assertThat(entry.path("status").asInt()).isEqualTo(403);
    assertThat(entry.path("resourceType").asString()).isEqualTo("REFERRAL");
    assertThat(entry.path("path").asString()).isEqualTo(path);
  }

  @Test
  void aFrontDeskAttemptAtTheTrailItselfIsDeniedAndAudited() {
    Api.Response refused = api.as("frontdesk").get("/api/v1/audit-events");

    assertProblem(refused, 403, "forbidden");
    JsonNode entry = entryOf(trail("username=frontdesk"), refused.header("X-Request-Id"));
    assertThat(entry.path("outcome").asString()).isEqualTo("DENIED");
  }

  @Test
  void aRequestWithNoTokenIsAuditedAsDeniedWithoutAUser() {
    UUID patient = UUID.randomUUID();

    Api.Response refused = api.anonymous().get("/api/v1/patients/" + patient);

    assertProblem(refused, 401, "unauthenticated");
    JsonNode entry = entryOf(accessReport(patient), refused.header("X-Request-Id"));
    assertThat(entry.path("outcome").asString()).isEqualTo("DENIED");
    assertThat(entry.path("username").isNull()).isTrue();
  }

  @Test
  void aRequestWithAnEncodedPathIsAuditedUnderTheDecodedPath() {
    UUID patient = UUID.randomUUID();

    Api.Response refused = api.anonymous().get("/%61pi/v1/patients/" + patient);

    assertProblem(refused, 401, "unauthenticated");
    JsonNode entry = entryOf(accessReport(patient), refused.header("X-Request-Id"));
    assertThat(entry.path("outcome").asString()).isEqualTo("DENIED");
    assertThat(entry.path("path").asString()).isEqualTo("/api/v1/patients/" + patient);
  }

  @Test
  void aRolledBackRequestStillLeavesItsEntryAsFailed() {
    String mrn = "A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Api.Response first = api.as("frontdesk").post("/api/v1/patients", patient(mrn));
    UUID patient = UUID.fromString(first.json().path("id").asString());

    Api.Response refused = api.as("nurse").post("/api/v1/patients", patient(mrn));
    Api.Response stale =
        api.as("nurse")
            .header("If-Match", "\"99\"")
            .put("/api/v1/patients/" + patient, patient(mrn));

    assertProblem(refused, 409, "conflict");
    JsonNode conflict = entryOf(trail("username=nurse"), refused.header("X-Request-Id"));
    assertThat(conflict.path("outcome").asString()).isEqualTo("FAILED");
    JsonNode staleEntry = entryOf(accessReport(patient), stale.header("X-Request-Id"));
    assertThat(staleEntry.path("outcome").asString()).isEqualTo("FAILED");
    assertThat(staleEntry.path("action").asString()).isEqualTo("UPDATE");
    assertThat(staleEntry.path("status").asInt()).isEqualTo(stale.status());
  }

  @Test
  void aReferralReadIsFiledUnderItsPatientFromTheAnswer() {
    UUID patient = clinic.patient();
    Api.Response recorded = api.as("frontdesk").post("/api/v1/referrals", referralFor(patient));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

    Api.Response read =
        api.as("nurse").get("/api/v1/referrals/" + recorded.json().path("id").asString());

    JsonNode entry = entryOf(accessReport(patient), read.header("X-Request-Id"));
    assertThat(entry.path("resourceType").asString()).isEqualTo("REFERRAL");
  }

  @Test
  void theTrailIsPagedAndFilteredByTimeRange() {
    Api.Response page =
        api.as("admin")
            .get("/api/v1/audit-events?from=2000-01-01T00:00:00Z&to=2001-01-01T00:00:00Z&size=5");
    Api.Response backwards =
        api.as("admin")
            .get("/api/v1/audit-events?from=2001-01-01T00:00:00Z&to=2000-01-01T00:00:00Z");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().path("totalElements").asLong()).isZero();
    assertThat(page.json().path("size").asInt()).isEqualTo(5);
    assertProblem(backwards, 400, "validation");
  }

  private List<JsonNode> accessReport(UUID patient) {
    return content(api.as("admin").get("/api/v1/patients/" + patient + "/access-report?size=100"));
  }

  private List<JsonNode> trail(String query) {
    return content(api.as("admin").get("/api/v1/audit-events?size=100&" + query));
  }

  private static List<JsonNode> content(Api.Response page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return StreamSupport.stream(page.json().path("content").spliterator(), false).toList();
  }

  private static JsonNode entryOf(List<JsonNode> entries, String requestId) {
    assertThat(requestId).isNotBlank();
    return entries.stream()
        .filter(e -> e.path("requestId").asString().equals(requestId))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no entry for request " + requestId + ": " + entries));
  }

  private static Map<String, Object> patient(String mrn) {
    Map<String, Object> body = new HashMap<>();
    body.put("givenName", "Audit");
    body.put("familyName", "Subject" + UUID.randomUUID().toString().substring(0, 6));
    body.put("dateOfBirth", "1950-05-05");
    body.put("sex", "MALE");
    body.put("mrn", mrn);
    return body;
  }

  private static Object referralFor(UUID patient) {
    return org.procedura.referral.web.ReferralBodies.referralFor(patient.toString(), 3);
  }
}
