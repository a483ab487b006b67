package org.procedura.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;
import static org.procedura.referral.web.ReferralBodies.newPatient;
import static org.procedura.referral.web.ReferralBodies.primaryCarePhysician;
import static org.procedura.referral.web.ReferralBodies.referralFor;
import static org.procedura.referral.web.ReferralBodies.referralForNewPatient;
import static org.procedura.referral.web.ReferralBodies.today;
import static org.procedura.referral.web.ReferralBodies.uniqueFamily;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

class ReferralApiIT extends ApiIntegrationTest {

  @Test
  void recordsAReferralWithWhoRecordedItAndDerivesThePainDuration() {
    String patient = registerPatient(uniqueFamily());

    Response received = api.as("nurse").post("/api/v1/referrals", referralFor(patient, 2));

    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    JsonNode referral = received.json();
    String id = referral.path("id").asString();
    assertThat(received.header("Location")).isEqualTo("/api/v1/referrals/" + id);
    assertThat(received.header("ETag")).isEqualTo("\"0\"");
    assertThat(referral.path("patientId").asString()).isEqualTo(patient);
    assertThat(referral.path("status").asString()).isEqualTo("RECEIVED");
    assertThat(referral.path("referringProvider").path("npi").asString()).isEqualTo("1234567893");
    assertThat(referral.path("diagnoses").get(0).path("code").asString()).isEqualTo("M54.16");
    assertThat(referral.path("conservativeCare").path("physicalTherapyWeeks").asInt()).isEqualTo(6);
    assertThat(referral.path("requestedProcedureType").asString()).isEqualTo("ESI_TF_LUMB");
    assertThat(referral.path("painDuration").asString()).isEqualTo("P5M");
    assertThat(referral.path("chronicPain").asBoolean()).isTrue();
    JsonNode receipt = referral.path("history").get(0);
    assertThat(receipt.path("from").isNull()).isTrue();
    assertThat(receipt.path("to").asString()).isEqualTo("RECEIVED");
    assertThat(receipt.path("by").asString()).isEqualTo("nurse");
    assertThat(api.as("frontdesk").get("/api/v1/referrals/" + id).json().path("reason").asString())
        .startsWith("Low back pain");
  }

  @Test
  void recordsAReferralForANewPatientInOneRequest() {
    String family = uniqueFamily();

    Response received =
        api.as("frontdesk").post("/api/v1/referrals", referralForNewPatient(family, 0));

    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    String patient = received.json().path("patientId").asString();
    Response registered = api.as("frontdesk").get("/api/v1/patients/" + patient);
    assertThat(registered.json().path("familyName").asString()).isEqualTo(family);
    assertThat(
            api.as("frontdesk").get("/api/v1/patients/" + patient + "/clinical-profile").status())
        .isEqualTo(200);
  }

  @Test
  void aRefusedReferralForANewPatientLeavesNoPatientBehind() {
    String unknownType = uniqueFamily();
    Map<String, Object> notInCatalog = referralForNewPatient(unknownType, 0);
    notInCatalog.put("requestedProcedureType", "NOT_IN_CATALOG");
    String futureOnset = uniqueFamily();
    Map<String, Object> painInTheFuture = referralForNewPatient(futureOnset, 0);
    painInTheFuture.put("painOnset", today().plusDays(1).toString());

    Response refusedType = api.as("frontdesk").post("/api/v1/referrals", notInCatalog);
    Response refusedOnset = api.as("frontdesk").post("/api/v1/referrals", painInTheFuture);

    // both are refused after the patient was registered in the same transaction
    assertProblem(refusedType, 400, "validation");
    assertThat(fieldsIn(refusedType)).containsExactly("requestedProcedureType");
    assertProblem(refusedOnset, 400, "validation");
    assertThat(fieldsIn(refusedOnset)).containsExactly("painOnset");
    assertThat(patientsNamed(unknownType)).isZero();
    assertThat(patientsNamed(futureOnset)).isZero();
  }

  @Test
  void namesTheFieldsOfAnInvalidNewPatientWithinNewPatient() {
    String family = uniqueFamily();
    Map<String, Object> body = referralForNewPatient(family, 0);
    Map<String, Object> unborn = newPatient(family);
    unborn.put("dateOfBirth", today().plusDays(1).toString());
    body.put("newPatient", unborn);
    Map<String, Object> blankName = referralForNewPatient(family, 0);
    Map<String, Object> nameless = newPatient(family);
    nameless.put("givenName", " ");
    blankName.put("newPatient", nameless);

    Response refusedBirth = api.as("frontdesk").post("/api/v1/referrals", body);
    Response refusedName = api.as("frontdesk").post("/api/v1/referrals", blankName);

    assertProblem(refusedBirth, 400, "validation");
    assertThat(fieldsIn(refusedBirth)).containsExactly("newPatient.dateOfBirth");
    assertProblem(refusedName, 400, "validation");
    assertThat(fieldsIn(refusedName)).containsExactly("newPatient.givenName");
    assertThat(patientsNamed(family)).isZero();
  }

  @Test
  void needsEitherARegisteredPatientOrANewOne() {
    String patient = registerPatient(uniqueFamily());
    Map<String, Object> both = referralForNewPatient(uniqueFamily(), 0);
    both.put("patientId", patient);
    Map<String, Object> neither = referralFor(patient, 0);
    neither.remove("patientId");

    assertProblem(api.as("frontdesk").post("/api/v1/referrals", both), 400, "validation");
    assertThat(fieldsIn(api.as("frontdesk").post("/api/v1/referrals", neither)))
        .containsExactly("patientId");
    Response unknown =
        api.as("frontdesk").post("/api/v1/referrals", referralFor(UUID.randomUUID().toString(), 0));
    assertProblem(unknown, 400, "validation");
    assertThat(fieldsIn(unknown)).containsExactly("patientId");
  }

  @Test
  void refusesInvalidReferralsNamingEachField() {
    String patient = registerPatient(uniqueFamily());
    Map<String, Object> badNpi = referralFor(patient, 0);
    badNpi.put("referringProvider", primaryCarePhysician("1234567890"));
    Map<String, Object> shortNpi = referralFor(patient, 0);
    shortNpi.put("referringProvider", primaryCarePhysician("12345"));
    Map<String, Object> badCode = referralFor(patient, 0);
    badCode.put("diagnoses", List.of(Map.of("code", "M5")));
    Map<String, Object> futureReceipt = referralFor(patient, -1);
    futureReceipt.put("painOnset", null);
    Map<String, Object> onsetAfterReceipt = referralFor(patient, 5);
    onsetAfterReceipt.put("painOnset", today().minusDays(1).toString());
    Map<String, Object> unknownUrgency = referralFor(patient, 0);
    unknownUrgency.put("urgency", "YESTERDAY");
    Map<String, Object> badType = referralFor(patient, 0);
    badType.put("requestedProcedureType", "esi");
    Map<String, Object> tooMuchTherapy = referralFor(patient, 0);
    tooMuchTherapy.put("conservativeCare", Map.of("physicalTherapyWeeks", 521));
    Map<String, Object> missing = new java.util.HashMap<>(Map.of("patientId", patient));

    assertRefused(badNpi, "validation", "referringProvider.npi");
    assertRefused(shortNpi, "validation", "referringProvider.npi");
    assertRefused(badCode, "validation", "diagnoses[0].code");
    assertRefused(futureReceipt, "validation", "receivedOn");
    assertRefused(onsetAfterReceipt, "validation", "painOnset");
    assertRefused(unknownUrgency, "malformed-request", "urgency");
    assertRefused(badType, "validation", "requestedProcedureType");
    assertRefused(tooMuchTherapy, "validation", "conservativeCare.physicalTherapyWeeks");
    Response empty = api.as("frontdesk").post("/api/v1/referrals", missing);
    assertProblem(empty, 400, "validation");
    assertThat(fieldsIn(empty))
        .containsExactlyInAnyOrder("reason", "receivedOn", "referringProvider", "urgency");
    assertThat(referralsOf(patient)).isEmpty();
  }

  @Test
  void aPhysicianTriagesAcceptsOrDeclinesAndEachStepKeepsWhoAndWhen() {
    String patient = registerPatient(uniqueFamily());
    String accepted = receive(patient, 3);
    String declined = receive(patient, 3);

    Response triaged = step("physician", accepted, "triage", "\"0\"", Map.of("note", "MRI seen"));
    Response acceptedStep = step("physician", accepted, "accept", "\"1\"", null);
    step("physician", declined, "triage", "\"0\"", null);
    Response declinedStep =
        step("physician", declined, "decline", "\"1\"", Map.of("reason", "Needs surgical consult"));

    assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
    assertThat(triaged.header("ETag")).isEqualTo("\"1\"");
    assertThat(acceptedStep.json().path("status").asString()).isEqualTo("ACCEPTED");
    JsonNode history = acceptedStep.json().path("history");
    assertThat(history).hasSize(3);
    assertThat(history.get(1).path("note").asString()).isEqualTo("MRI seen");
    assertThat(history.get(2).path("from").asString()).isEqualTo("TRIAGED");
    assertThat(history.get(2).path("by").asString()).isEqualTo("physician");
    assertThat(history.get(2).path("at").asString()).endsWith("Z");
    assertThat(declinedStep.json().path("status").asString()).isEqualTo("DECLINED");
    assertThat(declinedStep.json().path("declineReason").asString())
        .isEqualTo("Needs surgical consult");
  }

  @Test
  void aDeclineNeedsAReason() {
    String referral = receive(registerPatient(uniqueFamily()), 0);
    step("physician", referral, "triage", "\"0\"", null);

    Response refused = step("physician", referral, "decline", "\"1\"", Map.of("reason", " "));

    assertProblem(refused, 400, "validation");
    assertThat(fieldsIn(refused)).containsExactly("reason");
    assertThat(get(referral).path("status").asString()).isEqualTo("TRIAGED");
  }

  @Test
  void anIllegalStepIsA409NamingBothStatesAndChangesNothing() {
    String referral = receive(registerPatient(uniqueFamily()), 0);

    Response accept = step("physician", referral, "accept", "\"0\"", null);
    Response close = step("frontdesk", referral, "close", "\"0\"", Map.of("reason", "Withdrawn"));

    assertProblem(accept, 409, "illegal-transition");
    assertThat(accept.json().path("currentState").asString()).isEqualTo("RECEIVED");
    assertThat(accept.json().path("requestedState").asString()).isEqualTo("ACCEPTED");
    assertProblem(close, 409, "illegal-transition");
    assertThat(close.json().path("requestedState").asString()).isEqualTo("CLOSED");
    JsonNode unchanged = get(referral);
    assertThat(unchanged.path("status").asString()).isEqualTo("RECEIVED");
    assertThat(unchanged.path("version").asLong()).isZero();
    assertThat(unchanged.path("history")).hasSize(1);
  }

  @Test
  void theFrontDeskClosesADeclinedOrAnAcceptedReferral() {
    String patient = registerPatient(uniqueFamily());
    String declined = receive(patient, 0);
    step("physician", declined, "triage", "\"0\"", null);
    step("physician", declined, "decline", "\"1\"", Map.of("reason", "Not a candidate"));
    String withdrawn = receive(patient, 0);
    step("physician", withdrawn, "triage", "\"0\"", null);
    step("physician", withdrawn, "accept", "\"1\"", null);

    Response closedDeclined =
        step("frontdesk", declined, "close", "\"2\"", Map.of("reason", "Referrer informed"));
    Response closedWithdrawn =
        step("frontdesk", withdrawn, "close", "\"2\"", Map.of("reason", "Patient withdrew"));

    assertThat(closedDeclined.json().path("status").asString()).isEqualTo("CLOSED");
    assertThat(closedWithdrawn.json().path("status").asString()).isEqualTo("CLOSED");
    assertThat(closedWithdrawn.json().path("history").get(3).path("note").asString())
        .isEqualTo("Patient withdrew");
    assertProblem(
        step("frontdesk", declined, "close", "\"3\"", Map.of("reason", "again")),
        409,
        "illegal-transition");
  }

  @Test
  void eachStepNeedsTheVersionReadAndAStaleOneIsRefused() {
    String referral = receive(registerPatient(uniqueFamily()), 0);
    step("physician", referral, "triage", "\"0\"", null);

    Response missing = step("physician", referral, "accept", null, null);
    Response stale = step("physician", referral, "accept", "\"0\"", null);

    assertProblem(missing, 428, "version-required");
    assertProblem(stale, 412, "stale-version");
    assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
    assertThat(get(referral).path("status").asString()).isEqualTo("TRIAGED");
  }

  @Test
  void listsReferralsInAStatusLongestWaitingFirstWithTheDaysWaitedAndPages() {
    String patient = registerPatient(uniqueFamily());
    // received before anything else any test records, so these lead the RECEIVED list
    String newer = receive(patient, 4000);
    String older = receive(patient, 4002);
    String oldest = receive(patient, 4003);

    Response first = api.as("frontdesk").get("/api/v1/referrals?status=RECEIVED&size=2");
    Response second = api.as("frontdesk").get("/api/v1/referrals?status=RECEIVED&size=2&page=1");

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    JsonNode rows = first.json().path("content");
    assertThat(List.of(rows.get(0).path("id").asString(), rows.get(1).path("id").asString()))
        .containsExactly(oldest, older);
    assertThat(rows.get(0).path("daysWaiting").asLong()).isEqualTo(4003);
    assertThat(rows.get(0).path("patientId").asString()).isEqualTo(patient);
    assertThat(rows.get(0).path("mrn").asString()).isNotBlank();
    assertThat(rows.get(0).path("familyName").asString()).startsWith("Ref");
    assertThat(rows.get(0).path("urgency").asString()).isEqualTo("ROUTINE");
    assertThat(rows.get(0).path("referringProvider").asString()).isEqualTo("Dr. Jane Family");
    assertThat(second.json().path("content").get(0).path("id").asString()).isEqualTo(newer);
    assertThat(first.json().path("totalElements").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theListToScheduleHoldsTheAcceptedReferralsOnly() {
    String patient = registerPatient(uniqueFamily());
    String accepted = receive(patient, 1);
    step("physician", accepted, "triage", "\"0\"", null);
    step("physician", accepted, "accept", "\"1\"", null);
    String received = receive(patient, 1);

    List<String> toSchedule =
        ids(api.as("frontdesk").get("/api/v1/referrals/to-schedule?size=100"));

    assertThat(toSchedule).contains(accepted).doesNotContain(received);
  }

  @Test
  void worklistsNeedAKnownStatusAndAPageOfAtMostOneHundred() {
    assertProblem(api.as("frontdesk").get("/api/v1/referrals"), 400, "malformed-request");
    assertProblem(api.as("frontdesk").get("/api/v1/referrals?status=LOST"), 400, "validation");
    assertProblem(
        api.as("frontdesk").get("/api/v1/referrals?status=RECEIVED&size=101"), 400, "validation");
    assertProblem(
        api.as("frontdesk").get("/api/v1/referrals/to-schedule?page=-1"), 400, "validation");
  }

  @Test
  void answersAnUnknownReferralWith404AndAMalformedIdWith400() {
    String unknown = "/api/v1/referrals/" + UUID.randomUUID();

    assertProblem(api.as("frontdesk").get(unknown), 404, "not-found");
    assertProblem(
        api.as("physician").header("If-Match", "\"0\"").post(unknown + "/triage", null),
        404,
        "not-found");
    assertProblem(api.as("frontdesk").get("/api/v1/referrals/42"), 400, "validation");
  }

  private void assertRefused(Map<String, Object> body, String type, String field) {
    Response refused = api.as("frontdesk").post("/api/v1/referrals", body);
    assertProblem(refused, 400, type);
    assertThat(fieldsIn(refused)).as(refused.toString()).containsExactly(field);
  }

  private Response step(String user, String referral, String step, String ifMatch, Object body) {
    var caller = api.as(user);
    if (ifMatch != null) {
      caller.header("If-Match", ifMatch);
    }
    return caller.post("/api/v1/referrals/" + referral + "/" + step, body);
  }

  private String receive(String patient, int daysAgo) {
    Map<String, Object> body = referralFor(patient, daysAgo);
    body.put("painOnset", null);
    Response received = api.as("frontdesk").post("/api/v1/referrals", body);
    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    return received.json().path("id").asString();
  }

  private JsonNode get(String referral) {
    return api.as("frontdesk").get("/api/v1/referrals/" + referral).json();
  }

  private List<String> referralsOf(String patient) {
    List<String> found = new ArrayList<>();
    for (JsonNode row :
        api.as("frontdesk")
            .get("/api/v1/referrals?status=RECEIVED&size=100")
            .json()
            .path("content")) {
      if (row.path("patientId").asString().equals(patient)) {
        found.add(row.path("id").asString());
      }
    }
    return found;
  }

  private static List<String> ids(Response page) {
    List<String> ids = new ArrayList<>();
    page.json().path("content").forEach(row -> ids.add(row.path("id").asString()));
    return ids;
  }

  private long patientsNamed(String family) {
    return api.as("frontdesk")
        .get("/api/v1/patients?name=" + family)
        .json()
        .path("totalElements")
        .asLong();
  }

  private String registerPatient(String family) {
    Response registered = api.as("frontdesk").post("/api/v1/patients", newPatient(family));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().path("id").asString();
  }
}
