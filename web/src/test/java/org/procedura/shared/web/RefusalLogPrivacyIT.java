package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.RawHttp;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A patient's name, date of birth, MRN and phone number sent through every kind of bad request
 * appear nowhere in the log: not in the application's, nor in Spring's, Hibernate's or Tomcat's
 * (whose parameter parsing logs at DEBUG here), while every refusal is still logged with its
 * status, problem type and request id.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogPrivacyIT extends ApiIntegrationTest {
  /** Tomcat's loggers of parameters and request lines that did not parse. */
  private static final List<String> VERBOSE =
      List.of("org.apache.tomcat.util.http", "org.apache.catalina.connector");

  private final String given = "Philomenetta";
  private final String family = "Qzxwvk" + UUID.randomUUID().toString().substring(0, 6);
  private final String dateOfBirth = "1931-07-23";
  private final String mrn = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private final String phone = "+1 555 01" + (int) (Math.random() * 90 + 10) + " 7734";
  private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
  private RawHttp raw;
  private String token;

  @BeforeEach
  void verboseContainerLogs() {
    VERBOSE.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));
    raw = new RawHttp(URI.create(api.baseUrl()).getPort());
    token = api.signIn("frontdesk", "frontdesk-demo").json().path("accessToken").asString();
  }

  @AfterEach
  void quietAgain() {
    VERBOSE.forEach(name -> logging.setLogLevel(name, null));
  }

  @Test
  void everyKindOfBadRequestLogsNoPatientData(CapturedOutput log) {
    List<Integer> statuses = new ArrayList<>();
    var registered = api.as("frontdesk").post("/api/v1/patients", patient());
    assertThat(registered.status()).isEqualTo(201);
    String id = registered.json().path("id").asString();

    // bad percent-escapes and characters the request line may not hold
    statuses.add(rawGet("/api/v1/patients?name=" + family + "%zz"));
    statuses.add(rawGet("/api/v1/patients?name=" + family + "%C3%28&mrn=" + mrn));
    statuses.add(rawGet("/api/v1/patients?mrn=" + mrn + "%"));
    statuses.add(rawGet("/api/v1/patients?" + family + "%zz=" + mrn));
    statuses.add(rawGet("/api/v1/patients?name=" + family + "|" + mrn));
    statuses.add(rawGet("/api/v1/patients/" + family + "%zz"));
    // the firewall's refusals
    statuses.add(rawGet("/api/v1/patients/" + family + "/..;/" + mrn));
    statuses.add(rawGet("//api/v1/patients?name=" + family));
    statuses.add(rawGet("/api/v1/patients;" + family + "=" + mrn));
    statuses.add(rawGet("/api/v1/patients/" + family + "%2F" + mrn));
    statuses.add(rawGet("/api/v1/" + family + "/" + mrn));
    // type mismatches in path, query and body, a bad enum, bad JSON
    statuses.add(api.as("frontdesk").get("/api/v1/patients/" + family + "-" + mrn).status());
    statuses.add(api.as("frontdesk").get("/api/v1/patients?dateOfBirth=" + family).status());
    statuses.add(
        api.as("frontdesk").get("/api/v1/patients?dateOfBirth=" + dateOfBirth + "x").status());
    statuses.add(post(with("dateOfBirth", family)));
    statuses.add(post(with("dateOfBirth", 19310723)));
    statuses.add(post(with("sex", family)));
    statuses.add(post(with("givenName", List.of(given, family))));
    statuses.add(post(with("contact", Map.of("phone", List.of(phone)))));
    statuses.add(
        api.as("frontdesk").post("/api/v1/patients", json(patient()).substring(0, 60)).status());
    statuses.add(
        api.as("frontdesk")
            .post("/api/v1/patients", "{\"familyName\":\"" + family + "\",\"mrn\":\"" + mrn + "\"")
            .status());
    // constraint violations and a duplicate MRN
    statuses.add(post(with("mrn", mrn + "!" + family)));
    statuses.add(post(with("contact", Map.of("phone", phone + "x" + family))));
    statuses.add(post(with("givenName", family.repeat(20))));
    statuses.add(post(with("dateOfBirth", "2999-01-01")));
    statuses.add(post(patient()));
    statuses.add(
        api.as("frontdesk")
            .header("If-Match", "\"99\"")
            .put("/api/v1/patients/" + id, patient())
            .status());
    // a body too large, media types that are not JSON, no token
    statuses.add(
        api.as("frontdesk")
            .post("/api/v1/patients", with("familyName", (family + mrn).repeat(20_000)))
            .status());
    statuses.add(rawPost("text/plain", json(patient())));
    statuses.add(rawPost("*/*", json(patient())));
    statuses.add(
        rawPost("application/x-www-form-urlencoded", "familyName=" + family + "&mrn=" + mrn));
    statuses.add(api.anonymous().get("/api/v1/patients?name=" + family + "&mrn=" + mrn).status());
    statuses.add(api.anonymous().post("/api/v1/patients", patient()).status());

    assertThat(statuses).as("every one refused, none failed").allMatch(s -> s >= 400 && s < 500);
    String output = log.getAll();
    assertThat(output)
        .doesNotContain(family)
        .doesNotContain(family.toLowerCase())
        .doesNotContain(given)
        .doesNotContain(dateOfBirth)
        .doesNotContain("19310723")
        .doesNotContain(mrn)
        .doesNotContain(mrn.toLowerCase())
        .doesNotContain(phone)
        .doesNotContain(phone.replace(" ", "%20"));
    assertThat(output).contains("answered 400 https://procedura.org/problems/");
    assertThat(output).contains("answered 409 https://procedura.org/problems/conflict");
    assertThat(output).containsPattern("answered 404 \\S+ \\(request [0-9a-f-]{36}\\)");
  }

  private Map<String, Object> patient() {
    Map<String, Object> patient = new HashMap<>();
    patient.put("givenName", given);
    patient.put("familyName", family);
    patient.put("dateOfBirth", dateOfBirth);
    patient.put("sex", "FEMALE");
    patient.put("mrn", mrn);
    patient.put("contact", Map.of("phone", phone));
    return patient;
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> patient = new LinkedHashMap<>(patient());
    patient.put(field, value);
    return patient;
  }

  private int post(Map<String, Object> body) {
    return api.as("frontdesk").post("/api/v1/patients", body).status();
  }

  private int rawGet(String target) {
    return raw.get(target, token).status();
  }

  private int rawPost(String contentType, String body) {
    return raw.send(
            "POST /api/v1/patients HTTP/1.1",
            Map.of("Content-Type", contentType, "Authorization", "Bearer " + token),
            body.getBytes(StandardCharsets.UTF_8))
        .status();
  }

  private static String json(Object value) {
    return org.procedura.apitest.Api.JSON.writeValueAsString(value);
  }
}
