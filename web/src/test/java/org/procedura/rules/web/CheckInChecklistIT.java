package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.TWOS;
import static org.procedura.apitest.ClinicSetup.ZONE;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Check-in of a procedure: refused with the list of what is missing or outside its limit until a
 * nurse or physician has recorded every item the procedure calls for, with its value, within the
 * limits; an unconfirmed drug hold is a block. The baseline pain score recorded on the checklist is
 * the procedure's baseline in the outcomes.
 */
class CheckInChecklistIT extends ApiIntegrationTest {
  private UUID physician;
  private UUID room;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void clinic() {
    physician = clinic.physician("ESI_TF_LUMB", "ESI_IL_LUMB", "RFA_LUMB");
    room = clinic.fluoroscopySuite();
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void clopidogrelIsABlockAtCheckInUntilANurseConfirmsTheHold() {
    takes("Clopidogrel 75 mg", "CLOPIDOGREL");
    String id = bookedWithTheHoldAcknowledged(at(monday, 9, 0).toOffsetDateTime().toString());
    clock.jumpTo(at(monday, 8, 30).toInstant());

    Response refused = checkIn(id);
    assertProblem(refused, 422, "rule-violation");
    assertThat(ruleIds(refused)).contains("CHECK_IN", "ANTITHROMBOTIC_HOLD");
    assertThat(severities(refused)).containsOnly("BLOCK");
    Response list = api.as("nurse").get(checklist(id));
    assertThat(list.json().path("ready").asBoolean()).isFalse();
    assertThat(list.json().path("patientId").asString()).isEqualTo(patient.toString());
    assertThat(list.json().path("required").valueStream().map(JsonNode::asString))
        .contains("CONSENT_SIGNED", "ANTITHROMBOTIC_HOLD_CONFIRMED")
        .doesNotContain("DRIVER_PRESENT", "BLOOD_GLUCOSE", "INR");

    assertProblem(record(id, "frontdesk", "CONSENT_SIGNED", yes()), 403, "forbidden");
    assertThat(record(id, "nurse", "CONSENT_SIGNED", yes()).status()).isEqualTo(200);
    assertThat(record(id, "nurse", "BASELINE_PAIN_SCORE", pain(6)).status()).isEqualTo(200);
    assertThat(record(id, "nurse", "CONTRAST_ALLERGY_CHECKED", null).status()).isEqualTo(200);
    assertThat(record(id, "nurse", "PREGNANCY_CHECKED", Map.of()).status()).isEqualTo(200);
    assertThat(record(id, "nurse", "ACTIVE_INFECTION", Map.of("answer", false)).status())
        .isEqualTo(200);
    Response stillHeld = checkIn(id);
    assertProblem(stillHeld, 422, "rule-violation");
    assertThat(ruleIds(stillHeld)).containsOnly("ANTITHROMBOTIC_HOLD", "CHECK_IN");
    assertThat(messages(stillHeld))
        .anyMatch(m -> m.contains("Clopidogrel") && m.contains("not confirmed"));
    assertThat(api.as("nurse").get("/api/v1/appointments/" + id).json().path("status").asString())
        .isEqualTo("BOOKED");

    Response confirmed = record(id, "physician", "ANTITHROMBOTIC_HOLD_CONFIRMED", null);
    assertThat(confirmed.json().path("ready").asBoolean()).as(confirmed.toString()).isTrue();
    Response checkedIn = checkIn(id);
    assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
    assertThat(checkedIn.json().path("status").asString()).isEqualTo("CHECKED_IN");
  }

  @Test
  void anInrAboveItsLimitRefusesCheckInUntilCorrectedAndTheChecklistBaselineIsTheOneFollowedUp() {
    takes("Warfarin 5 mg", "WARFARIN");
    String profile = "/api/v1/patients/" + patient + "/clinical-profile";
    assertThat(
            api.as("nurse")
                .header("If-Match", api.as("nurse").get(profile).header("ETag"))
                .put(profile + "/diabetes", Map.of("diabetic", true))
                .status())
        .isEqualTo(200);
    String id = bookedWithTheHoldAcknowledged(at(monday, 9, 0).toOffsetDateTime().toString());
    clock.jumpTo(at(monday, 8, 0).toInstant());

    Response list = api.as("nurse").get(checklist(id));
    assertThat(list.json().path("required").valueStream().map(JsonNode::asString))
        .contains("INR", "BLOOD_GLUCOSE", "ANTITHROMBOTIC_HOLD_CONFIRMED");
    assertThat(list.json().path("baselineScales").valueStream().map(JsonNode::asString))
        .containsExactly("NRS", "ODI");
    assertThat(limits(list))
        .containsEntry("INR", "at most 1.4")
        .containsEntry("BLOOD_GLUCOSE", "at most 200 mg/dL");
    recordAllBut(id, "INR");
    Response high = record(id, "nurse", "INR", Map.of("value", 1.6));
    assertThat(high.status()).as(high.toString()).isEqualTo(200);

    Response refused = checkIn(id);
    assertProblem(refused, 422, "rule-violation");
    assertThat(messages(refused)).containsExactly("INR 1.6 above the limit of 1.4");
    assertThat(refused.json().path("findings").get(0).path("facts").path("limit").asString())
        .isEqualTo("at most 1.4");

    Response corrected = record(id, "physician", "INR", Map.of("value", 1.2));
    assertThat(corrected.json().path("ready").asBoolean()).as(corrected.toString()).isTrue();
    assertThat(recorded(corrected, "INR").path("value").path("value").decimalValue())
        .isEqualByComparingTo("1.2");
    assertThat(recorded(corrected, "INR").path("recordedBy").asString()).isEqualTo("physician");
    assertThat(corrected.json().path("corrected").valueStream())
        .singleElement()
        .satisfies(
            earlier -> {
              assertThat(earlier.path("item").asString()).isEqualTo("INR");
              assertThat(earlier.path("value").path("value").decimalValue())
                  .isEqualByComparingTo("1.6");
              assertThat(earlier.path("recordedBy").asString()).isEqualTo("nurse");
            });
    assertThat(checkIn(id).status()).isEqualTo(200);

    Response done = completed(id);
    assertThat(done.json().path("baseline").valueStream())
        .extracting(m -> m.path("scale").asString() + " " + m.path("score").decimalValue())
        .containsExactlyInAnyOrder("NRS 6.0", "ODI 40.0");
    String twoWeeks = done.json().path("followUps").get(0).path("id").asString();
    clock.jumpTo(at(monday.plusWeeks(2), 11, 0).toInstant());
    Response outcome =
        clinic.step(
            "nurse",
            "/api/v1/follow-ups/" + twoWeeks,
            "outcome",
            Map.of("contact", "CALL", "measures", List.of(Map.of("scale", "NRS", "value", 3))));
    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
    assertThat(outcome.json().path("relief").decimalValue()).isEqualByComparingTo("50");
    assertProblem(
        api.as("nurse")
            .post("/api/v1/procedures/" + id + "/baseline", Map.of("scale", "NRS", "value", 5)),
        409,
        "conflict");
  }

  @Test
  void aBaselineRecordedThroughTheOutcomesSatisfiesTheChecklistAndIsCorrectedFromIt() {
    String id = booked("ESI_IL_LUMB", at(monday, 10, 0));
    clock.jumpTo(at(monday, 9, 0).toInstant());

    Response nrs =
        api.as("nurse")
            .post("/api/v1/procedures/" + id + "/baseline", Map.of("scale", "NRS", "value", 7));
    assertThat(nrs.status()).as(nrs.toString()).isEqualTo(200);
    assertThat(nrs.json().path("completedAt").isNull()).isTrue();
    Response onlyNrs = api.as("nurse").get(checklist(id));
    assertThat(recorded(onlyNrs, "BASELINE_PAIN_SCORE").path("value").path("nrs").asInt())
        .isEqualTo(7);
    assertThat(unmetFacts(onlyNrs, "scale")).containsExactly("ODI");

    Response odi =
        api.as("nurse")
            .post("/api/v1/procedures/" + id + "/baseline", Map.of("scale", "ODI", "items", TWOS));
    assertThat(odi.status()).as(odi.toString()).isEqualTo(200);
    Response both = api.as("nurse").get(checklist(id));
    assertThat(unmetFacts(both, "item")).doesNotContain("BASELINE_PAIN_SCORE");

    Response corrected = record(id, "nurse", "BASELINE_PAIN_SCORE", pain(5));
    assertThat(recorded(corrected, "BASELINE_PAIN_SCORE").path("value").path("nrs").asInt())
        .isEqualTo(5);
    var baseline = api.as("nurse").get("/api/v1/procedures/" + id).json().path("baseline");
    assertThat(baseline.valueStream())
        .extracting(m -> m.path("scale").asString() + " " + m.path("score").decimalValue())
        .containsExactlyInAnyOrder("NRS 5.0", "ODI 40.0");
  }

  @Test
  void aSedatedProcedureNeedsItsFastingAndAnActiveInfectionDefersIt() {
    String id = booked("RFA_LUMB", at(monday, 13, 0));
    clock.jumpTo(at(monday, 12, 0).toInstant());
    recordAllBut(id, "LAST_SOLID_FOOD", "ACTIVE_INFECTION");
    String fiveHoursBefore = at(monday, 8, 0).toOffsetDateTime().toString();
    record(id, "nurse", "LAST_SOLID_FOOD", Map.of("at", fiveHoursBefore, "meal", "LIGHT"));
    record(id, "nurse", "ACTIVE_INFECTION", yes());

    Response refused = checkIn(id);

    assertProblem(refused, 422, "rule-violation");
    assertThat(messages(refused))
        .containsExactlyInAnyOrder(
            "a light meal 5 h before the start, less than the limit of 6 h",
            "the patient has an active infection");
    assertThat(refused.json().path("findings").valueStream().map(f -> f.path("resolution")))
        .anyMatch(r -> r.asString().startsWith("defer"));

    record(id, "nurse", "ACTIVE_INFECTION", Map.of("answer", false));
    Response stillFasting = checkIn(id);
    assertThat(messages(stillFasting)).hasSize(1);
    record(
        id,
        "nurse",
        "LAST_SOLID_FOOD",
        Map.of("at", at(monday, 7, 0).toOffsetDateTime().toString(), "meal", "LIGHT"));
    assertThat(checkIn(id).status()).isEqualTo(200);
  }

  @Test
  void aWrongOrMissingValueIsABadRequestNamingTheFieldAndChangesNothing() {
    String id = booked("RFA_LUMB", at(monday, 10, 0));
    clock.jumpTo(at(monday, 9, 0).toInstant());

    assertField(record(id, "nurse", "CONSENT_SIGNED", null), "answer");
    assertField(record(id, "nurse", "CONSENT_SIGNED", Map.of("value", 1.2)), "value");
    assertField(record(id, "nurse", "INR", Map.of("answer", true)), "answer");
    assertField(record(id, "nurse", "INR", Map.of("value", 0.2)), "value");
    assertField(record(id, "nurse", "BLOOD_GLUCOSE", Map.of("value", -5)), "value");
    assertField(
        record(
            id,
            "nurse",
            "LAST_SOLID_FOOD",
            Map.of("at", at(monday, 1, 0).toOffsetDateTime().toString())),
        "meal");
    assertField(
        record(
            id,
            "nurse",
            "LAST_CLEAR_LIQUIDS",
            Map.of("at", at(monday, 9, 30).toOffsetDateTime().toString())),
        "at");
    assertField(record(id, "nurse", "BASELINE_PAIN_SCORE", Map.of("nrs", 11)), "nrs");
    assertField(
        record(id, "nurse", "BASELINE_PAIN_SCORE", Map.of("nrs", 6, "odi", List.of(1, 2))), "odi");
    assertField(record(id, "nurse", "PREGNANCY_CHECKED", Map.of("answer", true)), "answer");
    assertProblem(
        record(id, "nurse", "LAST_SOLID_FOOD", Map.of("at", "yesterday", "meal", "LIGHT")),
        400,
        "malformed-request");
    assertProblem(record(id, "nurse", "HAPPY", yes()), 400, "validation");
    assertProblem(
        record(UUID.randomUUID().toString(), "nurse", "CONSENT_SIGNED", yes()), 404, "not-found");

    Response list = api.as("nurse").get(checklist(id));
    assertThat(list.json().path("recorded").isEmpty()).isTrue();
    assertThat(api.as("nurse").get("/api/v1/procedures/" + id).json().path("baseline").isEmpty())
        .isTrue();
  }

  private void takes(String medication, String drugClass) {
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name",
            medication,
            "antithromboticClass",
            drugClass,
            "lastConfirmedOn",
            LocalDate.now(ZONE).toString()));
  }

  private String bookedWithTheHoldAcknowledged(String start) {
    var booking = tfEsi(patient, physician, room, at(monday, 9, 0));
    booking.put("start", start);
    booking.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("ANTITHROMBOTIC_HOLD"), "reason", "hold agreed"));
    Response booked = api.as("physician").post("/api/v1/appointments/procedures", booking);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  private String booked(String type, ZonedDateTime start) {
    var booking = tfEsi(patient, physician, room, start);
    booking.put("procedureType", type);
    if (type.equals("ESI_IL_LUMB")) {
      booking.put("site", Map.of("region", "LUMBAR", "levels", List.of("L4-L5")));
    }
    Response booked = api.as("frontdesk").post("/api/v1/appointments/procedures", booking);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  /** Every required item but those named recorded within its limits; the baseline NRS 6. */
  private void recordAllBut(String id, String... left) {
    var list = api.as("nurse").get(checklist(id));
    for (var item : list.json().path("required")) {
      String name = item.asString();
      if (List.of(left).contains(name)) {
        continue;
      }
      Object value =
          switch (name) {
            case "CONSENT_SIGNED", "DRIVER_PRESENT" -> yes();
            case "ACTIVE_INFECTION" -> Map.of("answer", false);
            case "INR" -> Map.of("value", 1.0);
            case "BLOOD_GLUCOSE" -> Map.of("value", 200);
            case "LAST_SOLID_FOOD", "LAST_CLEAR_LIQUIDS" -> lastNight(name);
            case "BASELINE_PAIN_SCORE" -> pain(6);
            default -> null;
          };
      Response recorded = record(id, "nurse", name, value);
      assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    }
  }

  private Map<String, Object> lastNight(String item) {
    Map<String, Object> value = new HashMap<>();
    value.put("at", at(monday.minusDays(1), 22, 0).toOffsetDateTime().toString());
    if (item.equals("LAST_SOLID_FOOD")) {
      value.put("meal", "FATTY");
    }
    return value;
  }

  private static Map<String, Object> pain(int nrs) {
    return Map.of("nrs", nrs, "odi", TWOS);
  }

  private static Map<String, Object> yes() {
    return Map.of("answer", true);
  }

  private Response completed(String id) {
    String path = "/api/v1/appointments/" + id;
    assertThat(clinic.step("physician", path, "start", null).status()).isEqualTo(200);
    clock.jumpTo(at(monday, 10, 0).toInstant());
    Response completed = clinic.step("physician", path, "complete", null);
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    Response procedure = api.as("nurse").get("/api/v1/procedures/" + id);
    assertThat(procedure.status()).as(procedure.toString()).isEqualTo(200);
    return procedure;
  }

  private Response record(String id, String who, String item, Object value) {
    return api.as(who).post(checklist(id) + "/" + item, value);
  }

  private Response checkIn(String id) {
    return clinic.step("nurse", "/api/v1/appointments/" + id, "check-in", null);
  }

  private static String checklist(String id) {
    return "/api/v1/appointments/" + id + "/checklist";
  }

  private static void assertField(Response response, String field) {
    assertProblem(response, 400, "validation");
    assertThat(fieldsIn(response)).as(response.toString()).contains(field);
  }

  private static JsonNode recorded(Response checklist, String item) {
    return checklist
        .json()
        .path("recorded")
        .valueStream()
        .filter(r -> r.path("item").asString().equals(item))
        .findFirst()
        .orElseThrow(() -> new AssertionError(item + " not recorded: " + checklist));
  }

  private static Map<String, String> limits(Response checklist) {
    Map<String, String> limits = new HashMap<>();
    checklist
        .json()
        .path("limits")
        .forEach(l -> limits.put(l.path("item").asString(), l.path("description").asString()));
    return limits;
  }

  private static List<String> unmetFacts(Response checklist, String fact) {
    return checklist
        .json()
        .path("unmet")
        .valueStream()
        .map(f -> f.path("facts").path(fact).asString())
        .filter(value -> !value.isEmpty())
        .toList();
  }

  private static List<String> messages(Response problem) {
    return problem
        .json()
        .path("findings")
        .valueStream()
        .map(f -> f.path("message").asString())
        .toList();
  }

  private static List<String> ruleIds(Response problem) {
    return problem
        .json()
        .path("findings")
        .valueStream()
        .map(f -> f.path("ruleId").asString())
        .toList();
  }

  private static List<String> severities(Response problem) {
    return problem
        .json()
        .path("findings")
        .valueStream()
        .map(f -> f.path("severity").asString())
        .toList();
  }
}
