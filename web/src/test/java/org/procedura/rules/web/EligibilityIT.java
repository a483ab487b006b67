package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.ZONE;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;
import static org.procedura.apitest.ClinicSetup.tfEsi;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * "May this patient have this procedure on this date, and if not, from when?" answered without
 * booking, by the same rules a booking runs; a date it names passes at booking.
 */
class EligibilityIT extends ApiIntegrationTest {
  private static final String TF_ESI_LEFT_L4_L5 = "&region=LUMBAR&levels=L4-L5&laterality=LEFT";

  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void patient() {
    patient = clinic.patient();
    monday = mondayAfterNext();
  }

  @Test
  void aPatientWithoutCoverageOrDrugsToHoldMayBook() {
    Response answer = ask("ESI_TF_LUMB", monday, TF_ESI_LEFT_L4_L5);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("verdict").asString()).isEqualTo("MAY_BOOK");
    assertThat(answer.json().path("findings").size()).isZero();
    assertThat(answer.json().path("ruleSet").isNull()).isTrue();
    assertThat(answer.json().path("earliestEligibleOn").isNull()).isTrue();
  }

  @Test
  void painTooRecentIsBlockedUntilTheDateItHasLastedFourWeeksAndThatDateBooks() {
    cover();
    LocalDate onset = LocalDate.now(ZONE).minusDays(7);
    UUID referral = acceptedReferral(onset);

    Response blocked = ask("ESI_TF_LUMB", monday, TF_ESI_LEFT_L4_L5 + "&referralId=" + referral);

    assertThat(blocked.status()).as(blocked.toString()).isEqualTo(200);
    assertThat(blocked.json().path("verdict").asString()).isEqualTo("BLOCKED");
    assertThat(blocked.json().path("ruleSet").asString()).isEqualTo("MEDICARE_DEFAULT");
    assertThat(blocked.json().path("ruleSetVersion").asInt()).isPositive();
    assertThat(blocked.json().path("findings").get(0).path("ruleId").asString())
        .isEqualTo("ESI_DURATION");
    LocalDate eligible = onset.plusWeeks(4);
    assertThat(blocked.json().path("earliestEligibleOn").asString()).isEqualTo(eligible.toString());

    Response dayBefore =
        ask("ESI_TF_LUMB", eligible.minusDays(1), TF_ESI_LEFT_L4_L5 + "&referralId=" + referral);
    Response onTheDay = ask("ESI_TF_LUMB", eligible, TF_ESI_LEFT_L4_L5 + "&referralId=" + referral);
    assertThat(dayBefore.json().path("verdict").asString()).isEqualTo("BLOCKED");
    assertThat(onTheDay.json().path("verdict").asString()).isEqualTo("MAY_BOOK");

    LocalDate weekday =
        eligible.getDayOfWeek().getValue() > 5
            ? eligible.plusDays(8 - eligible.getDayOfWeek().getValue())
            : eligible;
    UUID physician = clinic.physician("ESI_TF_LUMB");
    UUID room = clinic.fluoroscopySuite();
    var booking = tfEsi(patient, physician, room, at(weekday, 9, 0));
    booking.put("referralId", referral);
    Response booked = api.as("frontdesk").post("/api/v1/appointments/procedures", booking);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
  }

  @Test
  void anAvailabilitySearchForThePatientSkipsTheDaysThePainIsTooRecentFor() {
    cover();
    LocalDate onset = LocalDate.now(ZONE).minusDays(7);
    clinic.addToProfile(
        patient,
        "diagnoses",
        Map.of(
            "code",
            "M54.16",
            "description",
            "Lumbar radiculopathy",
            "laterality",
            "LEFT",
            "onsetDate",
            onset.toString()));
    clinic.physician("ESI_TF_LUMB");
    clinic.fluoroscopySuite();
    String search =
        "/api/v1/availability?procedureType=ESI_TF_LUMB&from="
            + monday
            + "&to="
            + monday.plusDays(20)
            + "&limit=1";

    Response forThePatient = api.as("frontdesk").get(search + "&patientId=" + patient);
    Response forAnyone = api.as("frontdesk").get(search);

    assertThat(forThePatient.status()).as(forThePatient.toString()).isEqualTo(200);
    LocalDate eligible = onset.plusWeeks(4);
    assertThat(
            LocalDate.parse(forThePatient.json().get(0).path("start").asString().substring(0, 10)))
        .isAfterOrEqualTo(eligible);
    assertThat(LocalDate.parse(forAnyone.json().get(0).path("start").asString().substring(0, 10)))
        .isBefore(eligible);
  }

  @Test
  void aRuleThatWaitingCannotMeetNamesNoDate() {
    cover();

    Response answer = ask("RFA_LUMB", monday, TF_ESI_LEFT_L4_L5);

    assertThat(answer.json().path("verdict").asString()).isEqualTo("BLOCKED");
    assertThat(answer.json().path("findings").valueStream().map(f -> f.path("ruleId").asString()))
        .contains("RFA_PREREQUISITE");
    assertThat(answer.json().path("earliestEligibleOn").isNull()).isTrue();
  }

  @Test
  void clopidogrelNeedsAPhysiciansAcknowledgement() {
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

    Response answer = ask("ESI_IL_LUMB", monday, "&region=LUMBAR&levels=L4-L5");

    assertThat(answer.json().path("verdict").asString()).isEqualTo("NEEDS_ACKNOWLEDGEMENT");
    assertThat(answer.json().path("findings").get(0).path("ruleId").asString())
        .isEqualTo("ANTITHROMBOTIC_HOLD");
  }

  @Test
  void kidneyDiseaseOrAgeRaisesTheBleedingRiskSoClopidogrelMustBeStoppedForTriggerPoints() {
    Response created =
        api.as("frontdesk")
            .post(
                "/api/v1/patients",
                Map.of(
                    "givenName",
                    "Young",
                    "familyName",
                    "Patient" + UUID.randomUUID().toString().substring(0, 8),
                    "dateOfBirth",
                    "1990-05-05",
                    "sex",
                    "MALE"));
    UUID young = UUID.fromString(created.json().path("id").asString());
    Map<String, Object> clopidogrel =
        Map.of(
            "name",
            "Clopidogrel 75 mg",
            "antithromboticClass",
            "CLOPIDOGREL",
            "lastConfirmedOn",
            LocalDate.now(ZONE).toString());
    clinic.addToProfile(young, "medications", clopidogrel);
    clinic.addToProfile(patient, "medications", clopidogrel);

    String youngBefore = holdMessage(young);
    String older = holdMessage(patient);
    clinic.addToProfile(
        young,
        "diagnoses",
        Map.of("code", "N18.3", "description", "Chronic kidney disease, stage 3"));
    String youngWithKidneyDisease = holdMessage(young);

    assertThat(youngBefore).contains("shared decision");
    assertThat(older).contains("must be stopped");
    assertThat(youngWithKidneyDisease).contains("must be stopped");
  }

  private String holdMessage(UUID whose) {
    Response answer =
        api.as("frontdesk")
            .get("/api/v1/patients/" + whose + "/eligibility?procedureType=TPI&date=" + monday);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().path("findings").get(0).path("message").asString();
  }

  @Test
  void anScsTrialNeedsAPsychologicalEvaluationOnFile() {
    cover();
    String documents = "/api/v1/patients/" + patient + "/documents";

    List<String> before = ruleIds(ask("SCS_TRIAL", monday, "&region=THORACIC"));
    Response added =
        api.as("frontdesk")
            .post(
                documents,
                Map.of(
                    "kind",
                    "PSYCHOLOGICAL_EVALUATION",
                    "receivedOn",
                    LocalDate.now(ZONE).minusDays(3).toString(),
                    "reference",
                    "PSY-2291"));
    List<String> after = ruleIds(ask("SCS_TRIAL", monday, "&region=THORACIC"));

    assertThat(before).contains("SCS_TRIAL_PSYCHOLOGICAL_EVALUATION");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(after).doesNotContain("SCS_TRIAL_PSYCHOLOGICAL_EVALUATION");
    Response list = api.as("nurse").get(documents);
    assertThat(list.json().get(0).path("reference").asString()).isEqualTo("PSY-2291");
    assertThat(list.json().get(0).path("recordedBy").asString()).isEqualTo("frontdesk");
    assertProblem(
        api.as("frontdesk")
            .post(
                documents,
                Map.of(
                    "kind",
                    "PRIOR_AUTHORIZATION",
                    "receivedOn",
                    LocalDate.now(ZONE).plusDays(1).toString())),
        400,
        "validation");
    assertProblem(
        api.as("frontdesk")
            .post(documents, Map.of("kind", "REFERRAL_LETTER", "receivedOn", "2026-01-01")),
        400,
        "malformed-request");
    assertProblem(
        api.as("frontdesk")
            .post(
                "/api/v1/patients/" + UUID.randomUUID() + "/documents",
                Map.of("kind", "PRIOR_AUTHORIZATION", "receivedOn", "2026-01-01")),
        404,
        "not-found");
    assertThat(api.as("nurse").get(documents).json().size()).isEqualTo(1);
  }

  private static List<String> ruleIds(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer
        .json()
        .path("findings")
        .valueStream()
        .map(f -> f.path("ruleId").asString())
        .toList();
  }

  @Test
  void badQuestionsAreClearProblems() {
    assertProblem(ask("ESI_TF_LUMB", monday, ""), 400, "validation");
    assertProblem(
        ask("ESI_TF_LUMB", LocalDate.now(ZONE).minusDays(1), TF_ESI_LEFT_L4_L5), 400, "validation");
    assertProblem(
        ask("ESI_TF_LUMB", monday, TF_ESI_LEFT_L4_L5 + "&imaging=ULTRASOUND"), 400, "validation");
    assertProblem(ask("NO_SUCH_TYPE", monday, TF_ESI_LEFT_L4_L5), 404, "not-found");
    assertProblem(
        api.as("frontdesk")
            .get(
                "/api/v1/patients/"
                    + UUID.randomUUID()
                    + "/eligibility?procedureType=ESI_TF_LUMB&date="
                    + monday
                    + TF_ESI_LEFT_L4_L5),
        404,
        "not-found");
    UUID someoneElses = acceptedReferralFor(clinic.patient(), LocalDate.now(ZONE).minusMonths(5));
    assertProblem(
        ask("ESI_TF_LUMB", monday, TF_ESI_LEFT_L4_L5 + "&referralId=" + someoneElses),
        400,
        "validation");
    assertProblem(
        api.anonymous()
            .get(
                "/api/v1/patients/"
                    + patient
                    + "/eligibility?procedureType=ESI_TF_LUMB&date="
                    + monday),
        401,
        "unauthenticated");
  }

  private Response ask(String type, LocalDate date, String rest) {
    return api.as("frontdesk")
        .get(
            "/api/v1/patients/"
                + patient
                + "/eligibility?procedureType="
                + type
                + "&date="
                + date
                + rest);
  }

  private void cover() {
    clinic.addToProfile(
        patient,
        "coverages",
        Map.of("payer", "Medicare", "memberId", "1EG4TE5MK73", "ruleSet", "MEDICARE_DEFAULT"));
  }

  private UUID acceptedReferral(LocalDate painOnset) {
    return acceptedReferralFor(patient, painOnset);
  }

  private UUID acceptedReferralFor(UUID whose, LocalDate painOnset) {
    return clinic.acceptedReferral(whose, Map.of("painOnset", painOnset.toString()));
  }
}
