package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import tools.jackson.databind.JsonNode;

/**
 * The rules decide on the patient's whole chart, through the API on the real database: bookings
 * still to come count, the facts of an accepted referral count, a block on the other side does not,
 * and a drug hold names a last-dose day that keeps it, or blocks when none can.
 */
class WholeChartRulesIT extends ApiIntegrationTest {
  private UUID physician;
  private UUID room;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void clinic() {
    physician = clinic.physician("ESI_TF_LUMB", "MBB_LUMB");
    room = clinic.fluoroscopySuite();
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void withTheLimitOfLumbarEsisBookedAheadOneMoreIsRefusedAndEligibilityAndAvailabilitySaySo() {
    int limit = clinic.ruleParameter("MEDICARE_DEFAULT", "ESI_FREQUENCY", "maxSessions");
    for (int month = 0; month < limit; month++) {
      book(tfEsi(patient, physician, room, at(weekday(monday.plusMonths(month)), 9, 0)));
    }
    cover();
    LocalDate oneMore = weekday(monday.plusMonths(limit + 1));

    JsonNode answer = eligibility("ESI_TF_LUMB", oneMore, LEFT_L4_L5, null);
    assertThat(answer.path("verdict").asString()).isEqualTo("BLOCKED");
    assertThat(ruleIds(answer.path("findings"))).contains("ESI_FREQUENCY");
    Response refused =
        api.as("physician")
            .post(
                "/api/v1/appointments/procedures",
                tfEsi(patient, physician, room, at(oneMore, 9, 0)));
    assertProblem(refused, 422, "rule-violation");
    assertThat(ruleIds(refused.json().path("findings"))).contains("ESI_FREQUENCY");
    Response slots =
        api.as("frontdesk")
            .get(
                "/api/v1/availability?procedureType=ESI_TF_LUMB&patientId="
                    + patient
                    + "&from="
                    + oneMore
                    + "&to="
                    + oneMore.plusDays(4));
    assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
    assertThat(slots.json().size()).as(slots.toString()).isZero();
  }

  @Test
  void aNewPatientAfterAYearsEsisElsewhereIsTreatedAsSuchFromDayOne() {
    cover();
    LocalDate today = LocalDate.now(ClinicSetup.ZONE);
    int limit = clinic.ruleParameter("MEDICARE_DEFAULT", "ESI_FREQUENCY", "maxSessions");
    List<String> outside = new java.util.ArrayList<>();
    for (int i = 0; i < limit; i++) {
      Map<String, Object> record = new HashMap<>();
      record.put("performedOn", today.minusWeeks(2 + 4L * i).toString());
      record.put("procedureType", "ESI_TF_LUMB");
      record.put(
          "site", Map.of("region", "LUMBAR", "levels", List.of("L4-L5"), "laterality", "LEFT"));
      record.put("reliefPercent", 70);
      record.put("reliefStillLastingOn", today.toString());
      record.put("sourceDocument", "letter from Valley Spine Center");
      Response recorded =
          api.as("nurse").post("/api/v1/patients/" + patient + "/outside-procedures", record);
      assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
      outside.add(recorded.json().path("id").asString());
    }
    LocalDate day = weekday(monday);

    assertThat(ruleIds(eligibility("ESI_TF_LUMB", day, LEFT_L4_L5, null).path("findings")))
        .contains("ESI_FREQUENCY");
    Response inError =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(
                "/api/v1/patients/"
                    + patient
                    + "/outside-procedures/"
                    + outside.getFirst()
                    + "/entered-in-error",
                Map.of("reason", "another patient's letter"));
    assertThat(inError.status()).as(inError.toString()).isEqualTo(200);
    JsonNode afterCorrection = eligibility("ESI_TF_LUMB", day, LEFT_L4_L5, null);
    assertThat(ruleIds(afterCorrection.path("findings")))
        .as(afterCorrection.toString())
        .doesNotContain("ESI_FREQUENCY");
  }

  @Test
  void theFactsOfAnAcceptedReferralCountWithoutNamingItAtBooking() {
    cover();
    LocalDate day = weekday(monday);
    JsonNode unknownOnset = eligibility("ESI_TF_LUMB", day, LEFT_L4_L5, null);
    assertThat(ruleIds(unknownOnset.path("findings"))).contains("ESI_DURATION");

    clinic.acceptedReferral(patient, Map.of("painOnset", day.minusMonths(3).toString()));

    JsonNode known = eligibility("ESI_TF_LUMB", day, LEFT_L4_L5, null);
    assertThat(ruleIds(known.path("findings"))).doesNotContain("ESI_DURATION");
  }

  @Test
  void herpesZosterOnAnAcceptedReferralExemptsTheEsiFromTheDurations() {
    cover();
    LocalDate day = weekday(monday);
    clinic.acceptedReferral(
        patient,
        Map.of(
            "painOnset",
            LocalDate.now(ClinicSetup.ZONE).minusDays(3).toString(),
            "diagnoses",
            List.of(Map.of("code", "B02.29", "description", "Postherpetic neuralgia"))));

    JsonNode answer = eligibility("ESI_TF_LUMB", day, LEFT_L4_L5, null);

    assertThat(ruleIds(answer.path("findings"))).doesNotContain("ESI_DURATION");
  }

  @Test
  void aBlockBookedOnOneSideStartsTheIntervalOnlyOnThatSide() {
    cover();
    clinic.acceptedReferral(patient, Map.of("painOnset", monday.minusMonths(6).toString()));
    LocalDate first = weekday(monday);
    book(mbb(first, "LEFT"));
    LocalDate later = weekday(first.plusDays(3));

    JsonNode sameSide =
        eligibility("MBB_LUMB", later, "&region=LUMBAR&levels=L4-L5&laterality=LEFT", null);
    JsonNode otherSide =
        eligibility("MBB_LUMB", later, "&region=LUMBAR&levels=L4-L5&laterality=RIGHT", null);
    JsonNode before =
        eligibility(
            "MBB_LUMB",
            weekday(first.minusDays(3)),
            "&region=LUMBAR&levels=L4-L5&laterality=LEFT",
            null);

    assertThat(ruleIds(sameSide.path("findings"))).contains("MBB_SECOND_BLOCK_INTERVAL");
    assertThat(ruleIds(otherSide.path("findings"))).doesNotContain("MBB_SECOND_BLOCK_INTERVAL");
    assertThat(ruleIds(before.path("findings"))).contains("MBB_SECOND_BLOCK_INTERVAL");
    assertThat(
            api.as("physician")
                .post("/api/v1/appointments/procedures", mbb(later, "RIGHT"))
                .status())
        .isEqualTo(201);
    assertProblem(
        api.as("physician").post("/api/v1/appointments/procedures", mbb(later, "LEFT")),
        422,
        "rule-violation");
  }

  @Test
  void aClopidogrelHoldNamesTheLastDayThatKeepsItAndBlocksWhenNoneCan() {
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name",
            "Clopidogrel 75 mg",
            "antithromboticClass",
            "CLOPIDOGREL",
            "lastConfirmedOn",
            LocalDate.now(ClinicSetup.ZONE).toString()));
    LocalDate today = monday.minusDays(3); // a Friday
    clock.jumpTo(at(today, 12, 0).toInstant());

    // Wednesday 9:00: seven days back is Wednesday 9:00 of this week, so the last whole day is
    // Tuesday, already past
    LocalDate tooSoon = today.plusDays(5);
    JsonNode blocked = eligibility("ESI_TF_LUMB", tooSoon, LEFT_L4_L5, null);
    assertThat(blocked.path("verdict").asString()).isEqualTo("BLOCKED");
    assertThat(LocalDate.parse(blocked.path("earliestEligibleOn").asString()))
        .isEqualTo(today.plusDays(8));
    var early = tfEsi(patient, physician, room, at(tooSoon, 9, 0));
    early.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("ANTITHROMBOTIC_HOLD"), "reason", "cardiology agrees"));
    assertProblem(
        api.as("physician").post("/api/v1/appointments/procedures", early), 422, "rule-violation");
    Response slots =
        api.as("frontdesk")
            .get(
                "/api/v1/availability?procedureType=ESI_TF_LUMB&patientId="
                    + patient
                    + "&from="
                    + tooSoon
                    + "&to="
                    + today.plusDays(12));
    assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
    assertThat(slots.json().valueStream())
        .as("availability starts on the first day the hold can be kept")
        .isNotEmpty()
        .allSatisfy(
            slot ->
                assertThat(OffsetDateTime.parse(slot.path("start").asString()).toLocalDate())
                    .isAfterOrEqualTo(today.plusDays(8)));

    // ten days ahead at 9:00: the hold begins at 9:00 in three days, so the day before is the last
    LocalDate inTime = today.plusDays(10);
    var booking = tfEsi(patient, physician, room, at(inTime, 9, 0));
    booking.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("ANTITHROMBOTIC_HOLD"), "reason", "cardiology agrees"));
    Response answer = api.as("physician").post("/api/v1/appointments/procedures", booking);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.json().path("holds").get(0).path("lastDoseOn").asString())
        .as("the booking's answer tells the front desk")
        .isEqualTo(inTime.minusDays(8).toString());
    String id = answer.json().path("id").asString();
    assertThat(
            api.as("frontdesk")
                .get("/api/v1/appointments/" + id)
                .json()
                .path("holds")
                .get(0)
                .path("restartFrom")
                .asString())
        .isNotEmpty();
    JsonNode plan = api.as("nurse").get("/api/v1/appointments/" + id + "/rule-check").json();
    assertThat(plan.path("holds").get(0).path("drugClass").asString()).isEqualTo("CLOPIDOGREL");
    assertThat(plan.path("holds").get(0).path("lastDoseOn").asString())
        .isEqualTo(inTime.minusDays(8).toString());

    clock.jumpTo(at(inTime, 7, 0).toInstant());
    JsonNode fromThePlan = eligibility("ESI_TF_LUMB", inTime, LEFT_L4_L5, id);
    JsonNode asIfNew = eligibility("ESI_TF_LUMB", inTime, LEFT_L4_L5, null);
    assertThat(fromThePlan.path("verdict").asString()).isEqualTo("NEEDS_ACKNOWLEDGEMENT");
    assertThat(asIfNew.path("verdict").asString()).isEqualTo("BLOCKED");
  }

  @Test
  void atCheckInTheRulesRunAgainOnTheDaysChartAndADrugStartedSinceBookingRefusesIt() {
    String booked = book(tfEsi(patient, physician, room, at(monday, 9, 0)));
    String other = book(tfEsi(patient, physician, room, at(monday, 14, 0)));
    clock.jumpTo(at(monday, 8, 0).toInstant());
    clinic.checklistDone(other);
    Response checkedIn = clinic.step("nurse", "/api/v1/appointments/" + other, "check-in", null);
    assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
    JsonNode recorded = api.as("nurse").get("/api/v1/appointments/" + other + "/rule-check").json();
    assertThat(recorded.path("atCheckIn").path("checkedAt").isMissingNode()).isFalse();

    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name",
            "Apixaban 5 mg",
            "antithromboticClass",
            "APIXABAN",
            "lastConfirmedOn",
            monday.toString()));
    clinic.checklistDone(booked);
    Response refused = clinic.step("nurse", "/api/v1/appointments/" + booked, "check-in", null);

    assertProblem(refused, 422, "rule-violation");
    assertThat(refused.json().path("findings").valueStream())
        .anySatisfy(
            f -> {
              assertThat(f.path("ruleId").asString()).isEqualTo("ANTITHROMBOTIC_HOLD");
              assertThat(f.path("severity").asString()).isEqualTo("BLOCK");
              assertThat(f.path("message").asString()).contains("can no longer be kept");
            });
    assertThat(
            api.as("nurse").get("/api/v1/appointments/" + booked).json().path("status").asString())
        .isEqualTo("BOOKED");
  }

  private static final String LEFT_L4_L5 = "&region=LUMBAR&levels=L4-L5&laterality=LEFT";

  private Map<String, Object> mbb(LocalDate day, String side) {
    var body = tfEsi(patient, physician, room, at(day, 9, 0));
    body.put("procedureType", "MBB_LUMB");
    body.put("site", Map.of("region", "LUMBAR", "levels", List.of("L4-L5"), "laterality", side));
    return body;
  }

  private String book(Map<String, Object> body) {
    Response booked = api.as("physician").post("/api/v1/appointments/procedures", body);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  private void cover() {
    clinic.addToProfile(
        patient,
        "coverages",
        Map.of("payer", "Medicare", "memberId", "1EG4TE5MK73", "ruleSet", "MEDICARE_DEFAULT"));
  }

  private JsonNode eligibility(String type, LocalDate date, String site, String appointment) {
    Response answer =
        api.as("frontdesk")
            .get(
                "/api/v1/patients/"
                    + patient
                    + "/eligibility?procedureType="
                    + type
                    + "&date="
                    + date
                    + site
                    + (appointment == null ? "" : "&appointmentId=" + appointment));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private static List<String> ruleIds(JsonNode findings) {
    return findings.valueStream().map(f -> f.path("ruleId").asString()).toList();
  }

  /** The day itself when it is a weekday, else the Monday after. */
  private static LocalDate weekday(LocalDate day) {
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day;
  }
}
