package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.ZONE;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;

/**
 * The payer rules of the default set for a second facet block, a repeat RFA, sacroiliac joint
 * injections by purpose, vertebral augmentation and prior authorization in a hospital outpatient
 * room, through the API on the real database. Procedures done before the patient's coverage was
 * recorded count as history without being held to the rules themselves.
 */
class PayerRulesIT extends ApiIntegrationTest {
  private static final Map<String, Object> RIGHT_L4_L5 =
      Map.of("region", "LUMBAR", "levels", List.of("L4-L5"), "laterality", "RIGHT");
  private static final String RIGHT_L4_L5_QUERY = "&region=LUMBAR&levels=L4-L5&laterality=RIGHT";

  private UUID physician;
  private UUID room;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void clinic() {
    physician =
        clinic.physician(
            "MBB_LUMB", "RFA_LUMB", "SI_JOINT", "ESI_TF_LUMB", "KYPHOPLASTY", "SCS_TRIAL");
    room = room("AMBULATORY_SURGERY_CENTER");
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void aSecondMedialBranchBlockAfterAFirstOfLessThanEightyPercentIsBlocked() {
    String first = book(procedure("MBB_LUMB", at(monday, 9, 0), RIGHT_L4_L5, null));
    complete(first, monday);
    relief(first, monday, 3); // 8 to 3: 62.5 %
    cover();
    LocalDate twoWeeksOn = monday.plusWeeks(2);

    List<String> findings = findingsOf("MBB_LUMB", twoWeeksOn, RIGHT_L4_L5_QUERY);
    Response second =
        api.as("physician")
            .post(
                "/api/v1/appointments/procedures",
                procedure("MBB_LUMB", at(twoWeeksOn, 9, 0), RIGHT_L4_L5, null));

    assertThat(findings).contains("FACET_SECOND_BLOCK_RELIEF");
    assertBlockedBy(second, "FACET_SECOND_BLOCK_RELIEF");
  }

  @Test
  void anRfaMoreThanTwoYearsAfterTheLastOneNeedsTheBlocksRepeated() {
    signInEveryone();
    LocalDate longAgo = monday.minusWeeks(113);
    for (int week : List.of(0, 2)) {
      LocalDate day = longAgo.plusWeeks(week);
      clock.jumpTo(at(day, 7, 0).toInstant());
      String block = book(procedure("MBB_LUMB", at(day, 9, 0), RIGHT_L4_L5, null));
      complete(block, day);
      relief(block, day, 1); // 8 to 1: 87.5 %
    }
    LocalDate lastRfa = longAgo.plusWeeks(3);
    clock.jumpTo(at(lastRfa, 7, 0).toInstant());
    complete(book(procedure("RFA_LUMB", at(lastRfa, 9, 0), RIGHT_L4_L5, null)), lastRfa);
    clock.reset();
    cover();

    List<String> findings = findingsOf("RFA_LUMB", monday, RIGHT_L4_L5_QUERY);
    Response rfa =
        api.as("physician")
            .post(
                "/api/v1/appointments/procedures",
                procedure("RFA_LUMB", at(monday, 9, 0), RIGHT_L4_L5, null));

    assertThat(lastRfa.plusYears(2)).isBefore(monday);
    assertThat(findings).contains("RFA_REPEAT_BLOCKS").doesNotContain("RFA_PREREQUISITE");
    assertBlockedBy(rfa, "RFA_REPEAT_BLOCKS");
  }

  @Test
  void sacroiliacJointInjectionsAreBookedForAPurposeAndCountedByIt() {
    Map<String, Object> left = Map.of("laterality", "LEFT");
    Response noPurpose =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                procedure("SI_JOINT", at(monday, 9, 0), left, null));
    Response diagnosticEsi =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                procedure(
                    "ESI_TF_LUMB",
                    at(monday, 9, 0),
                    Map.of("region", "LUMBAR", "levels", List.of("L4-L5"), "laterality", "LEFT"),
                    "DIAGNOSTIC"));
    assertProblem(noPurpose, 400, "validation");
    assertThat(fieldsIn(noPurpose)).containsExactly("purpose");
    assertProblem(diagnosticEsi, 400, "validation");
    assertThat(fieldsIn(diagnosticEsi)).containsExactly("purpose");
    assertThat(upcoming()).isZero();

    Response first =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                procedure("SI_JOINT", at(monday, 9, 0), left, "DIAGNOSTIC"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().path("purpose").asString()).isEqualTo("DIAGNOSTIC");
    String diagnostic = first.json().path("id").asString();
    LocalDate weekOne = monday.plusWeeks(1);
    String therapeutic = book(procedure("SI_JOINT", at(weekOne, 9, 0), left, "THERAPEUTIC"));
    LocalDate weekTwo = monday.plusWeeks(2);
    String secondDiagnostic = book(procedure("SI_JOINT", at(weekTwo, 9, 0), left, "DIAGNOSTIC"));
    cover();
    // the rules run again at each check-in, durations included
    clinic.acceptedReferral(
        patient, Map.of("painOnset", LocalDate.now(ZONE).minusMonths(6).toString()));
    LocalDate weekFour = monday.plusWeeks(4);
    Response unsaid =
        api.as("frontdesk")
            .get(
                "/api/v1/patients/"
                    + patient
                    + "/eligibility?procedureType=SI_JOINT&laterality=LEFT&date="
                    + weekFour);
    assertProblem(unsaid, 400, "validation");
    assertThat(fieldsIn(unsaid)).containsExactly("purpose");

    complete(diagnostic, monday);
    assertThat(findingsOf("SI_JOINT", weekFour, "&laterality=LEFT&purpose=THERAPEUTIC"))
        .as("a diagnostic block without its relief recorded")
        .contains("SI_DIAGNOSTIC_BLOCK_RELIEF");
    relief(diagnostic, monday, 2); // 8 to 2: exactly 75 %
    assertThat(findingsOf("SI_JOINT", weekFour, "&laterality=LEFT&purpose=THERAPEUTIC"))
        .as("after a diagnostic block of 75 %")
        .doesNotContain("SI_DIAGNOSTIC_BLOCK_RELIEF", "SI_FREQUENCY");
    complete(therapeutic, weekOne);
    assertThat(findingsOf("SI_JOINT", weekFour, "&laterality=LEFT&purpose=DIAGNOSTIC"))
        .as("a third diagnostic, the one booked for week two counted already")
        .contains("SI_DIAGNOSTIC_FREQUENCY");
    assertThat(
            findingsOf(
                "SI_JOINT",
                weekFour,
                "&laterality=LEFT&purpose=DIAGNOSTIC&appointmentId=" + secondDiagnostic))
        .as("the second diagnostic moved to week four, the therapeutic one not counted")
        .doesNotContain("SI_DIAGNOSTIC_FREQUENCY");
    complete(secondDiagnostic, weekTwo);
    assertThat(findingsOf("SI_JOINT", weekFour, "&laterality=LEFT&purpose=DIAGNOSTIC"))
        .as("the third diagnostic in twelve months")
        .contains("SI_DIAGNOSTIC_FREQUENCY");
    assertBlockedBy(
        api.as("physician")
            .post(
                "/api/v1/appointments/procedures",
                procedure("SI_JOINT", at(weekFour, 9, 0), left, "DIAGNOSTIC")),
        "SI_DIAGNOSTIC_FREQUENCY");
  }

  @Test
  void vertebralAugmentationIsForARecentFractureInT1ToL5WithPainOfFiveAndNotInPregnancy() {
    String esi = book(procedure("ESI_TF_LUMB", at(monday, 9, 0), null, null));
    complete(esi, monday); // its checklist records the baseline pain score, NRS 8
    clock.reset();
    LocalDate day = monday.plusWeeks(1);
    fracture(patient, day.minusWeeks(12).plusDays(1));
    cover();

    List<String> elevenWeeksSixDays = findingsOf("KYPHOPLASTY", day, "&region=THORACIC&levels=T12");
    List<String> twelveWeeks =
        findingsOf("KYPHOPLASTY", day.plusDays(1), "&region=THORACIC&levels=T12");
    Response atS1 =
        api.as("frontdesk")
            .get(
                "/api/v1/patients/"
                    + patient
                    + "/eligibility?procedureType=KYPHOPLASTY&region=SACRAL&levels=S1&date="
                    + day);
    var fourLevels = new HashMap<String, Object>();
    fourLevels.put("region", "THORACIC");
    fourLevels.put("levels", List.of("T9", "T10", "T11", "T12"));
    var booking = procedure("KYPHOPLASTY", at(day, 9, 0), fourLevels, null);
    Response warned = api.as("physician").post("/api/v1/appointments/procedures", booking);
    booking.put(
        "acknowledgement",
        Map.of("ruleIds", List.of("VA_LEVEL_COUNT"), "reason", "four adjacent fresh fractures"));
    Response acknowledged = api.as("physician").post("/api/v1/appointments/procedures", booking);

    assertThat(elevenWeeksSixDays).noneMatch(rule -> rule.startsWith("VA_"));
    assertThat(twelveWeeks).contains("VA_FRACTURE_AGE");
    // the catalog already keeps augmentation to T1-L5; VA_LEVELS stays for a catalog widened later
    assertProblem(atS1, 400, "validation");
    assertThat(fieldsIn(atS1)).containsExactly("site.region");
    assertProblem(warned, 422, "rule-violation");
    assertThat(warned.json().path("findings").valueStream())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path("ruleId").asString()).isEqualTo("VA_LEVEL_COUNT");
              assertThat(f.path("severity").asString()).isEqualTo("WARN");
            });
    assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(201);

    UUID unscored = clinic.patient();
    fracture(unscored, LocalDate.now(ZONE).minusWeeks(1));
    cover(unscored);
    assertThat(findingsOf(unscored, "KYPHOPLASTY", day, "&region=THORACIC&levels=T12"))
        .containsExactly("VA_PAIN_SCORE");
    String profile = "/api/v1/patients/" + unscored + "/clinical-profile";
    Response pregnant =
        api.as("nurse")
            .header("If-Match", api.as("nurse").get(profile).header("ETag"))
            .put(
                profile + "/pregnancy",
                Map.of("status", "PREGNANT", "checkedOn", LocalDate.now(ZONE).toString()));
    assertThat(pregnant.status()).as(pregnant.toString()).isEqualTo(200);
    assertThat(findingsOf(unscored, "KYPHOPLASTY", day, "&region=THORACIC&levels=T12"))
        .contains("VA_PREGNANCY");
  }

  @Test
  void anScsTrialInAHospitalOutpatientRoomNeedsAPriorAuthorizationAndInAnAscRoomNot() {
    UUID hospital = room("HOSPITAL_OUTPATIENT");
    cover();
    document("PSYCHOLOGICAL_EVALUATION");
    Map<String, Object> thoracic = Map.of("region", "THORACIC");

    Response inHospital =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures", scsTrial(hospital, at(monday, 9, 0), thoracic));
    List<String> askedForHospital =
        findingsOf("SCS_TRIAL", monday, "&region=THORACIC&setting=HOSPITAL_OUTPATIENT");
    List<String> askedForTheClinic = findingsOf("SCS_TRIAL", monday, "&region=THORACIC");
    Response inAsc =
        api.as("frontdesk")
            .post("/api/v1/appointments/procedures", scsTrial(room, at(monday, 9, 0), thoracic));
    Response approved =
        api.as("frontdesk")
            .post(
                "/api/v1/patients/" + patient + "/prior-authorizations",
                Map.of(
                    "status",
                    "APPROVED",
                    "number",
                    "NGS-20931",
                    "terms",
                    Map.of(
                        "payer",
                        "Medicare (NGS)",
                        "cptCodes",
                        List.of("63650"),
                        "region",
                        "THORACIC",
                        "validFrom",
                        LocalDate.now(ZONE).toString(),
                        "validTo",
                        monday.plusDays(30).toString(),
                        "visitsApproved",
                        1)));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
    Response authorized =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                scsTrial(hospital, at(monday.plusDays(1), 9, 0), thoracic));

    assertBlockedBy(inHospital, "PRIOR_AUTHORIZATION_HOSPITAL");
    assertThat(askedForHospital).containsExactly("PRIOR_AUTHORIZATION_HOSPITAL");
    assertThat(askedForTheClinic).isEmpty();
    assertThat(inAsc.status()).as(inAsc.toString()).isEqualTo(201);
    assertThat(authorized.status()).as(authorized.toString()).isEqualTo(201);
    assertThat(
            api.as("frontdesk")
                .get("/api/v1/rooms/" + hospital)
                .json()
                .path("careSetting")
                .asString())
        .isEqualTo("HOSPITAL_OUTPATIENT");
  }

  private Map<String, Object> scsTrial(UUID where, ZonedDateTime start, Object site) {
    var body = procedure("SCS_TRIAL", start, site, null);
    body.put("roomId", where);
    return body;
  }

  /** A fluoroscopy suite in the given care setting, open on weekdays. */
  private UUID room(String careSetting) {
    UUID id =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            careSetting,
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    assertThat(api.as("admin").get("/api/v1/rooms/" + id).json().path("careSetting").asString())
        .isEqualTo(careSetting);
    return id;
  }

  private Map<String, Object> procedure(
      String type, ZonedDateTime start, Object site, String purpose) {
    var body = tfEsi(patient, physician, room, start);
    body.put("procedureType", type);
    if (site != null) {
      body.put("site", site);
    }
    if (purpose != null) {
      body.put("purpose", purpose);
    }
    return body;
  }

  private String book(Map<String, Object> body) {
    Response booked = api.as("frontdesk").post("/api/v1/appointments/procedures", body);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  private void complete(String appointment, LocalDate day) {
    clock.jumpTo(at(day, 8, 30).toInstant());
    clinic.complete(appointment);
  }

  /**
   * The block's pain diary half an hour after, against the baseline its checklist recorded ({@link
   * ClinicSetup#BASELINE_NRS}): the relief that follows.
   */
  private void relief(String appointment, LocalDate day, int after) {
    String procedure = "/api/v1/procedures/" + appointment;
    clock.jumpTo(at(day, 11, 0).toInstant());
    Response diary =
        api.as("nurse").post(procedure + "/pain-diary", Map.of("minutesAfter", 30, "nrs", after));
    assertThat(diary.status()).as(diary.toString()).isIn(200, 201);
  }

  private void fracture(UUID whose, LocalDate onset) {
    clinic.addToProfile(
        whose,
        "diagnoses",
        Map.of(
            "code",
            "M80.08XA",
            "description",
            "Osteoporotic vertebral fracture",
            "onsetDate",
            onset.toString()));
  }

  private void document(String kind) {
    Response added =
        api.as("frontdesk")
            .post(
                "/api/v1/patients/" + patient + "/documents",
                Map.of("kind", kind, "receivedOn", LocalDate.now(ZONE).toString()));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
  }

  /** Tokens are checked against the real time, so they are issued before the clock goes back. */
  private void signInEveryone() {
    for (String user : List.of("frontdesk", "nurse", "physician", "admin")) {
      api.as(user);
    }
  }

  private void cover() {
    cover(patient);
  }

  private void cover(UUID whose) {
    clinic.addToProfile(
        whose,
        "coverages",
        Map.of("payer", "Medicare", "memberId", "1EG4TE5MK73", "ruleSet", "MEDICARE_DEFAULT"));
  }

  private List<String> findingsOf(String type, LocalDate date, String query) {
    return findingsOf(patient, type, date, query);
  }

  private List<String> findingsOf(UUID whose, String type, LocalDate date, String query) {
    Response answer =
        api.as("frontdesk")
            .get(
                "/api/v1/patients/"
                    + whose
                    + "/eligibility?procedureType="
                    + type
                    + "&date="
                    + date
                    + query);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer
        .json()
        .path("findings")
        .valueStream()
        .map(f -> f.path("ruleId").asString())
        .toList();
  }

  private static void assertBlockedBy(Response refused, String rule) {
    assertProblem(refused, 422, "rule-violation");
    assertThat(refused.json().path("findings").valueStream())
        .anySatisfy(
            f -> {
              assertThat(f.path("ruleId").asString()).isEqualTo(rule);
              assertThat(f.path("severity").asString()).isEqualTo("BLOCK");
            });
  }

  private int upcoming() {
    return api.as("frontdesk")
        .get("/api/v1/patients/" + patient + "/appointments")
        .json()
        .path("totalElements")
        .asInt();
  }
}
