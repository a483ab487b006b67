package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Walks each endpoint with each role and with no token. A role that passes the access rule gets
 * past security (the answer is then about the request itself: 200, 400, 404, or 428 for a change
 * without its If-Match version); one that does not gets 403; no token gets 401.
 */
class AccessRulesIT extends ApiIntegrationTest {
  /** Within the calendar's reach on any day the test runs. */
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static final String UNKNOWN_PATIENT = "/api/v1/patients/" + UUID.randomUUID();
  private static final String DEMO_CLINICIAN =
      "/api/v1/clinicians/00000000-0000-7000-8000-000000000101";
  private static final String DEMO_ROOM = "/api/v1/rooms/00000000-0000-7000-8000-000000000201";
  private static final String UNKNOWN_APPOINTMENT = "/api/v1/appointments/" + UUID.randomUUID();
  private static final String NEXT_YEAR = String.valueOf(java.time.Year.now().getValue() + 1);
  private static final String PROFILE = UNKNOWN_PATIENT + "/clinical-profile";
  private static final String ENTRY = "/" + UUID.randomUUID();
  private static final String UNKNOWN_PROCEDURE = "/api/v1/procedures/" + UUID.randomUUID();
  private static final String UNKNOWN_FOLLOW_UP = "/api/v1/follow-ups/" + UUID.randomUUID();
  private static final String UNKNOWN_REFERRAL = "/api/v1/referrals/" + UUID.randomUUID();

  @Autowired JwtEncoder encoder;
  @Autowired TokenSigningKeys signingKeys;

  static Stream<Arguments> matrix() {
    // method, path, body, then the status for: none, frontdesk, nurse, physician, admin
    return Stream.of(
        row("GET", "/api/v1/procedure-types", null, 401, 200, 200, 200, 200),
        row("GET", "/api/v1/procedure-types/SGB", null, 401, 200, 200, 200, 200),
        row("POST", "/api/v1/procedure-types", "{}", 401, 403, 403, 403, 400),
        row("PUT", "/api/v1/procedure-types/SGB", "{}", 401, 403, 403, 403, 400),
        row("GET", "/api/v1/patients?mrn=NOBODY", null, 401, 200, 200, 200, 403),
        row("GET", UNKNOWN_PATIENT, null, 401, 404, 404, 404, 403),
        row("POST", "/api/v1/patients", "{}", 401, 400, 400, 400, 403),
        row("PUT", UNKNOWN_PATIENT, "{}", 401, 400, 400, 400, 403),
        row("GET", "/api/v1/clinicians", null, 401, 200, 200, 200, 200),
        row("GET", DEMO_CLINICIAN, null, 401, 200, 200, 200, 200),
        row("POST", "/api/v1/clinicians", "{}", 401, 403, 403, 403, 400),
        row("PUT", DEMO_CLINICIAN, "{}", 401, 403, 403, 403, 400),
        row("GET", DEMO_CLINICIAN + "/working-hours", null, 401, 200, 200, 200, 200),
        row("PUT", DEMO_CLINICIAN + "/working-hours", "{}", 401, 403, 403, 403, 400),
        row(
            "GET",
            DEMO_CLINICIAN + "/time-off?from=" + TODAY + "&to=" + TODAY.plusDays(1),
            null,
            401,
            200,
            200,
            200,
            200),
        row("POST", DEMO_CLINICIAN + "/time-off", "{}", 401, 403, 403, 403, 400),
        row("GET", "/api/v1/rooms", null, 401, 200, 200, 200, 200),
        row("GET", DEMO_ROOM, null, 401, 200, 200, 200, 200),
        row("POST", "/api/v1/rooms", "{}", 401, 403, 403, 403, 400),
        row("PUT", DEMO_ROOM, "{}", 401, 403, 403, 403, 400),
        row("GET", DEMO_ROOM + "/working-hours", null, 401, 200, 200, 200, 200),
        row("PUT", DEMO_ROOM + "/working-hours", "{}", 401, 403, 403, 403, 400),
        row(
            "GET",
            DEMO_ROOM + "/maintenance?from=" + TODAY + "&to=" + TODAY.plusDays(1),
            null,
            401,
            200,
            200,
            200,
            200),
        row("POST", DEMO_ROOM + "/maintenance", "{}", 401, 403, 403, 403, 400),
        row(
            "GET",
            "/api/v1/availability?visitKind=CONSULT&from="
                + NEXT_YEAR
                + "-01-04&to="
                + NEXT_YEAR
                + "-01-04",
            null,
            401,
            200,
            200,
            200,
            403),
        row("GET", "/api/v1/schedule?date=2026-01-05", null, 401, 200, 200, 200, 403),
        row("GET", UNKNOWN_PATIENT + "/appointments", null, 401, 404, 404, 404, 403),
        row("POST", "/api/v1/appointments/procedures", "{}", 401, 400, 403, 400, 403),
        row("POST", "/api/v1/appointments/visits", "{}", 401, 400, 403, 400, 403),
        row("GET", UNKNOWN_APPOINTMENT, null, 401, 404, 404, 404, 403),
        row("POST", UNKNOWN_APPOINTMENT + "/confirm", null, 401, 428, 403, 428, 403),
        row("POST", UNKNOWN_APPOINTMENT + "/check-in", null, 401, 428, 428, 403, 403),
        row("POST", UNKNOWN_APPOINTMENT + "/start", null, 401, 403, 428, 428, 403),
        row("POST", UNKNOWN_APPOINTMENT + "/complete", null, 401, 403, 403, 428, 403),
        row("POST", UNKNOWN_APPOINTMENT + "/no-show", null, 401, 428, 403, 428, 403),
        row("POST", UNKNOWN_APPOINTMENT + "/cancel", "{}", 401, 400, 403, 400, 403),
        row("POST", UNKNOWN_APPOINTMENT + "/reschedule", "{}", 401, 400, 403, 400, 403),
        row("GET", PROFILE, null, 401, 404, 404, 404, 403),
        row("POST", PROFILE + "/coverages", "{}", 401, 400, 400, 400, 403),
        row("PUT", PROFILE + "/coverages" + ENTRY, "{}", 401, 400, 400, 400, 403),
        row("POST", PROFILE + "/coverages" + ENTRY + "/end", "{}", 401, 428, 428, 428, 403),
        row("POST", PROFILE + "/allergies", "{}", 401, 400, 400, 400, 403),
        row("PUT", PROFILE + "/allergies" + ENTRY, "{}", 401, 400, 400, 400, 403),
        row("POST", PROFILE + "/allergies" + ENTRY + "/end", "{}", 401, 428, 428, 428, 403),
        row("POST", PROFILE + "/medications", "{}", 401, 400, 400, 400, 403),
        row("PUT", PROFILE + "/medications" + ENTRY, "{}", 401, 400, 400, 400, 403),
        row("POST", PROFILE + "/medications" + ENTRY + "/end", "{}", 401, 428, 428, 428, 403),
        row("POST", PROFILE + "/diagnoses", "{}", 401, 400, 400, 400, 403),
        row("PUT", PROFILE + "/diagnoses" + ENTRY, "{}", 401, 400, 400, 400, 403),
        row("POST", PROFILE + "/diagnoses" + ENTRY + "/end", "{}", 401, 428, 428, 428, 403),
        row("PUT", PROFILE + "/pregnancy", "{}", 401, 400, 400, 400, 403),
        row("PUT", PROFILE + "/diabetes", "{}", 401, 400, 400, 400, 403),
        row("POST", "/api/v1/referrals", "{}", 401, 400, 400, 400, 403),
        row("GET", "/api/v1/referrals?status=RECEIVED", null, 401, 200, 200, 200, 403),
        row("GET", "/api/v1/referrals/to-schedule", null, 401, 200, 200, 200, 403),
        row("GET", UNKNOWN_REFERRAL, null, 401, 404, 404, 404, 403),
        row("POST", UNKNOWN_REFERRAL + "/triage", "{}", 401, 403, 403, 428, 403),
        row("POST", UNKNOWN_REFERRAL + "/accept", "{}", 401, 403, 403, 428, 403),
        row("POST", UNKNOWN_REFERRAL + "/decline", "{}", 401, 403, 403, 400, 403),
        row("POST", UNKNOWN_REFERRAL + "/close", "{}", 401, 400, 403, 400, 403),
        row("PUT", UNKNOWN_REFERRAL, "{}", 401, 403, 403, 403, 403),
        row("GET", UNKNOWN_PROCEDURE, null, 401, 403, 404, 404, 403),
        row("POST", UNKNOWN_PROCEDURE + "/record", "{}", 401, 403, 403, 400, 403),
        row("POST", UNKNOWN_PROCEDURE + "/amend", "{}", 401, 403, 403, 400, 403),
        row("POST", UNKNOWN_PROCEDURE + "/baseline", "{}", 401, 403, 400, 400, 403),
        row("POST", UNKNOWN_PROCEDURE + "/pain-diary", "{}", 401, 403, 400, 400, 403),
        row("GET", "/api/v1/follow-ups/worklist?list=OVERDUE", null, 401, 200, 200, 200, 403),
        row("GET", UNKNOWN_FOLLOW_UP, null, 401, 403, 404, 404, 403),
        row("POST", UNKNOWN_FOLLOW_UP + "/visit", "{}", 401, 400, 400, 400, 403),
        row("POST", UNKNOWN_FOLLOW_UP + "/outcome", "{}", 401, 403, 400, 400, 403),
        row("POST", UNKNOWN_FOLLOW_UP + "/close", "{}", 401, 403, 400, 400, 403),
        row("GET", "/api/v1/follow-ups/worklist?list=MISSED", null, 401, 200, 200, 200, 403),
        row("GET", "/api/v1/follow-up-protocols", null, 401, 200, 200, 200, 200),
        row("GET", "/api/v1/follow-up-protocols/RFA_LUMB", null, 401, 200, 200, 200, 200),
        row("PUT", "/api/v1/follow-up-protocols/RFA_LUMB", "{}", 401, 403, 403, 403, 400),
        row("GET", UNKNOWN_PATIENT + "/outcomes", null, 401, 403, 404, 404, 403),
        row("GET", UNKNOWN_PATIENT + "/pain-chart", null, 401, 403, 404, 404, 403),
        // nothing answers there: not found, signed in or not
        row("GET", "/api/v1/not-an-endpoint", null, 404, 404, 404, 404, 404),
        row("GET", "/actuator/health", null, 200, 200, 200, 200, 200),
        row("GET", "/actuator/prometheus", null, 401, 403, 403, 403, 200),
        row("GET", "/actuator/env", null, 404, 404, 404, 404, 404));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheAccessTheMatrixGrants(
      String method, String path, String body, List<Integer> expected) {
    List<Api.Caller> callers =
        List.of(
            api.anonymous(),
            api.as("frontdesk"),
            api.as("nurse"),
            api.as("physician"),
            api.as("admin"));
    for (int i = 0; i < callers.size(); i++) {
      var response = callers.get(i).send(method, path, body);
      assertThat(response.status())
          .as("%s %s as %s: %s", method, path, ROLES.get(i), response)
          .isEqualTo(expected.get(i));
      if (response.status() == 401) {
        assertProblem(response, 401, "unauthenticated");
      } else if (response.status() == 403) {
        assertProblem(response, 403, "forbidden");
      } else if (response.status() == 404) {
        assertProblem(response, 404, "not-found");
      }
    }
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
    var wrongPassword = api.signIn("frontdesk", "guess");
    var unknownUser = api.signIn("nobody", "guess");

    assertProblem(wrongPassword, 401, "bad-credentials");
    assertThat(SignInHardeningIT.withoutRequestId(unknownUser))
        .isEqualTo(SignInHardeningIT.withoutRequestId(wrongPassword));
  }

  @Test
  void aTokenCarriesTheRolesAndExpiresAfterItsLifetime() {
    var issued = api.signIn("physician", "physician-demo");

    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.json().path("tokenType").asString()).isEqualTo("Bearer");
    assertThat(issued.json().path("expiresIn").asLong()).isEqualTo(1800);
    assertThat(issued.json().path("roles").get(0).asString()).isEqualTo("PHYSICIAN");
  }

  @Test
  void refusesAnExpiredAForgedOrAGarbledToken() {
    Instant past = Instant.now().minus(2, ChronoUnit.HOURS);
    String expired =
        encoder
            .encode(
                JwtEncoderParameters.from(
                    signingKeys.header(),
                    JwtClaimsSet.builder()
                        .issuer("procedura")
                        .subject("frontdesk")
                        .issuedAt(past)
                        .expiresAt(past.plus(30, ChronoUnit.MINUTES))
                        .claim("roles", List.of("FRONT_DESK"))
                        .build()))
            .getTokenValue();
    String valid = api.signIn("frontdesk", "frontdesk-demo").json().path("accessToken").asString();
    String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

    for (String token : List.of(expired, forged, "not-a-token")) {
      assertProblem(api.withToken(token).get("/api/v1/procedure-types"), 401, "unauthenticated");
    }
  }

  @Test
  void signInNeedsBothUsernameAndPassword() {
    var response = api.anonymous().post("/api/v1/auth/token", Map.of("username", "frontdesk"));

    assertProblem(response, 400, "validation");
  }

  private static final List<String> ROLES =
      List.of("no token", "frontdesk", "nurse", "physician", "admin");

  private static Arguments row(String method, String path, String body, Integer... statuses) {
    return Arguments.of(method, path, body, List.of(statuses));
  }
}
