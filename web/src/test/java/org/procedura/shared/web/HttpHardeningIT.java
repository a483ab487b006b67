package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;

class HttpHardeningIT extends ApiIntegrationTest {

  @Test
  void theApiAnswersWithStrictSecurityHeadersAndARequestId() {
    Api.Response response = api.as("frontdesk").get("/api/v1/procedure-types");

    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    assertThat(response.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
    assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void hstsIsSentWhenTheProxyReportsTls() {
    Api.Response response =
        api.as("frontdesk").header("X-Forwarded-Proto", "https").get("/api/v1/procedure-types");

    assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000");
  }

  @Test
  void swaggerUiKeepsAPolicyThatLetsItRun() {
    Api.Response ui = api.anonymous().get("/swagger-ui/index.html");

    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.header("Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void corsIsClosedByDefault() {
    Api.Response preflight =
        api.anonymous()
            .header("Origin", "https://elsewhere.example")
            .header("Access-Control-Request-Method", "GET")
            .send("OPTIONS", "/api/v1/procedure-types", null);

    assertProblem(preflight, 403, "forbidden");
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    assertThat(preflight.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void refusesABodyOverTheLimit() {
    String huge = "{\"givenName\":\"" + "x".repeat(300 * 1024) + "\"}";

    Api.Response refused = api.as("frontdesk").post("/api/v1/patients", huge);

    assertProblem(refused, 413, "payload-too-large");
  }

  @Test
  void errorBodiesCarryNoStackTraceNorSql() {
    List<Api.Response> refusals =
        List.of(
            api.as("frontdesk").post("/api/v1/patients", "{not json"),
            api.as("frontdesk").post("/api/v1/patients", Map.of("dateOfBirth", "yesterday")),
            api.as("frontdesk").get("/api/v1/patients/not-a-uuid"),
            api.as("frontdesk").send("DELETE", "/api/v1/patients", null),
            api.as("frontdesk").get("/api/v1/schedule?date=2026-13-45"));

    for (Api.Response refusal : refusals) {
      assertThat(refusal.status()).as(refusal.toString()).isBetween(400, 499);
      assertThat(refusal.json().path("requestId").asString())
          .isEqualTo(refusal.header("X-Request-Id"));
      assertThat(refusal.raw().toLowerCase())
          .as(refusal.toString())
          .doesNotContain(
              "exception", "\tat ", "at org.", "sql", "select ", "insert ", "hibernate");
    }
  }
}
