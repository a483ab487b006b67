package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.apitest.Api;
import org.procedura.apitest.Api.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default (H2 in MySQL mode, in memory here) refuses the dates no clinic could mean,
 * pages past the end of an int and numbers given as dates, with a 400 naming the field, and stores
 * nothing: the profile stays readable and correctable.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:robust-input;MODE=MySQL;DB_CLOSE_DELAY=-1",
      "procedura.data-dir=target/robust-input-h2"
    })
class EmbeddedDefaultInputRangesIT {
  private static final ZoneId CLINIC = ZoneId.of("America/New_York");
  private static final List<String> EXTREME_DATES =
      List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "9999-12-31");
  private static final List<String> EXTREME_INSTANTS =
      List.of(
          "-999999999-01-01T00:00:00+18:00",
          "+999999999-12-31T23:59:59-18:00",
          "2040-01-01T09:00:00+18:00",
          "9999-12-31T23:59:59Z",
          "1900-01-01T00:00:00Z");

  @LocalServerPort int port;
  private Api api;
  private String clinician;

  @BeforeEach
  void connect() {
    api = new Api(port);
  }

  @Test
  void aPatientBornOnAnExtremeDayIsRefusedAndNotStored() {
    for (String day : EXTREME_DATES) {
      String family = "Extreme" + UUID.randomUUID().toString().substring(0, 8);
      Response response = api.as("frontdesk").post("/api/v1/patients", patient(family, day));

      assertProblem(response, 400, "validation");
      assertThat(fieldsIn(response)).as(day).containsExactly("dateOfBirth");
      Response found = api.as("frontdesk").get("/api/v1/patients?name=" + family);
      assertThat(found.status()).isEqualTo(200);
      assertThat(found.json().path("content").isArray()).isTrue();
      assertThat(found.json().path("content")).isEmpty();
    }
  }

  @Test
  void aNumberIsNotADate() {
    String family = "Number" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = patient(family, "1960-01-01");
    body.put("dateOfBirth", 19600101);

    Response response = api.as("frontdesk").post("/api/v1/patients", body);

    assertProblem(response, 400, "malformed-request");
    assertThat(fieldsIn(response)).containsExactly("dateOfBirth");
  }

  @Test
  void aDiagnosisWithAnExtremeOnsetIsRefusedAndTheProfileStaysReadableAndCorrectable() {
    String patient = registeredPatient();
    String profile = "/api/v1/patients/" + patient + "/clinical-profile";
    for (String day : EXTREME_DATES) {
      Response response =
          api.as("nurse").header("If-Match", "\"0\"").post(profile + "/diagnoses", diagnosis(day));

      assertProblem(response, 400, "validation");
      assertThat(fieldsIn(response)).as(day).containsExactly("onsetDate");
    }
    Response read = api.as("nurse").get(profile);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(read.json().path("diagnoses")).isEmpty();

    Response added =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(profile + "/diagnoses", diagnosis("2020-05-01"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(api.as("nurse").get(profile).status()).isEqualTo(200);
  }

  @Test
  void aBookingOrTimeOffAtAnExtremeInstantIsRefused() {
    String patient = registeredPatient();
    String clinician = clinician();
    for (String instant : EXTREME_INSTANTS) {
      Map<String, Object> booking = new HashMap<>();
      booking.put("patientId", patient);
      booking.put("clinicianId", clinician);
      booking.put("roomId", UUID.randomUUID());
      booking.put("kind", "CONSULT");
      booking.put("start", instant);
      Response booked = api.as("frontdesk").post("/api/v1/appointments/visits", booking);
      assertThat(booked.status()).as(booked.toString()).isEqualTo(400);
      assertThat(fieldsIn(booked)).as(instant).containsExactly("start");

      Response away =
          api.as("admin")
              .post(
                  "/api/v1/clinicians/" + clinician + "/time-off",
                  Map.of("start", instant, "end", "2026-12-01T10:00:00Z", "reason", "away"));
      assertThat(away.status()).as(away.toString()).isEqualTo(400);
      assertThat(fieldsIn(away)).as(instant).isNotEmpty().isSubsetOf("start", "end");
    }
    Response list =
        api.as("admin")
            .get(
                "/api/v1/clinicians/"
                    + clinician
                    + "/time-off?from="
                    + LocalDate.now(CLINIC)
                    + "&to="
                    + LocalDate.now(CLINIC).plusDays(365));
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.json()).isEmpty();
  }

  @Test
  void aNumberIsNotAnInstant() {
    String clinician = clinician();
    Map<String, Object> body = new HashMap<>();
    body.put("start", 1767268800);
    body.put("end", "2026-12-01T10:00:00Z");
    body.put("reason", "away");

    Response response = api.as("admin").post("/api/v1/clinicians/" + clinician + "/time-off", body);

    assertProblem(response, 400, "malformed-request");
    assertThat(fieldsIn(response)).containsExactly("start");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page=2147483647&size=100",
        "page=21474836&size=100",
        "page=-1&size=20",
        "page=0&size=2147483647",
        "page=0&size=-2147483648",
        "page=99999999999999&size=20"
      })
  void aPageOutOfReachIsRefused(String query) {
    Response response = api.as("frontdesk").get("/api/v1/patients?name=Ranges&" + query);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(fieldsIn(response)).isNotEmpty().isSubsetOf("page", "size");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"from=-999999999-01-01&to=+999999999-12-31", "from=2026-01-01&to=9999-12-31"})
  void aSearchRangeOutOfReachIsRefused(String query) {
    Response response =
        api.as("frontdesk")
            .get("/api/v1/availability?visitKind=CONSULT&" + query.replace("+", "%2B"));

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
  }

  private String registeredPatient() {
    Response created =
        api.as("frontdesk")
            .post(
                "/api/v1/patients",
                patient("Ranges" + UUID.randomUUID().toString().substring(0, 8), "1960-02-29"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private String clinician() {
    if (clinician != null) {
      return clinician;
    }
    Response created =
        api.as("admin")
            .post(
                "/api/v1/clinicians",
                Map.of(
                    "displayName",
                    "Dr. Range " + UUID.randomUUID().toString().substring(0, 8),
                    "npi",
                    npi(),
                    "credentials",
                    List.of(),
                    "active",
                    true));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    clinician = created.json().path("id").asString();
    return clinician;
  }

  /** A valid NPI (Luhn over the prefix 80840) no other test of this database uses. */
  private static String npi() {
    String firstNine = String.format("3%08d", System.nanoTime() % 100_000_000);
    String digits = "80840" + firstNine;
    int sum = 0;
    for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
      int digit = digits.charAt(i) - '0';
      if (position % 2 == 0) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return firstNine + (10 - sum % 10) % 10;
  }

  private static Map<String, Object> patient(String family, String dateOfBirth) {
    Map<String, Object> body = new HashMap<>();
    body.put("givenName", "Test");
    body.put("familyName", family);
    body.put("dateOfBirth", dateOfBirth);
    body.put("sex", "FEMALE");
    return body;
  }

  private static Map<String, Object> diagnosis(String onset) {
    return Map.of("code", "M54.16", "description", "Lumbar radiculopathy", "onsetDate", onset);
  }
}
