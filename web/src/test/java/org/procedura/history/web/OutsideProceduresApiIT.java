package org.procedura.history.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import tools.jackson.databind.JsonNode;

/**
 * A new patient arrives with two epidural steroid injections done elsewhere in the last year:
 * recorded from the letters, read back, corrected, one entered in error, and shown on the timeline
 * as outside procedures.
 */
class OutsideProceduresApiIT extends ApiIntegrationTest {

  @Test
  void recordsTwoOutsideEsisReadsCorrectsEntersOneInErrorAndShowsThemOnTheTimeline() {
    String patient = registerPatient();
    Map<String, Object> first = esi(today().minusMonths(5));
    first.put("reliefPercent", 70);
    first.put("reliefLasted", "P3M");
    Map<String, Object> second = esi(today().minusMonths(1));
    second.put("reliefPercent", 40);
    second.put("reliefStillLastingOn", today().minusDays(3).toString());

    Response recordedFirst = api.as("nurse").post(outside(patient), first);
    Response recordedSecond = api.as("physician").post(outside(patient), second);

    assertThat(recordedFirst.status()).as(recordedFirst.toString()).isEqualTo(201);
    assertThat(recordedFirst.header("ETag")).isEqualTo("\"0\"");
    JsonNode body = recordedFirst.json();
    String firstId = body.path("id").asString();
    assertThat(recordedFirst.header("Location")).isEqualTo(outside(patient) + "/" + firstId);
    assertThat(body.path("patientId").asString()).isEqualTo(patient);
    assertThat(body.path("performedOn").asString()).isEqualTo(today().minusMonths(5).toString());
    assertThat(body.path("procedureType").asString()).isEqualTo("ESI_TF_LUMB");
    assertThat(body.path("site").path("region").asString()).isEqualTo("LUMBAR");
    assertThat(body.path("site").path("levels").get(0).asString()).isEqualTo("L4-L5");
    assertThat(body.path("site").path("laterality").asString()).isEqualTo("LEFT");
    assertThat(body.path("reliefPercent").asInt()).isEqualTo(70);
    assertThat(body.path("reliefLasted").asString()).isEqualTo("P3M");
    assertThat(body.path("performedBy").asString()).isEqualTo("Valley Spine Center");
    assertThat(body.path("sourceDocument").asString())
        .isEqualTo("letter from Dr. Rivera, Valley Spine Center");
    assertThat(body.path("recordedBy").asString()).isEqualTo("nurse");
    assertThat(body.path("enteredInError").isNull()).isTrue();
    assertThat(recordedSecond.status()).as(recordedSecond.toString()).isEqualTo(201);
    String secondId = recordedSecond.json().path("id").asString();
    assertThat(recordedSecond.json().path("reliefStillLastingOn").asString())
        .isEqualTo(today().minusDays(3).toString());

    // read back: the list, the earliest first, and each by its id with its ETag
    assertThat(ids(api.as("frontdesk").get(outside(patient)))).containsExactly(firstId, secondId);
    Response one = api.as("frontdesk").get(outside(patient) + "/" + secondId);
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    assertThat(one.header("ETag")).isEqualTo("\"0\"");
    assertThat(one.json().path("reliefPercent").asInt()).isEqualTo(40);

    // correct the second: the letter said right side, 50 %
    Map<String, Object> corrected = esi(today().minusMonths(1));
    corrected.put("site", lumbar("RIGHT", "L5-S1"));
    corrected.put("reliefPercent", 50);
    Response correction =
        api.as("physician")
            .header("If-Match", "\"0\"")
            .put(outside(patient) + "/" + secondId, corrected);
    assertThat(correction.status()).as(correction.toString()).isEqualTo(200);
    assertThat(correction.header("ETag")).isEqualTo("\"1\"");
    assertThat(correction.json().path("site").path("laterality").asString()).isEqualTo("RIGHT");
    assertThat(correction.json().path("reliefPercent").asInt()).isEqualTo(50);
    assertThat(correction.json().path("reliefStillLastingOn").isNull()).isTrue();
    assertThat(correction.json().path("correctedBy").asString()).isEqualTo("physician");
    assertThat(correction.json().path("recordedBy").asString()).isEqualTo("physician");
    assertProblem(
        api.as("nurse").header("If-Match", "\"0\"").put(outside(patient) + "/" + secondId, second),
        412,
        "stale-version");

    // enter the first in error: it stays readable, and no longer counts or changes
    Response removed =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(
                outside(patient) + "/" + firstId + "/entered-in-error",
                Map.of("reason", "letter of another patient"));
    assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    assertThat(removed.header("ETag")).isEqualTo("\"1\"");
    assertThat(removed.json().path("enteredInError").path("reason").asString())
        .isEqualTo("letter of another patient");
    assertThat(removed.json().path("enteredInError").path("by").asString()).isEqualTo("nurse");
    Response again =
        api.as("nurse")
            .header("If-Match", "\"1\"")
            .put(outside(patient) + "/" + firstId, esi(today().minusMonths(5)));
    assertProblem(again, 409, "conflict");
    assertThat(again.json().path("reason").asString()).isEqualTo("ENTERED_IN_ERROR");
    assertThat(ids(api.as("nurse").get(outside(patient)))).containsExactly(firstId, secondId);

    // the timeline shows the one that counts, apart from the procedures done here
    Response timeline = api.as("physician").get("/api/v1/patients/" + patient + "/outcomes");
    assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
    assertThat(timeline.json().path("procedures")).isEmpty();
    JsonNode shown = timeline.json().path("outsideProcedures");
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).path("id").asString()).isEqualTo(secondId);
    assertThat(shown.get(0).path("performedOn").asString())
        .isEqualTo(today().minusMonths(1).toString());
    assertThat(shown.get(0).path("procedureType").asString()).isEqualTo("ESI_TF_LUMB");
    assertThat(shown.get(0).path("site").path("levels").get(0).asString()).isEqualTo("L5-S1");
    assertThat(shown.get(0).path("reliefPercent").asInt()).isEqualTo(50);
    assertThat(shown.get(0).path("sourceDocument").asString())
        .isEqualTo("letter from Dr. Rivera, Valley Spine Center");
  }

  @Test
  void refusesEachBadValueNamingItsFieldAndChangesNothing() {
    String patient = registerPatient();
    Response kept = api.as("nurse").post(outside(patient), esi(today().minusMonths(4)));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    String keptPath = outside(patient) + "/" + kept.json().path("id").asString();

    Map<String, Consumer<Map<String, Object>>> bad = new java.util.LinkedHashMap<>();
    bad.put("performedOn", b -> b.put("performedOn", today().plusDays(1).toString()));
    bad.put("performedOn ", b -> b.put("performedOn", "1899-12-31"));
    bad.put("procedureType", b -> b.put("procedureType", "NO_SUCH_TYPE"));
    bad.put("procedureType ", b -> b.put("procedureType", "esi lumbar"));
    bad.put("reliefPercent", b -> b.put("reliefPercent", -1));
    bad.put("reliefPercent ", b -> b.put("reliefPercent", 101));
    bad.put("reliefPercent  ", b -> b.put("reliefLasted", "P2M"));
    bad.put("reliefLasted", b -> b.putAll(Map.of("reliefPercent", 60, "reliefLasted", "P6M")));
    bad.put("reliefLasted ", b -> b.putAll(Map.of("reliefPercent", 60, "reliefLasted", "3 mo")));
    bad.put("site.laterality", b -> b.put("site", lumbar(null, "L4-L5")));
    bad.put("site.levels", b -> b.put("site", lumbar("LEFT", "C5-C6")));
    bad.put("site.region", b -> b.put("procedureType", "TPI"));
    bad.put("sourceDocument", b -> b.remove("sourceDocument"));
    bad.put("sourceDocument ", b -> b.put("sourceDocument", "  "));

    bad.forEach(
        (field, change) -> {
          Map<String, Object> body = esi(today().minusMonths(4));
          change.accept(body);
          Response recorded = api.as("nurse").post(outside(patient), body);
          Response corrected = api.as("nurse").header("If-Match", "\"0\"").put(keptPath, body);
          for (Response refused : List.of(recorded, corrected)) {
            assertProblem(refused, 400, "validation");
            assertThat(fieldsIn(refused)).as(body.toString()).contains(field.strip());
          }
        });

    Response after = api.as("nurse").get(outside(patient));
    assertThat(after.json()).hasSize(1);
    Response stillKept = api.as("nurse").get(keptPath);
    assertThat(stillKept.header("ETag")).isEqualTo("\"0\"");
    assertThat(stillKept.json().path("correctedBy").isNull()).isTrue();
  }

  @Test
  void acceptsAProcedureDoneTodayWithNoOrCompleteRelief() {
    String patient = registerPatient();
    Map<String, Object> today = esi(today());
    today.put("reliefPercent", 0);
    Map<String, Object> complete = esi(today().minusMonths(2));
    complete.put("reliefPercent", 100);

    assertThat(api.as("nurse").post(outside(patient), today).status()).isEqualTo(201);
    assertThat(api.as("nurse").post(outside(patient), complete).status()).isEqualTo(201);
  }

  @Test
  void aChangeNeedsTheVersionSeen() {
    String patient = registerPatient();
    String path =
        api.as("nurse").post(outside(patient), esi(today().minusMonths(4))).header("Location");

    assertProblem(api.as("nurse").put(path, esi(today().minusMonths(3))), 428, "version-required");
    assertProblem(
        api.as("nurse").post(path + "/entered-in-error", Map.of("reason", "duplicate")),
        428,
        "version-required");
    assertProblem(
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(path + "/entered-in-error", Map.of("reason", " ")),
        400,
        "validation");
    assertThat(api.as("nurse").get(path).header("ETag")).isEqualTo("\"0\"");
  }

  @Test
  void theFrontDeskReadsButCannotRecordCorrectOrEnterInError() {
    String patient = registerPatient();
    String path =
        api.as("nurse").post(outside(patient), esi(today().minusMonths(4))).header("Location");

    assertProblem(
        api.as("frontdesk").post(outside(patient), esi(today().minusMonths(2))), 403, "forbidden");
    assertProblem(
        api.as("frontdesk").header("If-Match", "\"0\"").put(path, esi(today().minusMonths(3))),
        403,
        "forbidden");
    assertProblem(
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(path + "/entered-in-error", Map.of("reason", "duplicate")),
        403,
        "forbidden");
    assertThat(api.as("frontdesk").get(outside(patient)).json()).hasSize(1);
    assertThat(api.as("frontdesk").get(path).header("ETag")).isEqualTo("\"0\"");
  }

  @Test
  void answersNotFoundForAnUnknownPatientOrAnotherPatientsRecord() {
    String patient = registerPatient();
    String other = registerPatient();
    String id =
        api.as("nurse")
            .post(outside(patient), esi(today().minusMonths(4)))
            .json()
            .path("id")
            .asString();

    assertProblem(api.as("nurse").get(outside(other) + "/" + id), 404, "not-found");
    assertProblem(
        api.as("nurse").header("If-Match", "\"0\"").put(outside(other) + "/" + id, esi(today())),
        404,
        "not-found");
    assertProblem(
        api.as("nurse").post(outside(UUID.randomUUID().toString()), esi(today())),
        404,
        "not-found");
    assertThat(api.as("nurse").get(outside(other)).json()).isEmpty();
  }

  @Test
  void auditsEachTouchUnderThePatient() {
    String patient = registerPatient();
    Response recorded = api.as("nurse").post(outside(patient), esi(today().minusMonths(4)));
    Response read = api.as("frontdesk").get(recorded.header("Location"));
    Response refused = api.as("frontdesk").post(outside(patient), esi(today().minusMonths(2)));

    List<JsonNode> report = accessReport(patient);

    JsonNode created = entry(report, recorded.header("X-Request-Id"));
    assertThat(created.path("action").asString()).isEqualTo("CREATE");
    assertThat(created.path("resourceType").asString()).isEqualTo("OUTSIDE_PROCEDURE");
    assertThat(created.path("resourceId").asString())
        .isEqualTo(recorded.json().path("id").asString());
    JsonNode seen = entry(report, read.header("X-Request-Id"));
    assertThat(seen.path("action").asString()).isEqualTo("READ");
    assertThat(seen.path("username").asString()).isEqualTo("frontdesk");
    assertThat(seen.path("resourceId").asString()).isEqualTo(created.path("resourceId").asString());
    JsonNode denied = entry(report, refused.header("X-Request-Id"));
    assertThat(denied.path("outcome").asString()).isEqualTo("DENIED");
    assertThat(denied.path("resourceType").asString()).isEqualTo("OUTSIDE_PROCEDURE");
  }

  private List<JsonNode> accessReport(String patient) {
    Response page = api.as("admin").get("/api/v1/patients/" + patient + "/access-report?size=100");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return StreamSupport.stream(page.json().path("content").spliterator(), false).toList();
  }

  private static JsonNode entry(List<JsonNode> report, String requestId) {
    return report.stream()
        .filter(e -> e.path("requestId").asString().equals(requestId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no audit entry for " + requestId + ": " + report));
  }

  private static List<String> ids(Response list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return StreamSupport.stream(list.json().spliterator(), false)
        .map(p -> p.path("id").asString())
        .toList();
  }

  private static Map<String, Object> esi(LocalDate performedOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("performedOn", performedOn.toString());
    body.put("procedureType", "ESI_TF_LUMB");
    body.put("site", lumbar("LEFT", "L4-L5"));
    body.put("performedBy", "Valley Spine Center");
    body.put("sourceDocument", "letter from Dr. Rivera, Valley Spine Center");
    return body;
  }

  private static Map<String, Object> lumbar(String side, String level) {
    Map<String, Object> site = new HashMap<>();
    site.put("region", "LUMBAR");
    site.put("levels", List.of(level));
    site.put("laterality", side);
    return site;
  }

  private String registerPatient() {
    Response registered =
        api.as("frontdesk")
            .post(
                "/api/v1/patients",
                Map.of(
                    "givenName", "Outside",
                    "familyName", "Hist" + UUID.randomUUID().toString().substring(0, 8),
                    "dateOfBirth", "1962-02-02",
                    "sex", "MALE"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().path("id").asString();
  }

  private static String outside(String patient) {
    return "/api/v1/patients/" + patient + "/outside-procedures";
  }

  private static LocalDate today() {
    return LocalDate.now(ClinicSetup.ZONE);
  }
}
