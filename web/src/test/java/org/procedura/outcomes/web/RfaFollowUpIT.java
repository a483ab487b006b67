package org.procedura.outcomes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The scenario: a physician completes a lumbar RFA and records it; its four follow-ups are
 * planned; over the following months scores are recorded, relief and durable relief computed and
 * shown on the timeline and chart; overdue follow-ups reach the worklist; the nightly job marks a
 * closed window missed, which keeps it on the MISSED worklist until it is recorded late (and
 * counts) or closed with a reason.
 */
class RfaFollowUpIT extends ApiIntegrationTest {
  @Autowired MissedFollowUpsJob missedFollowUpsJob;

  private UUID physician;
  private UUID patient;
  private LocalDate day;
  private String rfa;

  @BeforeEach
  void aCompletedLumbarRfa() {
    physician =
        clinic.clinician(List.of("RFA_LUMB"), LocalTime.of(7, 0), LocalTime.of(19, 0), EVERY_DAY);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(19, 0),
            EVERY_DAY);
    patient = clinic.patient();
    day = mondayAfterNext();
    Map<String, Object> body = new HashMap<>();
    body.put("patientId", patient);
    body.put("procedureType", "RFA_LUMB");
    body.put("clinicianId", physician);
    body.put("roomId", room);
    body.put("start", at(day, 9, 0).toOffsetDateTime().toString());
    body.put(
        "site",
        Map.of("region", "LUMBAR", "levels", List.of("L4-L5", "L5-S1"), "laterality", "RIGHT"));
    Response booked = api.as("frontdesk").post("/api/v1/appointments/procedures", body);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    rfa = booked.json().path("id").asString();
    clock.jumpTo(at(day, 8, 30).toInstant());
    clinic.checklistDone(rfa);
    assertThat(clinic.step("nurse", "/api/v1/appointments/" + rfa, "check-in", null).status())
        .isEqualTo(200);
    // the baseline taken on the checklist is the procedure's before it is done
    Response before = api.as("nurse").get("/api/v1/procedures/" + rfa);
    assertThat(before.status()).as(before.toString()).isEqualTo(200);
    assertThat(before.json().path("completedAt").isNull()).isTrue();
    assertThat(before.json().path("baseline").valueStream().map(m -> m.path("scale").asString()))
        .containsExactlyInAnyOrder("NRS", "ODI");
    assertThat(clinic.step("physician", "/api/v1/appointments/" + rfa, "start", null).status())
        .isEqualTo(200);
    clock.jumpTo(at(day, 10, 0).toInstant());
    Response completed = clinic.step("physician", "/api/v1/appointments/" + rfa, "complete", null);
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
  }

  @Test
  void completingAnRfaPlansItsFourFollowUps() {
    Response procedure = api.as("nurse").get("/api/v1/procedures/" + rfa);

    assertThat(procedure.status()).as(procedure.toString()).isEqualTo(200);
    List<String> labels = new ArrayList<>();
    List<String> due = new ArrayList<>();
    for (JsonNode followUp : procedure.json().path("followUps")) {
      labels.add(followUp.path("label").asString());
      due.add(followUp.path("due").asString());
      assertThat(followUp.path("status").asString()).isEqualTo("DUE");
    }
    assertThat(labels).containsExactly("6 weeks", "3 months", "6 months", "12 months");
    assertThat(due)
        .containsExactly(
            day.plusWeeks(6).toString(),
            day.plusMonths(3).toString(),
            day.plusMonths(6).toString(),
            day.plusMonths(12).toString());
  }

  @Test
  void followsTheRfaForAYearAndShowsReliefOnTheTimelineAndChart() {
    recordTheProcedure();
    assertThat(baseline(Map.of("scale", "NRS", "value", 8)).status()).isEqualTo(200);
    List<String> followUps = followUpIds();

    clock.jumpTo(at(day.plusWeeks(6), 11, 0).toInstant());
    Response sixWeeks = outcome(followUps.get(0), "physician", 2);
    assertThat(sixWeeks.status()).as(sixWeeks.toString()).isEqualTo(200);
    assertThat(sixWeeks.json().path("relief").decimalValue()).isEqualByComparingTo("75");
    assertThat(sixWeeks.json().path("meaningful").asBoolean()).isTrue();
    assertThat(sixWeeks.json().path("measures").get(0).path("change").decimalValue())
        .isEqualByComparingTo("6");

    clock.jumpTo(at(day.plusMonths(3), 11, 0).toInstant());
    assertThat(outcome(followUps.get(1), "nurse", 3).status()).isEqualTo(200);

    // the 6-month follow-up is forgotten: overdue three days later
    clock.jumpTo(at(day.plusMonths(6).plusDays(3), 11, 0).toInstant());
    assertThat(worklist("OVERDUE", physician)).contains(followUps.get(2));
    assertThat(worklist("OVERDUE", null)).contains(followUps.get(2));
    assertThat(worklist("DUE_THIS_WEEK", physician)).doesNotContain(followUps.get(2));
    Response sixMonths = outcome(followUps.get(2), "nurse", 4);
    assertThat(sixMonths.json().path("relief").decimalValue()).isEqualByComparingTo("50");
    assertThat(worklist("OVERDUE", physician)).doesNotContain(followUps.get(2));

    Response timeline = api.as("physician").get("/api/v1/patients/" + patient + "/outcomes");
    assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
    JsonNode course = timeline.json().path("procedures").get(0);
    assertThat(course.path("current").path("fluoroscopySeconds").asInt()).isEqualTo(95);
    JsonNode durable = course.path("durableRelief");
    assertThat(durable.path("lastedUntil").asString())
        .isEqualTo(day.plusMonths(6).plusDays(3).toString());
    assertThat(durable.path("months").asLong()).isEqualTo(6);

    Response chart = api.as("physician").get("/api/v1/patients/" + patient + "/pain-chart");
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.contentType()).startsWith("image/svg+xml");
    assertThat(chart.raw()).startsWith("<svg").contains("RFA_LUMB").contains("<polyline");
  }

  @Test
  void theTwelveMonthFollowUpIsMissedOnceItsWindowClosed() {
    List<String> followUps = followUpIds();
    clock.jumpTo(at(day.plusMonths(12).plusDays(31), 12, 0).toInstant());

    assertThat(worklist("OVERDUE", physician)).contains(followUps.get(3));
    assertThat(missedFollowUpsJob.run()).isGreaterThanOrEqualTo(4);
    Response missed = api.as("nurse").get("/api/v1/follow-ups/" + followUps.get(3));
    assertThat(missed.json().path("status").asString()).isEqualTo("MISSED");
    assertThat(worklist("OVERDUE", physician)).doesNotContain(followUps.get(3));
    assertThat(worklist("MISSED", physician)).containsExactlyElementsOf(followUps);
    assertThat(missedFollowUpsJob.run()).isZero();
  }

  @Test
  void aMissedFollowUpStaysOnTheMissedListUntilRecordedLateAndThenItsScoresCount() {
    assertThat(baseline(Map.of("scale", "NRS", "value", 8)).status()).isEqualTo(200);
    String sixWeeks = followUpIds().get(0);
    LocalDate closes = day.plusWeeks(6).plusDays(7);

    // the last day of the window: still due, overdue, not missed
    clock.jumpTo(at(closes, 23, 0).toInstant());
    missedFollowUpsJob.run();
    assertThat(status(sixWeeks)).isEqualTo("DUE");
    assertThat(worklist("OVERDUE", physician)).contains(sixWeeks);
    assertThat(worklist("MISSED", physician)).doesNotContain(sixWeeks);

    // the day after: the job marks it missed, and it moves to the MISSED list
    clock.jumpTo(at(closes.plusDays(1), 1, 15).toInstant());
    assertThat(missedFollowUpsJob.run()).isGreaterThanOrEqualTo(1);
    assertThat(status(sixWeeks)).isEqualTo("MISSED");
    assertThat(worklist("OVERDUE", physician)).doesNotContain(sixWeeks);
    assertThat(worklist("MISSED", physician)).containsExactly(sixWeeks);
    assertThat(worklist("MISSED", null)).contains(sixWeeks);
    assertThat(worklist("MISSED", UUID.randomUUID())).isEmpty();

    // reached ten days later: recorded late, with the version read
    LocalDate reached = closes.plusDays(10);
    clock.jumpTo(at(reached, 11, 0).toInstant());
    String etag = api.as("nurse").get("/api/v1/follow-ups/" + sixWeeks).header("ETag");
    Response late =
        api.as("nurse")
            .header("If-Match", etag)
            .post(
                "/api/v1/follow-ups/" + sixWeeks + "/outcome",
                Map.of("contact", "CALL", "measures", List.of(Map.of("scale", "NRS", "value", 2))));
    assertThat(late.status()).as(late.toString()).isEqualTo(200);
    assertThat(late.json().path("status").asString()).isEqualTo("DONE");
    assertThat(late.json().path("recordedLate").asBoolean()).isTrue();
    assertThat(late.json().path("relief").decimalValue()).isEqualByComparingTo("75");
    assertThat(worklist("MISSED", physician)).doesNotContain(sixWeeks);

    Response timeline = api.as("physician").get("/api/v1/patients/" + patient + "/outcomes");
    assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
    JsonNode course = timeline.json().path("procedures").get(0);
    JsonNode shown = course.path("followUps").get(0);
    assertThat(shown.path("id").asString()).isEqualTo(sixWeeks);
    assertThat(shown.path("recordedLate").asBoolean()).isTrue();
    assertThat(shown.path("relief").decimalValue()).isEqualByComparingTo("75");
    assertThat(course.path("durableRelief").path("lastedUntil").asString())
        .isEqualTo(reached.toString());
    Response chart = api.as("physician").get("/api/v1/patients/" + patient + "/pain-chart");
    assertThat(chart.status()).isEqualTo(200);
    long dayOfCall = ChronoUnit.DAYS.between(day, reached);
    assertThat(chart.raw())
        .contains("NRS 2 on day " + dayOfCall)
        .contains("relief 75 % on day " + dayOfCall);
  }

  @Test
  void aMissedFollowUpClosedWithAReasonLeavesTheListAndCannotBeRecordedLate() {
    List<String> followUps = followUpIds();
    String sixWeeks = followUps.get(0);
    String threeMonths = followUps.get(1);
    LocalDate dayAfterClose = day.plusWeeks(6).plusDays(8);
    clock.jumpTo(at(dayAfterClose, 9, 0).toInstant());
    missedFollowUpsJob.run();
    assertThat(worklist("MISSED", physician)).containsExactly(sixWeeks);
    String close = "/api/v1/follow-ups/" + sixWeeks + "/close";

    assertProblem(api.as("nurse").post(close, Map.of()), 400, "validation");
    assertProblem(
        clinic.step("nurse", "/api/v1/follow-ups/" + sixWeeks, "close", Map.of("reason", "OTHER")),
        400,
        "validation");
    assertProblem(
        api.as("nurse").post(close, Map.of("reason", "FORGOTTEN")), 400, "malformed-request");
    assertProblem(
        api.as("frontdesk").post(close, Map.of("reason", "PATIENT_UNREACHABLE")), 403, "forbidden");
    assertProblem(
        clinic.step(
            "nurse",
            "/api/v1/follow-ups/" + threeMonths,
            "close",
            Map.of("reason", "PATIENT_DECLINED")),
        409,
        "illegal-transition");
    assertProblem(
        api.as("nurse").post(close, Map.of("reason", "PATIENT_UNREACHABLE")),
        428,
        "version-required");
    assertProblem(
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(close, Map.of("reason", "PATIENT_UNREACHABLE")),
        412,
        "stale-version");
    assertThat(status(sixWeeks)).isEqualTo("MISSED");

    clock.jumpTo(at(dayAfterClose.plusDays(2), 10, 0).toInstant());
    Response closed =
        api.as("nurse")
            .header("If-Match", "\"1\"")
            .post(close, Map.of("reason", "PATIENT_UNREACHABLE", "note", "three calls, no answer"));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.header("ETag")).isEqualTo("\"2\"");
    assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
    JsonNode closure = closed.json().path("closure");
    assertThat(closure.path("reason").asString()).isEqualTo("PATIENT_UNREACHABLE");
    assertThat(closure.path("note").asString()).isEqualTo("three calls, no answer");
    assertThat(closure.path("closedBy").asString()).isEqualTo("nurse");
    assertThat(OffsetDateTime.parse(closure.path("closedAt").asString()).toInstant())
        .isEqualTo(at(dayAfterClose.plusDays(2), 10, 0).toInstant());
    assertThat(worklist("MISSED", physician)).doesNotContain(sixWeeks);

    Response lateRecording = outcome(sixWeeks, "nurse", 3);
    assertProblem(lateRecording, 409, "illegal-transition");
    assertThat(lateRecording.json().path("currentState").asString()).isEqualTo("CLOSED");
    assertProblem(
        clinic.step(
            "physician",
            "/api/v1/follow-ups/" + sixWeeks,
            "close",
            Map.of("reason", "PATIENT_DECEASED")),
        409,
        "illegal-transition");
    assertThat(accessReport())
        .anySatisfy(
            e -> {
              assertThat(e.path("requestId").asString()).isEqualTo(closed.header("X-Request-Id"));
              assertThat(e.path("action").asString()).isEqualTo("UPDATE");
              assertThat(e.path("resourceType").asString()).isEqualTo("FOLLOW_UP");
              assertThat(e.path("resourceId").asString()).isEqualTo(sixWeeks);
            });
  }

  @Test
  void refusesAScaleTheBaselineWasNotScoredOnAndScoresOffTheirScale() {
    assertThat(baseline(Map.of("scale", "NRS", "value", 8)).status()).isEqualTo(200);
    String sixWeeks = followUpIds().get(0);
    clock.jumpTo(at(day.plusWeeks(6), 11, 0).toInstant());
    List<Integer> ndi = List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2);

    Response otherScale =
        clinic.step(
            "nurse",
            "/api/v1/follow-ups/" + sixWeeks,
            "outcome",
            Map.of("contact", "CALL", "measures", List.of(Map.of("scale", "NDI", "items", ndi))));
    assertProblem(otherScale, 422, "unprocessable");
    assertThat(otherScale.json().path("detail").asString()).contains("NDI cannot be compared");
    assertProblem(
        clinic.step(
            "nurse",
            "/api/v1/follow-ups/" + sixWeeks,
            "outcome",
            Map.of("contact", "CALL", "measures", List.of(Map.of("scale", "NRS", "value", 11)))),
        400,
        "validation");
    assertProblem(baseline(Map.of("scale", "NRS", "value", 7)), 409, "conflict");
  }

  @Test
  void onlyAPhysicianRecordsTheProcedureAndTheFrontDeskRecordsNoOutcome() {
    String sixWeeks = followUpIds().get(0);

    assertProblem(
        api.as("nurse").post("/api/v1/procedures/" + rfa + "/record", record(3)), 403, "forbidden");
    assertProblem(
        api.as("frontdesk")
            .post(
                "/api/v1/follow-ups/" + sixWeeks + "/outcome",
                Map.of("contact", "CALL", "measures", List.of(Map.of("scale", "NRS", "value", 2)))),
        403,
        "forbidden");
  }

  @Test
  void anAmendmentKeepsTheOriginalAndTheSteroidCapHolds() {
    String etag = recordTheProcedure();
    Map<String, Object> amended = record(3);
    amended.put("reason", "post-procedure score was 3");

    assertProblem(
        api.as("physician").post("/api/v1/procedures/" + rfa + "/amend", amended),
        428,
        "version-required");
    Response done =
        api.as("physician")
            .header("If-Match", etag)
            .post("/api/v1/procedures/" + rfa + "/amend", amended);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    JsonNode revisions = done.json().path("revisions");
    assertThat(revisions.size()).isEqualTo(2);
    assertThat(revisions.get(0).path("details").path("immediatePain").asInt()).isEqualTo(2);
    assertThat(revisions.get(1).path("changed").get(0).asString()).isEqualTo("immediatePain");
    assertThat(revisions.get(1).path("recordedBy").asString()).isEqualTo("physician");

    Map<String, Object> overCap = record(3);
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) overCap.get("details");
    details.put("injectates", List.of(Map.of("drug", "Dexamethasone", "doseMg", 12)));
    overCap.put("reason", "steroid given");
    Response refused =
        api.as("physician")
            .header("If-Match", done.header("ETag"))
            .post("/api/v1/procedures/" + rfa + "/amend", overCap);
    assertProblem(refused, 422, "unprocessable");
    assertThat(refused.json().path("detail").asString()).contains("cap of 10 mg");
  }

  private String recordTheProcedure() {
    Response recorded =
        api.as("physician").post("/api/v1/procedures/" + rfa + "/record", record(2));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    return recorded.header("ETag");
  }

  private Map<String, Object> record(int immediatePain) {
    Map<String, Object> details = new HashMap<>();
    details.put("performedAt", at(day, 9, 5).toOffsetDateTime().toString());
    details.put("procedureType", "RFA_LUMB");
    details.put(
        "site",
        Map.of("region", "LUMBAR", "levels", List.of("L4-L5", "L5-S1"), "laterality", "RIGHT"));
    details.put("imaging", "FLUOROSCOPY");
    details.put("fluoroscopySeconds", 95);
    details.put("fluoroscopyDoseMgy", 4.2);
    details.put("injectates", List.of(Map.of("drug", "Lidocaine 2%", "doseMg", 40)));
    details.put("sedation", "LOCAL_ONLY");
    details.put("complication", Map.of("code", "NONE"));
    details.put("immediatePain", immediatePain);
    Map<String, Object> body = new HashMap<>();
    body.put("details", details);
    return body;
  }

  private Response baseline(Map<String, Object> measure) {
    return api.as("nurse").post("/api/v1/procedures/" + rfa + "/baseline", measure);
  }

  private Response outcome(String followUp, String who, int nrs) {
    return clinic.step(
        who,
        "/api/v1/follow-ups/" + followUp,
        "outcome",
        Map.of("contact", "CALL", "measures", List.of(Map.of("scale", "NRS", "value", nrs))));
  }

  private String status(String followUp) {
    Response response = api.as("nurse").get("/api/v1/follow-ups/" + followUp);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("status").asString();
  }

  private List<JsonNode> accessReport() {
    Response page = api.as("admin").get("/api/v1/patients/" + patient + "/access-report?size=100");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    page.json().path("content").forEach(entries::add);
    return entries;
  }

  private List<String> followUpIds() {
    List<String> ids = new ArrayList<>();
    for (JsonNode f : api.as("nurse").get("/api/v1/procedures/" + rfa).json().path("followUps")) {
      ids.add(f.path("id").asString());
    }
    return ids;
  }

  private List<String> worklist(String list, UUID physicianId) {
    String path =
        "/api/v1/follow-ups/worklist?list="
            + list
            + (physicianId == null ? "" : "&physicianId=" + physicianId);
    Response response = api.as("frontdesk").get(path);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode f : response.json()) {
      ids.add(f.path("id").asString());
    }
    return ids;
  }
}
