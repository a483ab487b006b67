package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.apitest.Api;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import org.procedura.shared.model.PlausibleDates;

/**
 * On the production family of databases: every date and time of a request lies in the range a
 * clinic could mean (both sides of each boundary), pages past an int and numbers given as dates are
 * refused with a 400 naming the field, and a refused request stores nothing.
 */
class InputRangesIT extends ApiIntegrationTest {

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClinicSetup.ZONE));
  }

  @Test
  void aDateOfBirthRunsFrom1900UpToToday() {
    assertThat(register("1900-01-01").status()).isEqualTo(201);
    assertThat(register(today().toString()).status()).isEqualTo(201);

    for (String day :
        List.of(
            "1899-12-31", today().plusDays(1).toString(), "-999999999-01-01", "+999999999-12-31")) {
      Response refused = register(day);
      assertProblem(refused, 400, "validation");
      assertThat(fieldsIn(refused)).as(day).containsExactly("dateOfBirth");
    }
  }

  @Test
  void aDiagnosisOnsetRunsFrom1900UpToTodayAndARefusalChangesNothing() {
    UUID patient = clinic.patient();
    String profile = "/api/v1/patients/" + patient + "/clinical-profile";

    for (String day : List.of("1899-12-31", today().plusDays(1).toString(), "-999999999-01-01")) {
      Response refused =
          api.as("nurse").header("If-Match", "\"0\"").post(profile + "/diagnoses", diagnosis(day));
      assertProblem(refused, 400, "validation");
      assertThat(fieldsIn(refused)).as(day).containsExactly("onsetDate");
    }
    Response unchanged = api.as("nurse").get(profile);
    assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");
    assertThat(unchanged.json().path("diagnoses")).isEmpty();

    Response oldest =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(profile + "/diagnoses", diagnosis("1900-01-01"));
    assertThat(oldest.status()).as(oldest.toString()).isEqualTo(201);
    assertThat(oldest.json().path("diagnoses").get(0).path("chronicPain").asBoolean()).isTrue();
  }

  @Test
  void aNumberOrAnArrayIsNotADateOrATime() {
    Map<String, Object> born = patient("1960-01-01");
    born.put("dateOfBirth", 19600101);
    Response number = api.as("frontdesk").post("/api/v1/patients", born);
    born.put("dateOfBirth", List.of(1960, 1, 1));
    Response array = api.as("frontdesk").post("/api/v1/patients", born);

    for (Response refused : List.of(number, array)) {
      assertProblem(refused, 400, "malformed-request");
      assertThat(fieldsIn(refused)).containsExactly("dateOfBirth");
    }

    UUID clinician = clinic.physician();
    Map<String, Object> away = new HashMap<>();
    away.put("start", 1767268800);
    away.put("end", at(mondayAfterNext(), 12, 0).toOffsetDateTime().toString());
    away.put("reason", "conference");
    Response seconds = api.as("admin").post("/api/v1/clinicians/" + clinician + "/time-off", away);

    assertProblem(seconds, 400, "malformed-request");
    assertThat(fieldsIn(seconds)).containsExactly("start");
    assertThat(timeOff(clinician, today().minusDays(1), today().plusDays(364)).json()).isEmpty();
  }

  @Test
  void aBookingStartsWithinFiveYearsOfToday() {
    UUID patient = clinic.patient();
    UUID clinician =
        clinic.clinician(
            List.of(), LocalTime.of(0, 0), LocalTime.of(23, 55), ClinicSetup.EVERY_DAY);
    UUID room =
        clinic.room(
            "CONSULT_ROOM",
            List.of(),
            LocalTime.of(0, 0),
            LocalTime.of(23, 55),
            ClinicSetup.EVERY_DAY);
    LocalDate lastDay = today().plusYears(PlausibleDates.CALENDAR_YEARS_AHEAD);

    Response beyond =
        bookVisit(
            patient, clinician, room, at(lastDay.plusDays(2), 9, 0).toOffsetDateTime().toString());
    Response extreme = bookVisit(patient, clinician, room, "+999999999-12-31T23:55:00-18:00");
    Response within =
        bookVisit(
            patient, clinician, room, at(lastDay.minusDays(1), 9, 0).toOffsetDateTime().toString());

    assertProblem(beyond, 400, "validation");
    assertThat(fieldsIn(beyond)).containsExactly("start");
    // past the end of Java's time once in UTC: refused while reading the body, naming the field
    assertThat(extreme.status()).as(extreme.toString()).isEqualTo(400);
    assertThat(fieldsIn(extreme)).containsExactly("start");
    assertThat(within.status()).as(within.toString()).isEqualTo(201);
    Response booked = api.as("frontdesk").get("/api/v1/patients/" + patient + "/appointments");
    assertThat(booked.json().path("content")).hasSize(1);
  }

  @Test
  void timeOffIsListedForAtMostAYearOfDaysOnTheCalendar() {
    UUID clinician = clinic.physician();
    LocalDate from = today();

    assertThat(
            timeOff(clinician, from, from.plusDays(PlausibleDates.LONGEST_RANGE_DAYS - 1)).status())
        .isEqualTo(200);
    Response tooLong = timeOff(clinician, from, from.plusDays(PlausibleDates.LONGEST_RANGE_DAYS));
    assertProblem(tooLong, 400, "validation");
    assertThat(fieldsIn(tooLong)).containsExactly("to");

    Response extreme =
        api.as("admin")
            .get(
                "/api/v1/clinicians/"
                    + clinician
                    + "/time-off?from=-999999999-01-01&to=%2B999999999-12-31");
    assertProblem(extreme, 400, "validation");
    assertThat(fieldsIn(extreme)).containsExactly("from", "to");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page=2147483647&size=100",
        "page=21474836&size=100",
        "page=-1&size=20",
        "page=0&size=0",
        "page=0&size=101",
        "page=0&size=2147483647",
        "page=99999999999999&size=20"
      })
  void aPageOutOfReachIsRefused(String query) {
    for (String list :
        List.of(
            "/api/v1/patients?name=Patient&",
            "/api/v1/patients/" + UUID.randomUUID() + "/appointments?",
            "/api/v1/referrals?status=RECEIVED&")) {
      Response response = api.as("physician").get(list + query);

      assertThat(response.status()).as(list + query + " " + response).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(fieldsIn(response)).as(list + query).isNotEmpty().isSubsetOf("page", "size");
    }
    Response audit = api.as("admin").get("/api/v1/audit-events?" + query);
    assertThat(audit.status()).as(audit.toString()).isEqualTo(400);
    assertThat(fieldsIn(audit)).isNotEmpty().isSubsetOf("page", "size");
  }

  @Test
  void theLastPageWithinReachAnswers() {
    Response last = api.as("frontdesk").get("/api/v1/patients?name=Patient&page=21474835&size=100");

    assertThat(last.status()).as(last.toString()).isEqualTo(200);
    assertThat(last.json().path("content").isArray()).isTrue();
    assertThat(last.json().path("content")).isEmpty();
  }

  @Test
  void aNonAsciiIdempotencyKeyIsRefusedNamingTheHeader() throws IOException {
    String body =
        Api.JSON.writeValueAsString(
            Map.of(
                "patientId", UUID.randomUUID(),
                "clinicianId", UUID.randomUUID(),
                "roomId", UUID.randomUUID(),
                "kind", "CONSULT",
                "start", at(mondayAfterNext(), 9, 0).toOffsetDateTime().toString()));

    String response = postWithRawKey("schlüssel-12345".getBytes(StandardCharsets.UTF_8), body);

    assertThat(response).startsWith("HTTP/1.1 400").contains("\"field\":\"Idempotency-Key\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "short",
        "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
      })
  void anIdempotencyKeyOfOtherThanEightTo100VisibleAsciiCharactersIsRefused(String key) {
    Response response =
        api.as("frontdesk")
            .header("Idempotency-Key", key)
            .post(
                "/api/v1/appointments/visits",
                Map.of(
                    "patientId", UUID.randomUUID(),
                    "clinicianId", UUID.randomUUID(),
                    "roomId", UUID.randomUUID(),
                    "kind", "CONSULT",
                    "start", at(mondayAfterNext(), 9, 0).toOffsetDateTime().toString()));

    assertProblem(response, 400, "validation");
    assertThat(fieldsIn(response)).containsExactly("Idempotency-Key");
  }

  /** The HTTP client encodes header values itself; this sends the key's bytes as they are. */
  private String postWithRawKey(byte[] key, String body) throws IOException {
    String token = api.signIn("frontdesk", "frontdesk-demo").json().path("accessToken").asString();
    byte[] json = body.getBytes(StandardCharsets.UTF_8);
    var request = new ByteArrayOutputStream();
    request.writeBytes(
        ("POST /api/v1/appointments/visits HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + json.length
                + "\r\nConnection: close\r\nIdempotency-Key: ")
            .getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(key);
    request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(json);
    try (var socket = new Socket("localhost", URI.create(api.baseUrl()).getPort())) {
      socket.getOutputStream().write(request.toByteArray());
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Response register(String dateOfBirth) {
    return api.as("frontdesk").post("/api/v1/patients", patient(dateOfBirth));
  }

  private Response timeOff(UUID clinician, LocalDate from, LocalDate to) {
    return api.as("admin")
        .get("/api/v1/clinicians/" + clinician + "/time-off?from=" + from + "&to=" + to);
  }

  private Response bookVisit(UUID patient, UUID clinician, UUID room, String start) {
    return api.as("frontdesk")
        .post(
            "/api/v1/appointments/visits",
            Map.of(
                "patientId", patient,
                "clinicianId", clinician,
                "roomId", room,
                "kind", "CONSULT",
                "start", start));
  }

  private static Map<String, Object> patient(String dateOfBirth) {
    Map<String, Object> body = new HashMap<>();
    body.put("givenName", "Range");
    body.put("familyName", "Patient" + UUID.randomUUID().toString().substring(0, 8));
    body.put("dateOfBirth", dateOfBirth);
    body.put("sex", "FEMALE");
    return body;
  }

  private static Map<String, Object> diagnosis(String onset) {
    return Map.of("code", "M54.16", "description", "Lumbar radiculopathy", "onsetDate", onset);
  }
}
