package org.procedura.authorization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.ZONE;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Prior authorizations through the API on the real database: an SCS trial in a hospital outpatient
 * room needs an approved authorization covering it (MEDICARE_DEFAULT's
 * PRIOR_AUTHORIZATION_HOSPITAL); a booking uses a visit, a cancellation gives it back, a completion
 * consumes it; concurrent bookings never use more visits than approved; the worklist shows what
 * lapses and what lacks one.
 */
class PriorAuthorizationsIT extends ApiIntegrationTest {
  private UUID physician;
  private UUID hospital;
  private UUID patient;
  private LocalDate monday;
  private String authorizations;

  @BeforeEach
  void clinic() {
    physician =
        clinic.clinician(List.of("SCS_TRIAL"), LocalTime.of(6, 0), LocalTime.of(22, 0), EVERY_DAY);
    hospital =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            "HOSPITAL_OUTPATIENT",
            LocalTime.of(6, 0),
            LocalTime.of(22, 0),
            EVERY_DAY);
    patient = clinic.patient();
    monday = mondayAfterNext();
    authorizations = "/api/v1/patients/" + patient + "/prior-authorizations";
    cover(patient);
  }

  @Test
  void aBookingUsesAVisitACancellationGivesItBackAndACompletionConsumesIt() {
    String authorization = approved(patient, terms(monday, monday.plusDays(30), 2, "THORACIC"));

    String first = book(at(monday, 8, 0));
    String second = book(at(monday.plusDays(1), 8, 0));
    assertThat(visits(authorization)).containsExactly(2, 0, 0);
    Response third = trial(patient, at(monday.plusDays(2), 8, 0));
    assertBlockedBy(third, "PRIOR_AUTHORIZATION_HOSPITAL", "no visit left");

    Response cancelled =
        clinic.step(
            "frontdesk",
            "/api/v1/appointments/" + first,
            "cancel",
            Map.of("reason", "patient asked"));
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(visits(authorization)).containsExactly(1, 0, 1);
    book(at(monday.plusDays(2), 8, 0));
    assertThat(visits(authorization)).containsExactly(2, 0, 0);

    clock.jumpTo(at(monday.plusDays(1), 7, 0).toInstant());
    clinic.complete(second); // checked in on its day: it does not count against itself
    assertThat(visits(authorization)).containsExactly(1, 1, 0);
  }

  @Test
  void aMovedBookingKeepsItsOneVisitWithinTheDatesAndIsRefusedOutsideThem() {
    String authorization = approved(patient, terms(monday, monday.plusDays(10), 1, "THORACIC"));
    String booking = book(at(monday, 8, 0));
    String path = "/api/v1/appointments/" + booking;

    Response within =
        clinic.step(
            "frontdesk",
            path,
            "reschedule",
            Map.of("start", at(monday.plusDays(2), 9, 0).toOffsetDateTime().toString()));
    Response outside =
        clinic.step(
            "frontdesk",
            path,
            "reschedule",
            Map.of("start", at(monday.plusDays(11), 9, 0).toOffsetDateTime().toString()));

    assertThat(within.status()).as(within.toString()).isEqualTo(200);
    assertBlockedBy(outside, "PRIOR_AUTHORIZATION_HOSPITAL", "lapsed");
    assertThat(visits(authorization)).containsExactly(1, 0, 0);
  }

  @Test
  void anAuthorizationExpiredSinceTheBookingStopsItsCheckIn() {
    String authorization = approved(patient, terms(monday, monday.plusDays(10), 1, "THORACIC"));
    String booking = book(at(monday, 8, 0));
    Response expired =
        clinic.step(
            "frontdesk",
            authorizations + "/" + authorization,
            "decision",
            Map.of("status", "EXPIRED", "note", "withdrawn by the payer"));
    assertThat(expired.status()).as(expired.toString()).isEqualTo(200);

    clock.jumpTo(at(monday, 7, 0).toInstant());
    clinic.checklistDone(booking);
    Response checkIn = clinic.step("nurse", "/api/v1/appointments/" + booking, "check-in", null);

    assertBlockedBy(checkIn, "PRIOR_AUTHORIZATION_HOSPITAL", "no approved");
    assertThat(
            api.as("nurse").get("/api/v1/appointments/" + booking).json().path("status").asString())
        .isEqualTo("BOOKED");
  }

  @Test
  void aDayOutsideItsDatesAnotherRegionOrOneNotYetApprovedIsRefusedWithTheWayOut() {
    LocalDate from = monday.plusDays(3);
    approved(patient, terms(from, monday.plusDays(20), 4, "THORACIC"));

    Response early = trial(patient, at(monday, 8, 0));
    Response late = trial(patient, at(monday.plusDays(21), 8, 0));
    Response cervical = trial(patient, at(from, 8, 0), Map.of("region", "CERVICAL"));

    assertBlockedBy(early, "PRIOR_AUTHORIZATION_HOSPITAL", "not valid yet");
    assertThat(finding(early).path("earliestEligibleOn").asString()).isEqualTo(from.toString());
    assertBlockedBy(late, "PRIOR_AUTHORIZATION_HOSPITAL", "lapsed");
    assertBlockedBy(cervical, "PRIOR_AUTHORIZATION_HOSPITAL", "another region or side");

    UUID other = clinic.patient();
    cover(other);
    document(other);
    String otherAuthorizations = "/api/v1/patients/" + other + "/prior-authorizations";
    Response requested =
        api.as("frontdesk")
            .post(
                otherAuthorizations,
                Map.of("status", "REQUESTED", "terms", terms(monday, from, 1, null)));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    assertBlockedBy(trial(other, at(monday, 10, 0)), "PRIOR_AUTHORIZATION_HOSPITAL", "no approved");

    String id = otherAuthorizations + "/" + requested.json().path("id").asString();
    Response decided =
        api.as("frontdesk")
            .header("If-Match", requested.header("ETag"))
            .post(id + "/decision", Map.of("status", "APPROVED", "number", "PA-4410"));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(decided.json().path("number").asString()).isEqualTo("PA-4410");
    assertThat(trial(other, at(monday, 10, 0)).status()).isEqualTo(201);
  }

  @Test
  void badInputAndStepsTheStatusDoesNotAllowAreRefusedAndChangeNothing() {
    Response backwards =
        api.as("frontdesk")
            .post(
                authorizations,
                Map.of(
                    "status",
                    "APPROVED",
                    "number",
                    "X",
                    "terms",
                    terms(monday, monday.minusDays(1), 1, null)));
    Response noNumber =
        api.as("frontdesk")
            .post(
                authorizations,
                Map.of("status", "APPROVED", "terms", terms(monday, monday, 1, null)));
    Response badCpt =
        api.as("frontdesk")
            .post(
                authorizations,
                Map.of(
                    "status",
                    "REQUESTED",
                    "terms",
                    Map.of(
                        "payer", "Medicare",
                        "cptCodes", List.of("6365"),
                        "validFrom", monday.toString(),
                        "validTo", monday.toString(),
                        "visitsApproved", 1)));
    assertProblem(backwards, 400, "validation");
    assertProblem(noNumber, 400, "validation");
    assertProblem(badCpt, 400, "validation");
    assertThat(api.as("frontdesk").get(authorizations).json().size()).isZero();

    String id = approved(patient, terms(monday, monday.plusDays(5), 1, null));
    String path = authorizations + "/" + id;
    assertProblem(
        api.as("frontdesk").post(path + "/decision", Map.of("status", "EXPIRED")),
        428,
        "version-required");
    assertProblem(
        api.as("frontdesk")
            .header("If-Match", "\"7\"")
            .post(path + "/decision", Map.of("status", "EXPIRED")),
        412,
        "stale-version");
    Response denied = clinic.step("frontdesk", path, "decision", Map.of("status", "DENIED"));
    assertProblem(denied, 409, "illegal-transition");
    assertProblem(
        api.as("frontdesk")
            .get("/api/v1/patients/" + clinic.patient() + "/prior-authorizations/" + id),
        404,
        "not-found");
    assertThat(api.as("frontdesk").get(path).json().path("status").asString())
        .isEqualTo("APPROVED");
    Response expired =
        clinic.step(
            "frontdesk", path, "decision", Map.of("status", "EXPIRED", "note", "withdrawn"));
    assertThat(expired.status()).as(expired.toString()).isEqualTo(200);
    assertThat(expired.json().path("note").asString()).isEqualTo("withdrawn");
  }

  @Test
  void anAuthorizationUsedUpByConcurrentBookingsIsNeverOverUsed() throws Exception {
    int racers = 8;
    String authorization = approved(patient, terms(monday, monday.plusDays(30), 3, "THORACIC"));

    List<Integer> statuses = new ArrayList<>();
    var barrier = new CyclicBarrier(racers);
    List<Future<Integer>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
      for (int i = 0; i < racers; i++) {
        ZonedDateTime start = at(monday.plusDays(i), 9, 0);
        Callable<Integer> request = () -> trial(patient, start).status();
        results.add(
            pool.submit(
                () -> {
                  barrier.await();
                  return request.call();
                }));
      }
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
    }

    assertThat(statuses).containsOnly(201, 422);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(3);
    assertThat(visits(authorization)).containsExactly(3, 0, 0);
    assertThat(
            api.as("frontdesk")
                .get("/api/v1/patients/" + patient + "/appointments")
                .json()
                .path("totalElements")
                .asInt())
        .isEqualTo(3);
  }

  @Test
  void theWorklistShowsAuthorizationsLapsingWithTheirBookingsAndBookingsThatLackOne() {
    LocalDate today = LocalDate.now(ZONE);
    String lapsing = approved(patient, terms(today, monday.plusDays(2), 2, "THORACIC"));
    String booked = book(at(monday, 8, 0));
    UUID uncovered = clinic.patient();
    document(uncovered);
    Response unchecked = trial(uncovered, at(monday.plusDays(1), 8, 0)); // no coverage yet
    assertThat(unchecked.status()).as(unchecked.toString()).isEqualTo(201);
    cover(uncovered);

    JsonNode within = worklist(monday.plusDays(2).toEpochDay() - today.toEpochDay());
    JsonNode tooSoon = worklist(monday.plusDays(1).toEpochDay() - today.toEpochDay());

    assertThat(within.path("expiring").valueStream())
        .filteredOn(e -> e.path("authorizationId").asString().equals(lapsing))
        .singleElement()
        .satisfies(
            e ->
                assertThat(
                        e.path("bookings")
                            .valueStream()
                            .map(b -> b.path("appointmentId").asString()))
                    .containsExactly(booked));
    assertThat(
            within
                .path("needingAuthorization")
                .valueStream()
                .map(b -> b.path("appointmentId").asString()))
        .contains(unchecked.json().path("id").asString())
        .doesNotContain(booked);
    assertThat(
            tooSoon.path("expiring").valueStream().map(e -> e.path("authorizationId").asString()))
        .doesNotContain(lapsing);
    assertProblem(
        api.as("frontdesk").get("/api/v1/prior-authorizations/worklist?days=91"),
        400,
        "validation");
  }

  private JsonNode worklist(long days) {
    Response answer = api.as("frontdesk").get("/api/v1/prior-authorizations/worklist?days=" + days);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  /** Booked, used and left. */
  private List<Integer> visits(String authorization) {
    JsonNode read = api.as("frontdesk").get(authorizations + "/" + authorization).json();
    return List.of(
        read.path("visitsBooked").asInt(),
        read.path("visitsUsed").asInt(),
        read.path("visitsLeft").asInt());
  }

  private static Map<String, Object> terms(
      LocalDate from, LocalDate to, int visits, String region) {
    Map<String, Object> terms = new HashMap<>();
    terms.put("payer", "Medicare (NGS)");
    terms.put("cptCodes", List.of("63650"));
    terms.put("validFrom", from.toString());
    terms.put("validTo", to.toString());
    terms.put("visitsApproved", visits);
    terms.put("document", "payer portal letter");
    if (region != null) {
      terms.put("region", region);
    }
    return terms;
  }

  private String approved(UUID whose, Map<String, Object> terms) {
    document(whose);
    Response recorded =
        api.as("frontdesk")
            .post(
                "/api/v1/patients/" + whose + "/prior-authorizations",
                Map.of(
                    "status",
                    "APPROVED",
                    "number",
                    "NGS-" + UUID.randomUUID().toString().substring(0, 8),
                    "terms",
                    terms));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    return recorded.json().path("id").asString();
  }

  private String book(ZonedDateTime start) {
    Response booked = trial(patient, start);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  private Response trial(UUID whose, ZonedDateTime start) {
    return trial(whose, start, Map.of("region", "THORACIC"));
  }

  private Response trial(UUID whose, ZonedDateTime start, Map<String, Object> site) {
    Map<String, Object> body = new HashMap<>();
    body.put("patientId", whose);
    body.put("procedureType", "SCS_TRIAL");
    body.put("clinicianId", physician);
    body.put("roomId", hospital);
    body.put("start", start.toOffsetDateTime().toString());
    body.put("site", site);
    return api.as("frontdesk").post("/api/v1/appointments/procedures", body);
  }

  private void cover(UUID whose) {
    clinic.addToProfile(
        whose,
        "coverages",
        Map.of("payer", "Medicare", "memberId", "1EG4TE5MK73", "ruleSet", "MEDICARE_DEFAULT"));
  }

  /** The psychological evaluation an SCS trial needs on file, once per patient. */
  private final java.util.Set<UUID> evaluated = new java.util.HashSet<>();

  private void document(UUID whose) {
    if (!evaluated.add(whose)) {
      return;
    }
    Response added =
        api.as("frontdesk")
            .post(
                "/api/v1/patients/" + whose + "/documents",
                Map.of(
                    "kind",
                    "PSYCHOLOGICAL_EVALUATION",
                    "receivedOn",
                    LocalDate.now(ZONE).toString()));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
  }

  private static JsonNode finding(Response refused) {
    return refused.json().path("findings").get(0);
  }

  private static void assertBlockedBy(Response refused, String rule, String saying) {
    assertProblem(refused, 422, "rule-violation");
    assertThat(refused.json().path("findings").valueStream())
        .anySatisfy(
            f -> {
              assertThat(f.path("ruleId").asString()).isEqualTo(rule);
              assertThat(f.path("severity").asString()).isEqualTo("BLOCK");
              assertThat(f.path("message").asString()).contains(saying);
            });
  }
}
