package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A whole front-desk scenario leaves no patient name, date of birth or MRN in the log. */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIT extends ApiIntegrationTest {

  @Test
  void aScenarioWithRefusalsLogsNoPatientData(CapturedOutput log) {
    String family = "Zyxwvutsrq" + UUID.randomUUID().toString().substring(0, 6);
    String mrn = "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> patient = new HashMap<>();
    patient.put("givenName", "Quentinella");
    patient.put("familyName", family);
    patient.put("dateOfBirth", "1937-03-17");
    patient.put("sex", "FEMALE");
    patient.put("mrn", mrn);

    var registered = api.as("frontdesk").post("/api/v1/patients", patient);
    String id = registered.json().path("id").asString();
    api.as("physician").get("/api/v1/patients/" + id);
    api.as("nurse").get("/api/v1/patients?name=" + family + "&dateOfBirth=1937-03-17");
    Map<String, Object> invalid = new HashMap<>(patient);
    invalid.put("dateOfBirth", "2999-01-01");
    var validation =
        api.as("frontdesk").header("If-Match", "\"0\"").put("/api/v1/patients/" + id, invalid);
    var conflict = api.as("frontdesk").post("/api/v1/patients", patient);
    api.anonymous().get("/api/v1/patients?mrn=" + mrn);

    assertThat(registered.status()).isEqualTo(201);
    assertThat(validation.status()).isEqualTo(400);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(log.getAll())
        .doesNotContain(family)
        .doesNotContain("Quentinella")
        .doesNotContain("1937-03-17")
        .doesNotContain(mrn)
        .doesNotContain(mrn.toLowerCase());
  }
}
