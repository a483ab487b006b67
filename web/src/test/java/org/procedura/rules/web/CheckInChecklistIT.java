package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.ZONE;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * Check-in of a procedure: refused with the list of what is missing until a nurse or physician has
 * recorded every item the procedure calls for, and an unconfirmed drug hold is a block.
 */
class CheckInChecklistIT extends ApiIntegrationTest {
  private UUID physician;
  private UUID room;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void clinic() {
    physician =
        clinic.clinician(
            List.of("ESI_TF_LUMB", "ESI_IL_LUMB"),
            LocalTime.of(8, 0),
            LocalTime.of(17, 0),
            WEEKDAYS);
    room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void clopidogrelIsABlockAtCheckInUntilANurseConfirmsTheHold() {
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name",
            "Clopidogrel 75 mg",
            "antithromboticClass",
            "CLOPIDOGREL",
            "lastConfirmedOn",
            LocalDate.now(ZONE).toString()));
    var booking = tfEsi(patient, physician, room, at(monday, 9, 0));
    booking.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("ANTITHROMBOTIC_HOLD"), "reason", "7-day hold agreed"));
    Response booked = api.as("physician").post("/api/v1/appointments/procedures", booking);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    String id = booked.json().path("id").asString();
    clock.jumpTo(at(monday, 8, 30).toInstant());

    Response refused = checkIn(id);
    assertProblem(refused, 422, "rule-violation");
    assertThat(ruleIds(refused)).contains("CHECK_IN", "ANTITHROMBOTIC_HOLD");
    assertThat(severities(refused)).containsOnly("BLOCK");
    Response list = api.as("nurse").get(checklist(id));
    assertThat(list.json().path("ready").asBoolean()).isFalse();
    assertThat(list.json().path("required").valueStream().map(i -> i.asString()))
        .contains("CONSENT_SIGNED", "ANTITHROMBOTIC_HOLD_CONFIRMED")
        .doesNotContain("DRIVER_PRESENT", "GLUCOSE_CHECKED");

    assertProblem(
        api.as("frontdesk").put(checklist(id) + "/CONSENT_SIGNED", null), 403, "forbidden");
    for (String item :
        List.of(
            "CONSENT_SIGNED",
            "BASELINE_PAIN_SCORE",
            "CONTRAST_ALLERGY_CHECKED",
            "PREGNANCY_CHECKED",
            "NO_ACTIVE_INFECTION")) {
      assertThat(api.as("nurse").put(checklist(id) + "/" + item, null).status()).isEqualTo(200);
    }
    Response stillHeld = checkIn(id);
    assertProblem(stillHeld, 422, "rule-violation");
    assertThat(ruleIds(stillHeld)).containsOnly("ANTITHROMBOTIC_HOLD", "CHECK_IN");
    assertThat(
            stillHeld.json().path("findings").valueStream().map(f -> f.path("message").asString()))
        .anyMatch(m -> m.contains("Clopidogrel") && m.contains("not confirmed"));
    assertThat(api.as("nurse").get("/api/v1/appointments/" + id).json().path("status").asString())
        .isEqualTo("BOOKED");

    Response confirmed =
        api.as("physician").put(checklist(id) + "/ANTITHROMBOTIC_HOLD_CONFIRMED", null);
    assertThat(confirmed.json().path("ready").asBoolean()).as(confirmed.toString()).isTrue();
    Response checkedIn = checkIn(id);
    assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
    assertThat(checkedIn.json().path("status").asString()).isEqualTo("CHECKED_IN");
  }

  @Test
  void aRecordedItemKeepsItsFirstRecordAndBadItemsAreClearProblems() {
    Response booked =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                tfEsi(patient, physician, room, at(monday, 10, 0)));
    String id = booked.json().path("id").asString();

    Response first = api.as("nurse").put(checklist(id) + "/CONSENT_SIGNED", null);
    Response again = api.as("physician").put(checklist(id) + "/CONSENT_SIGNED", null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.json().path("recorded")).isEqualTo(first.json().path("recorded"));
    assertProblem(api.as("nurse").put(checklist(id) + "/HAPPY", null), 400, "validation");
    assertProblem(
        api.as("nurse").put(checklist(UUID.randomUUID().toString()) + "/CONSENT_SIGNED", null),
        404,
        "not-found");
  }

  private Response checkIn(String id) {
    return api.as("nurse").post("/api/v1/appointments/" + id + "/check-in", null);
  }

  private static String checklist(String id) {
    return "/api/v1/appointments/" + id + "/checklist";
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
