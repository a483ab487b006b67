package org.procedura.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;
import static org.procedura.referral.web.ReferralBodies.newPatient;
import static org.procedura.referral.web.ReferralBodies.primaryCarePhysician;
import static org.procedura.referral.web.ReferralBodies.referralFor;
import static org.procedura.referral.web.ReferralBodies.today;
import static org.procedura.referral.web.ReferralBodies.uniqueFamily;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The definition of done, through the API: intake of a patient on clopidogrel with a
 * contrast allergy, a referral from primary care, a physician's triage and acceptance, the front
 * desk's list to schedule; and three bad requests refused without changing anything.
 */
class IntakeScenarioIT extends ApiIntegrationTest {
  private static final int DAYS_WAITING = 4;

  @Test
  void fromRegistrationToTheListToSchedule() {
    // the front desk registers the patient with coverage, an anticoagulant and a contrast allergy
    Response registered = api.as("frontdesk").post("/api/v1/patients", newPatient(uniqueFamily()));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String patient = registered.json().path("id").asString();
    String profile = "/api/v1/patients/" + patient + "/clinical-profile";
    String version = api.as("frontdesk").get(profile).header("ETag");
    version =
        change(
            version,
            profile + "/coverages",
            Map.of(
                "payer", "Medicare",
                "plan", "Part B",
                "memberId", "1EG4-TE5-MK72",
                "ruleSet", "MEDICARE_DEFAULT"));
    version =
        change(
            version,
            profile + "/medications",
            Map.of(
                "name", "Clopidogrel 75 mg",
                "antithromboticClass", "CLOPIDOGREL",
                "lastConfirmedOn", today().toString()));
    version =
        change(
            version,
            profile + "/allergies",
            Map.of("kind", "IODINATED_CONTRAST", "reaction", "hives"));
    JsonNode intake = api.as("frontdesk").get(profile).json();
    assertThat(intake.path("coverages").get(0).path("ruleSet").asString())
        .isEqualTo("MEDICARE_DEFAULT");
    assertThat(intake.path("medications").get(0).path("antithromboticClass").asString())
        .isEqualTo("CLOPIDOGREL");
    assertThat(intake.path("allergies").get(0).path("kind").asString())
        .isEqualTo("IODINATED_CONTRAST");
    assertThat(version).isEqualTo("\"3\"");

    // and records the referral from the primary-care physician
    Response received =
        api.as("frontdesk").post("/api/v1/referrals", referralFor(patient, DAYS_WAITING));
    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    String referral = received.header("Location");
    assertThat(received.json().path("status").asString()).isEqualTo("RECEIVED");

    // an invalid NPI and a pain onset in the future are refused and record nothing
    long receivedBefore = total("/api/v1/referrals?status=RECEIVED");
    Map<String, Object> mistypedNpi = referralFor(patient, DAYS_WAITING);
    mistypedNpi.put("referringProvider", primaryCarePhysician("1234567839"));
    Response npiRefused = api.as("frontdesk").post("/api/v1/referrals", mistypedNpi);
    assertProblem(npiRefused, 400, "validation");
    assertThat(fieldsIn(npiRefused)).containsExactly("referringProvider.npi");
    Map<String, Object> futureOnset = referralFor(patient, 0);
    futureOnset.put("painOnset", today().plusDays(3).toString());
    Response onsetRefused = api.as("frontdesk").post("/api/v1/referrals", futureOnset);
    assertProblem(onsetRefused, 400, "validation");
    assertThat(fieldsIn(onsetRefused)).containsExactly("painOnset");
    assertThat(total("/api/v1/referrals?status=RECEIVED")).isEqualTo(receivedBefore);

    // the front desk may not decide; a physician triages and accepts
    assertProblem(
        api.as("frontdesk").header("If-Match", "\"0\"").post(referral + "/triage", null),
        403,
        "forbidden");
    Response triaged =
        api.as("physician").header("If-Match", "\"0\"").post(referral + "/triage", null);
    assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
    Response accepted =
        api.as("physician")
            .header("If-Match", triaged.header("ETag"))
            .post(referral + "/accept", Map.of("note", "Candidate for a transforaminal ESI"));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(accepted.json().path("history").get(2).path("by").asString()).isEqualTo("physician");

    // an illegal step is refused, naming both states, and changes nothing
    Response illegal =
        api.as("physician")
            .header("If-Match", accepted.header("ETag"))
            .post(referral + "/triage", null);
    assertProblem(illegal, 409, "illegal-transition");
    assertThat(illegal.json().path("currentState").asString()).isEqualTo("ACCEPTED");
    assertThat(illegal.json().path("requestedState").asString()).isEqualTo("TRIAGED");
    JsonNode after = api.as("frontdesk").get(referral).json();
    assertThat(after.path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(after.path("version").asLong()).isEqualTo(2);
    assertThat(after.path("history")).hasSize(3);

    // the referral waits on the front desk's list, with how long it has waited
    JsonNode row = null;
    for (JsonNode candidate :
        api.as("frontdesk").get("/api/v1/referrals/to-schedule?size=100").json().path("content")) {
      if (referral.endsWith(candidate.path("id").asString())) {
        row = candidate;
      }
    }
    assertThat(row).as("the referral on the list to schedule").isNotNull();
    assertThat(row.path("daysWaiting").asLong()).isEqualTo(DAYS_WAITING);
    assertThat(row.path("patientId").asString()).isEqualTo(patient);
    assertThat(row.path("status").asString()).isEqualTo("ACCEPTED");
    assertThat(row.path("requestedProcedureType").asString()).isEqualTo("ESI_TF_LUMB");
  }

  /** Makes one profile change on the version given and answers the new version. */
  private String change(String version, String path, Map<String, Object> body) {
    Response changed = api.as("frontdesk").header("If-Match", version).post(path, body);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
    return changed.header("ETag");
  }

  private long total(String worklist) {
    return api.as("frontdesk").get(worklist).json().path("totalElements").asLong();
  }
}
