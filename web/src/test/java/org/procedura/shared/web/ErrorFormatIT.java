package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.RawHttp;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal, including those of the servlet container and of the security filters' firewall
 * made before the application sees the request, is Problem Details with a request id and the API's
 * security headers; none is a 500.
 */
class ErrorFormatIT extends ApiIntegrationTest {
  private RawHttp raw;
  private String token;

  @BeforeEach
  void rawClient() {
    raw = new RawHttp(URI.create(api.baseUrl()).getPort());
    token = api.signIn("frontdesk", "frontdesk-demo").json().path("accessToken").asString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/patients?name=%",
        "/api/v1/patients?name=%zz",
        "/api/v1/patients?name=%C3%28",
        "/api/v1/patients?name=%C3",
        "/api/v1/patients?%zz=1",
        "/api/v1/patients?name=Ren%E9",
        "/api/v1/schedule?date=%FF%FE"
      })
  void aQueryWithBadEscapesIsA400(String target) {
    RawHttp.Response signedIn = raw.get(target, token);
    RawHttp.Response anonymous = raw.get(target, null);

    assertRefusal(signedIn, 400);
    assertThat(anonymous.status()).as(anonymous.toString()).isIn(400, 401);
    assertRefusal(anonymous, anonymous.status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/patients/%zz",
        "/api/v1/patients/%C3%28",
        "/api/v1/patients/a%2Fb",
        "/api/v1/patients/a%5Cb",
        "/api/v1/patients/..;/x",
        "/api/v1//patients",
        "/api/v1/patients;jsessionid=1",
        "/api/v1/patients/%2e%2e/x",
        "/api/v1/./patients",
        "/api/v1/patients/%00",
        "/api/v1/patients/%25"
      })
  void aPathTheContainerOrTheFirewallRefusesIsAProblem(String target) {
    RawHttp.Response signedIn = raw.get(target, token);
    RawHttp.Response anonymous = raw.get(target, null);

    assertThat(signedIn.status()).as(signedIn.toString()).isIn(400, 404);
    assertRefusal(signedIn, signedIn.status());
    assertThat(anonymous.status()).as(anonymous.toString()).isIn(400, 401, 404);
    assertRefusal(anonymous, anonymous.status());
  }

  @Test
  void aRequestLineWithAForbiddenCharacterIsAProblem() {
    RawHttp.Response refused =
        raw.send("GET /api/v1/patients?name=a|b{c} HTTP/1.1", Map.of(), null);

    assertRefusal(refused, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/*", "application/*", "*/json", "nonsense", "/", "application"})
  void aBodyOfNoOneMediaTypeIsA415WithOrWithoutAToken(String contentType) {
    byte[] body = "{\"givenName\":\"Ann\"}".getBytes(StandardCharsets.UTF_8);
    for (String caller : new String[] {token, null}) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", contentType);
      if (caller != null) {
        headers.put("Authorization", "Bearer " + caller);
      }
      for (String target :
          new String[] {"/api/v1/patients", "/api/v1/auth/token", "/api/v1/referrals"}) {
        RawHttp.Response refused = raw.send("POST " + target + " HTTP/1.1", headers, body);

        assertRefusal(refused, 415);
      }
    }
  }

  @Test
  void aBodyOfAnotherConcreteMediaTypeIsA415() {
    var refused =
        api.as("frontdesk")
            .header("Content-Type", "text/plain")
            .send("POST", "/api/v1/patients", null);
    RawHttp.Response plain =
        raw.send(
            "POST /api/v1/patients HTTP/1.1",
            Map.of("Content-Type", "text/plain", "Authorization", "Bearer " + token),
            "hello".getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).isIn(400, 415);
    assertRefusal(plain, 415);
  }

  @Test
  void aGetWithAWildcardContentTypeButNoBodyIsAnswered() {
    RawHttp.Response answered =
        raw.send(
            "GET /api/v1/procedure-types HTTP/1.1",
            Map.of("Content-Type", "*/*", "Authorization", "Bearer " + token),
            null);

    assertThat(answered.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "application/xml", "image/png", "text/csv"})
  void anAcceptThatCannotBeSatisfiedIsA406(String accept) {
    RawHttp.Response refused =
        raw.send(
            "GET /api/v1/procedure-types HTTP/1.1",
            Map.of("Accept", accept, "Authorization", "Bearer " + token),
            null);

    assertRefusal(refused, 406);
    assertThat(refused.json().path("type").asString()).endsWith("/not-acceptable");
  }

  @Test
  void anAcceptThatCannotBeSatisfiedStillGetsTheProblemOfAnotherRefusal() {
    RawHttp.Response refused =
        raw.send(
            "GET /api/v1/patients/not-a-uuid HTTP/1.1",
            Map.of("Accept", "text/html", "Authorization", "Bearer " + token),
            null);

    assertThat(refused.status()).isIn(400, 406);
    assertRefusal(refused, refused.status());
  }

  @Test
  void aBodyOverTheLimitIsA413WithOrWithoutALength() throws Exception {
    byte[] huge =
        ("{\"givenName\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    RawHttp.Response withLength =
        raw.send(
            "POST /api/v1/patients HTTP/1.1",
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
            huge);
    HttpResponse<String> chunked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/patients"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(huge)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertRefusal(withLength, 413);
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void malformedJsonIsA400Problem() {
    RawHttp.Response refused =
        raw.send(
            "POST /api/v1/patients HTTP/1.1",
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
            "{\"givenName\": ".getBytes(StandardCharsets.UTF_8));

    assertRefusal(refused, 400);
  }

  @Test
  void anUnknownPathIsA404WithOrWithoutAToken() {
    for (String target :
        new String[] {
          "/api/v1/nothing-here", "/api/v2/patients", "/nothing", "/api/v1/patients/x/y/z"
        }) {
      assertRefusal(raw.get(target, token), 404);
      assertRefusal(raw.get(target, null), 404);
    }
    assertRefusal(
        raw.send(
            "DELETE /api/v1/nothing-here HTTP/1.1",
            Map.of("Authorization", "Bearer " + token),
            null),
        404);
  }

  @Test
  void aKnownPathStillNeedsATokenAndTheRightRole() {
    RawHttp.Response anonymous = raw.get("/api/v1/patients", null);
    RawHttp.Response wrongRole =
        raw.send(
            "POST /api/v1/rooms HTTP/1.1",
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token),
            "{}".getBytes(StandardCharsets.UTF_8));
    RawHttp.Response wrongMethod =
        raw.send(
            "DELETE /api/v1/patients HTTP/1.1", Map.of("Authorization", "Bearer " + token), null);

    assertRefusal(anonymous, 401);
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertRefusal(wrongRole, 403);
    assertThat(wrongMethod.status()).isIn(403, 405);
    assertRefusal(wrongMethod, wrongMethod.status());
  }

  private static void assertRefusal(RawHttp.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .as(response.toString())
        .startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("type").asString())
        .as(response.toString())
        .startsWith("https://procedura.org/problems/");
    assertThat(problem.path("title").asString()).as(response.toString()).isNotBlank();
    assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
    assertThat(problem.path("detail").asString()).as(response.toString()).isNotBlank();
    assertThat(problem.path("requestId").asString())
        .as(response.toString())
        .matches("[0-9a-f-]{36}")
        .isEqualTo(response.header("X-Request-Id"));
    assertThat(response.header("X-Content-Type-Options"))
        .as(response.toString())
        .isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).as(response.toString()).isEqualTo("DENY");
    assertThat(response.header("Content-Security-Policy"))
        .as(response.toString())
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    assertThat(response.header("Cache-Control")).as(response.toString()).contains("no-store");
    assertThat(response.body().toLowerCase()).doesNotContain("exception", "<html");
  }
}
