package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The console's reads and changes of a patient's data are in the audit trail like the API's,
 * attributed to the patient and to whoever was signed in.
 */
class ConsoleAuditIT extends ApiIntegrationTest {

  @Test
  void registeringAndReadingAPatientAreAttributedToThePatient() {
    var session = ConsoleAccessWalkIT.Session.signedIn(api.baseUrl(), "frontdesk");
    var registered =
        session.submit(
            "/console/patients",
            Map.of(
                "given", "Audit",
                "family", "Console" + UUID.randomUUID().toString().substring(0, 8),
                "dateOfBirth", "1971-05-04",
                "sex", "MALE"));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
    String location = registered.headers().firstValue("Location").orElseThrow();
    UUID patient = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    assertThat(session.send("GET", "/console/patients/" + patient).statusCode()).isEqualTo(200);

    List<String> trail = new ArrayList<>();
    for (JsonNode event : accessReport(patient)) {
      trail.add(
          event.path("action").asString()
              + " "
              + event.path("resourceType").asString()
              + " "
              + event.path("method").asString()
              + " "
              + event.path("path").asString()
              + " by "
              + event.path("username").asString());
    }
    assertThat(trail)
        .contains(
            "CREATE PATIENT POST /console/patients by frontdesk",
            "READ PATIENT GET /console/patients/" + patient + " by frontdesk");
  }

  @Test
  void aSearchThatNamesNoOnePatientIsRecordedWithoutTheQuery() {
    var session = ConsoleAccessWalkIT.Session.signedIn(api.baseUrl(), "nurse");
    String marker = "Zz" + UUID.randomUUID().toString().substring(0, 6);

    // other tests' nurses' requests, some at times their clocks jumped to, are left out by time
    String before = clock.instant().minusSeconds(1).toString();
    assertThat(session.send("GET", "/console/patients?name=" + marker).statusCode()).isEqualTo(200);
    String after = clock.instant().plusSeconds(1).toString();

    JsonNode events =
        api.as("admin")
            .get("/api/v1/audit-events?username=nurse&size=100&from=" + before + "&to=" + after)
            .json()
            .path("content");
    assertThat(events.valueStream().map(e -> e.path("path").asString()))
        .contains("/console/patients")
        .noneMatch(path -> path.contains(marker));
  }

  private JsonNode accessReport(UUID patient) {
    var report = api.as("admin").get("/api/v1/patients/" + patient + "/access-report?size=100");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    return report.json().path("content");
  }
}
