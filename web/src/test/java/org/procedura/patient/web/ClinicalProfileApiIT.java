package org.procedura.patient.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

class ClinicalProfileApiIT extends ApiIntegrationTest {
  private static final ZoneId CLINIC = ZoneId.of("America/New_York");

  @Test
  void aNewPatientHasAnEmptyProfileAtVersionZero() {
    String patient = registerPatient();

    Response profile = api.as("nurse").get(profilePath(patient));

    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    assertThat(profile.header("ETag")).isEqualTo("\"0\"");
    JsonNode body = profile.json();
    assertThat(body.path("patientId").asString()).isEqualTo(patient);
    assertThat(body.path("coverages")).isEmpty();
    assertThat(body.path("medications")).isEmpty();
    assertThat(body.path("pregnancy").isNull()).isTrue();
    assertThat(body.path("diabetic").isNull()).isTrue();
    assertThat(body.path("version").asLong()).isZero();
  }

  @Test
  void eachAdditionAnswersTheProfileWithTheEntryItsLocationAndANewVersion() {
    String patient = registerPatient();

    Response coverage =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/coverages", medicare());
    Response medication =
        api.as("frontdesk")
            .header("If-Match", coverage.header("ETag"))
            .post(profilePath(patient) + "/medications", clopidogrel(today().minusDays(1)));

    assertThat(coverage.status()).as(coverage.toString()).isEqualTo(201);
    assertThat(coverage.header("ETag")).isEqualTo("\"1\"");
    JsonNode added = coverage.json().path("coverages").get(0);
    assertThat(coverage.header("Location"))
        .isEqualTo(profilePath(patient) + "/coverages/" + added.path("id").asString());
    assertThat(added.path("payer").asString()).isEqualTo("Medicare");
    assertThat(added.path("ruleSet").asString()).isEqualTo("MEDICARE_DEFAULT");
    assertThat(added.path("current").asBoolean()).isTrue();
    assertThat(added.path("recordedBy").asString()).isEqualTo("frontdesk");
    assertThat(added.path("recordedAt").asString()).endsWith("Z");
    assertThat(medication.status()).as(medication.toString()).isEqualTo(201);
    assertThat(medication.header("ETag")).isEqualTo("\"2\"");
    JsonNode drug = medication.json().path("medications").get(0);
    assertThat(drug.path("antithromboticClass").asString()).isEqualTo("CLOPIDOGREL");
    assertThat(drug.path("lastConfirmedOn").asString()).isEqualTo(today().minusDays(1).toString());
    assertThat(api.as("physician").get(profilePath(patient)).json().path("coverages")).hasSize(1);
  }

  @Test
  void derivesPainDurationAndChronicityFromTheOnsetOnTheClinicsToday() {
    String patient = registerPatient();
    LocalDate threeMonthsAgo = today().minusMonths(3);

    Response chronic =
        api.as("physician")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/diagnoses", diagnosis("M54.16", threeMonthsAgo));
    Response recent =
        api.as("physician")
            .header("If-Match", "\"1\"")
            .post(
                profilePath(patient) + "/diagnoses",
                diagnosis("m5450", threeMonthsAgo.plusDays(1)));
    Response noOnset =
        api.as("physician")
            .header("If-Match", "\"2\"")
            .post(profilePath(patient) + "/diagnoses", diagnosis("G89.29", null));

    JsonNode diagnoses = noOnset.json().path("diagnoses");
    assertThat(chronic.status()).as(chronic.toString()).isEqualTo(201);
    assertThat(diagnoses.get(0).path("chronicPain").asBoolean()).isTrue();
    assertThat(diagnoses.get(0).path("painDuration").asString()).isEqualTo("P3M");
    assertThat(diagnoses.get(1).path("code").asString()).isEqualTo("M54.50");
    assertThat(diagnoses.get(1).path("chronicPain").asBoolean()).isFalse();
    assertThat(diagnoses.get(1).path("laterality").asString()).isEqualTo("LEFT");
    assertThat(diagnoses.get(2).path("chronicPain").isNull()).isTrue();
    assertThat(diagnoses.get(2).path("painDuration").isNull()).isTrue();
    assertThat(recent.status()).isEqualTo(201);
  }

  @Test
  void changesAndEndsAnEntryWhichThenStaysAsHistory() {
    String patient = registerPatient();
    Response added =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/allergies", allergy("LATEX", null));
    String entry = added.header("Location");

    Response changed =
        api.as("nurse").header("If-Match", "\"1\"").put(entry, allergy("LATEX", "anaphylaxis"));
    Response ended =
        api.as("nurse")
            .header("If-Match", "\"2\"")
            .post(entry + "/end", Map.of("endedOn", today().minusDays(1).toString()));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().path("allergies").get(0).path("reaction").asString())
        .isEqualTo("anaphylaxis");
    assertThat(changed.json().path("allergies").get(0).path("changedBy").asString())
        .isEqualTo("nurse");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.header("ETag")).isEqualTo("\"3\"");
    JsonNode history = ended.json().path("allergies").get(0);
    assertThat(history.path("current").asBoolean()).isFalse();
    assertThat(history.path("endedOn").asString()).isEqualTo(today().minusDays(1).toString());
    assertThat(history.path("endedBy").asString()).isEqualTo("nurse");
    assertThat(history.path("reaction").asString()).isEqualTo("anaphylaxis");
  }

  @Test
  void changesADiagnosisAndEndsItNoEarlierThanItsOnset() {
    String patient = registerPatient();
    LocalDate onset = today().minusMonths(1);
    String entry =
        api.as("physician")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/diagnoses", diagnosis("M54.16", onset))
            .header("Location");
    Map<String, Object> bilateral = diagnosis("M54.17", onset.minusMonths(3));
    bilateral.put("laterality", "BILATERAL");

    Response changed = api.as("physician").header("If-Match", "\"1\"").put(entry, bilateral);
    Response beforeOnset =
        api.as("physician")
            .header("If-Match", "\"2\"")
            .post(entry + "/end", Map.of("endedOn", onset.minusMonths(3).minusDays(1).toString()));
    Response resolved =
        api.as("physician")
            .header("If-Match", "\"2\"")
            .post(entry + "/end", Map.of("endedOn", today().toString()));

    JsonNode diagnosis = changed.json().path("diagnoses").get(0);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(diagnosis.path("code").asString()).isEqualTo("M54.17");
    assertThat(diagnosis.path("laterality").asString()).isEqualTo("BILATERAL");
    assertThat(diagnosis.path("chronicPain").asBoolean()).isTrue();
    assertProblem(beforeOnset, 400, "validation");
    assertThat(fieldsIn(beforeOnset)).containsExactly("endedOn");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(resolved.json().path("diagnoses").get(0).path("current").asBoolean()).isFalse();
  }

  @Test
  void endsAnEntryTodayWhenNoDayIsGiven() {
    String patient = registerPatient();
    String entry =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/medications", clopidogrel(today()))
            .header("Location");

    Response ended = api.as("frontdesk").header("If-Match", "\"1\"").post(entry + "/end", null);

    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.json().path("medications").get(0).path("endedOn").asString())
        .isEqualTo(today().toString());
  }

  @Test
  void anEndedEntryCannotBeEndedOrChangedAgain() {
    String patient = registerPatient();
    String entry =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/coverages", medicare())
            .header("Location");
    api.as("frontdesk").header("If-Match", "\"1\"").post(entry + "/end", Map.of());

    Response endedAgain =
        api.as("frontdesk").header("If-Match", "\"2\"").post(entry + "/end", null);
    Response changed = api.as("frontdesk").header("If-Match", "\"2\"").put(entry, medicare());

    assertProblem(endedAgain, 409, "conflict");
    assertThat(endedAgain.json().path("reason").asString()).isEqualTo("ALREADY_ENDED");
    assertProblem(changed, 409, "conflict");
    assertThat(version(patient)).isEqualTo(2);
  }

  @Test
  void refusesInvalidEntriesNamingTheFieldAndChangesNothing() {
    String patient = registerPatient();
    String base = profilePath(patient);
    Map<String, Object> unknownClass = clopidogrel(today());
    unknownClass.put("antithromboticClass", "RAT_POISON");
    Map<String, Object> futureConfirmation = clopidogrel(today().plusDays(1));
    Map<String, Object> lowerCaseRuleSet = medicare();
    lowerCaseRuleSet.put("ruleSet", "medicare_default");

    Response badClass =
        api.as("frontdesk").header("If-Match", "\"0\"").post(base + "/medications", unknownClass);
    Response futureConfirmed =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(base + "/medications", futureConfirmation);
    Response badCode =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(base + "/diagnoses", diagnosis("54.16M", today().minusDays(3)));
    Response futureOnset =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(base + "/diagnoses", diagnosis("M54.16", today().plusDays(1)));
    Response otherWithoutSubstance =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(base + "/allergies", allergy("OTHER", null));
    Response badRuleSet =
        api.as("frontdesk").header("If-Match", "\"0\"").post(base + "/coverages", lowerCaseRuleSet);

    assertProblem(badClass, 400, "malformed-request");
    assertThat(fieldsIn(badClass)).containsExactly("antithromboticClass");
    assertProblem(futureConfirmed, 400, "validation");
    assertThat(fieldsIn(futureConfirmed)).containsExactly("lastConfirmedOn");
    assertProblem(badCode, 400, "validation");
    assertThat(fieldsIn(badCode)).containsExactly("code");
    assertProblem(futureOnset, 400, "validation");
    assertThat(fieldsIn(futureOnset)).containsExactly("onsetDate");
    assertProblem(otherWithoutSubstance, 400, "validation");
    assertThat(fieldsIn(otherWithoutSubstance)).containsExactly("substance");
    assertProblem(badRuleSet, 400, "validation");
    assertThat(fieldsIn(badRuleSet)).containsExactly("ruleSet");
    assertThat(version(patient)).isZero();
    assertThat(api.as("frontdesk").get(base).json().path("medications")).isEmpty();
  }

  @Test
  void refusesAnEndInTheFuture() {
    String patient = registerPatient();
    String entry =
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/medications", clopidogrel(today()))
            .header("Location");

    Response refused =
        api.as("frontdesk")
            .header("If-Match", "\"1\"")
            .post(entry + "/end", Map.of("endedOn", today().plusDays(1).toString()));

    assertProblem(refused, 400, "validation");
    assertThat(fieldsIn(refused)).containsExactly("endedOn");
    assertThat(version(patient)).isEqualTo(1);
  }

  @Test
  void everyChangeNeedsTheVersionReadAndAStaleOneIsRefused() {
    String patient = registerPatient();
    api.as("frontdesk")
        .header("If-Match", "\"0\"")
        .post(profilePath(patient) + "/coverages", medicare());

    Response missing =
        api.as("nurse").post(profilePath(patient) + "/allergies", allergy("LATEX", null));
    Response stale =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .post(profilePath(patient) + "/allergies", allergy("LATEX", null));
    Response staleFlag =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .put(profilePath(patient) + "/diabetes", Map.of("diabetic", true));

    assertProblem(missing, 428, "version-required");
    assertProblem(stale, 412, "stale-version");
    assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
    assertProblem(staleFlag, 412, "stale-version");
    assertThat(api.as("nurse").get(profilePath(patient)).json().path("allergies")).isEmpty();
  }

  @Test
  void recordsThePregnancyCheckAndTheDiabeticFlag() {
    String patient = registerPatient();

    Response pregnancy =
        api.as("nurse")
            .header("If-Match", "\"0\"")
            .put(
                profilePath(patient) + "/pregnancy",
                Map.of("status", "NOT_PREGNANT", "checkedOn", today().toString()));
    Response diabetes =
        api.as("nurse")
            .header("If-Match", "\"1\"")
            .put(profilePath(patient) + "/diabetes", Map.of("diabetic", true));
    Response future =
        api.as("nurse")
            .header("If-Match", "\"2\"")
            .put(
                profilePath(patient) + "/pregnancy",
                Map.of("status", "PREGNANT", "checkedOn", today().plusDays(1).toString()));

    assertThat(pregnancy.status()).as(pregnancy.toString()).isEqualTo(200);
    assertThat(diabetes.json().path("pregnancy").path("status").asString())
        .isEqualTo("NOT_PREGNANT");
    assertThat(diabetes.json().path("pregnancy").path("checkedOn").asString())
        .isEqualTo(today().toString());
    assertThat(diabetes.json().path("diabetic").asBoolean()).isTrue();
    assertThat(diabetes.header("ETag")).isEqualTo("\"2\"");
    assertProblem(future, 400, "validation");
    assertThat(fieldsIn(future)).containsExactly("checkedOn");
    assertProblem(
        api.as("nurse")
            .header("If-Match", "\"2\"")
            .put(profilePath(patient) + "/diabetes", Map.of()),
        400,
        "validation");
  }

  @Test
  void answersAnUnknownPatientOrEntryWith404AndAMalformedIdWith400() {
    String patient = registerPatient();
    String unknownEntry = profilePath(patient) + "/medications/" + UUID.randomUUID();

    assertProblem(
        api.as("frontdesk").get(profilePath(UUID.randomUUID().toString())), 404, "not-found");
    assertProblem(
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .post(profilePath(UUID.randomUUID().toString()) + "/coverages", medicare()),
        404,
        "not-found");
    assertProblem(
        api.as("frontdesk").header("If-Match", "\"0\"").put(unknownEntry, clopidogrel(today())),
        404,
        "not-found");
    assertProblem(
        api.as("frontdesk").header("If-Match", "\"0\"").post(unknownEntry + "/end", null),
        404,
        "not-found");
    assertProblem(
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .put(profilePath(patient) + "/medications/42", clopidogrel(today())),
        400,
        "validation");
  }

  private long version(String patient) {
    return api.as("frontdesk").get(profilePath(patient)).json().path("version").asLong();
  }

  private String registerPatient() {
    Response registered =
        api.as("frontdesk")
            .post(
                "/api/v1/patients",
                Map.of(
                    "givenName", "Profile",
                    "familyName", "Fam" + UUID.randomUUID().toString().substring(0, 8),
                    "dateOfBirth", "1959-09-09",
                    "sex", "FEMALE"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().path("id").asString();
  }

  static String profilePath(String patientId) {
    return "/api/v1/patients/" + patientId + "/clinical-profile";
  }

  static LocalDate today() {
    return LocalDate.now(CLINIC);
  }

  static Map<String, Object> medicare() {
    Map<String, Object> body = new HashMap<>();
    body.put("payer", "Medicare");
    body.put("plan", "Part B");
    body.put("memberId", "1EG4-TE5-MK72");
    body.put("ruleSet", "MEDICARE_DEFAULT");
    return body;
  }

  static Map<String, Object> clopidogrel(LocalDate lastConfirmedOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Clopidogrel 75 mg");
    body.put("antithromboticClass", "CLOPIDOGREL");
    body.put("lastConfirmedOn", lastConfirmedOn.toString());
    return body;
  }

  static Map<String, Object> allergy(String kind, String reaction) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("reaction", reaction);
    return body;
  }

  private static Map<String, Object> diagnosis(String code, LocalDate onset) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("description", "Radiculopathy, lumbar region");
    body.put("laterality", "LEFT");
    body.put("onsetDate", onset == null ? null : onset.toString());
    return body;
  }
}
