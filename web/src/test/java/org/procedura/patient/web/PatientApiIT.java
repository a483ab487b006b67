package org.procedura.patient.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.api.patient.AdministrativeSex;
import org.procedura.api.patient.Contact;
import org.procedura.api.patient.PatientResponse;
import org.procedura.api.patient.PatientsApi;
import org.procedura.api.patient.RegisterPatientRequest;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

class PatientApiIT extends ApiIntegrationTest {

  @Test
  void frontDeskRegistersFindsAndCorrectsAPatient() {
    String family = uniqueFamily();
    Response registered = api.as("frontdesk").post("/api/v1/patients", patient("Ada", family));

    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String id = registered.json().path("id").asString();
    assertThat(registered.header("Location")).isEqualTo("/api/v1/patients/" + id);
    assertThat(registered.header("ETag")).isEqualTo("\"0\"");
    assertThat(registered.json().path("mrn").asString()).matches("P[0-9]{9}");

    Response found = api.as("nurse").get("/api/v1/patients?name=" + family.substring(2, 9));
    assertThat(found.json().path("totalElements").asInt()).isEqualTo(1);
    assertThat(found.json().path("content").get(0).path("id").asString()).isEqualTo(id);

    Map<String, Object> corrected = patient("Ada", family + "-King");
    corrected.remove("mrn");
    Response updated =
        api.as("physician").header("If-Match", "\"0\"").put("/api/v1/patients/" + id, corrected);
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    assertThat(
            api.as("frontdesk").get("/api/v1/patients/" + id).json().path("familyName").asString())
        .isEqualTo(family + "-King");
  }

  @Test
  void findsAPatientByDateOfBirthAndByMrn() {
    String mrn = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> body = patient("Grace", uniqueFamily());
    body.put("mrn", mrn.toLowerCase());
    body.put("dateOfBirth", "1931-07-09");
    api.as("frontdesk").post("/api/v1/patients", body);

    Response byMrn = api.as("frontdesk").get("/api/v1/patients?mrn=" + mrn.toLowerCase());
    Response byBirthAndMrn =
        api.as("frontdesk").get("/api/v1/patients?dateOfBirth=1931-07-09&mrn=" + mrn);

    assertThat(byMrn.json().path("content").get(0).path("mrn").asString()).isEqualTo(mrn);
    assertThat(byBirthAndMrn.json().path("totalElements").asInt()).isEqualTo(1);
  }

  @Test
  void flagsASecondPatientWithTheSameNameAndBirthDateAsAPossibleDuplicate() {
    String family = uniqueFamily();
    Response first = api.as("frontdesk").post("/api/v1/patients", patient("Alan", family));
    Response second =
        api.as("frontdesk").post("/api/v1/patients", patient("ALAN", family.toLowerCase()));

    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().path("possibleDuplicates")).hasSize(1);
    assertThat(second.json().path("possibleDuplicates").get(0).path("id").asString())
        .isEqualTo(first.json().path("id").asString());
    Response firstAgain =
        api.as("frontdesk").get("/api/v1/patients/" + first.json().path("id").asString());
    assertThat(firstAgain.json().path("possibleDuplicates")).hasSize(1);
  }

  @Test
  void refusesAnMrnInUseAndStoresNothing() {
    String mrn = "D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> first = patient("Barbara", uniqueFamily());
    first.put("mrn", mrn);
    api.as("frontdesk").post("/api/v1/patients", first);
    String family = uniqueFamily();
    Map<String, Object> second = patient("Other", family);
    second.put("mrn", mrn);

    Response refused = api.as("frontdesk").post("/api/v1/patients", second);

    assertProblem(refused, 409, "conflict");
    assertThat(refused.json().path("reason").asString()).isEqualTo("MRN_IN_USE");
    assertThat(countWithName(family)).isZero();
  }

  @Test
  void refusesInvalidDemographicsNamingEachFieldAndStoresNothing() {
    String family = uniqueFamily();
    Map<String, Object> body = patient("", family);
    body.put("mrn", "x");
    body.put("contact", Map.of("email", "not-an-email", "phone", "call me"));

    Response refused = api.as("frontdesk").post("/api/v1/patients", body);

    assertProblem(refused, 400, "validation");
    assertThat(fieldsIn(refused))
        .containsExactlyInAnyOrder("givenName", "mrn", "contact.email", "contact.phone");
    assertThat(countWithName(family)).isZero();
  }

  @Test
  void refusesABirthDateInTheFuture() {
    String family = uniqueFamily();
    Map<String, Object> body = patient("Future", family);
    body.put("dateOfBirth", LocalDate.now(ClinicSetup.ZONE).plusDays(2).toString());

    Response refused = api.as("frontdesk").post("/api/v1/patients", body);

    assertProblem(refused, 400, "validation");
    assertThat(fieldsIn(refused)).containsExactly("dateOfBirth");
    assertThat(countWithName(family)).isZero();
  }

  @Test
  void answersMalformedJsonAndWrongTypesWith400() {
    Response malformed = api.as("frontdesk").post("/api/v1/patients", "{\"givenName\": ");
    Map<String, Object> wrongSex = patient("Sam", uniqueFamily());
    wrongSex.put("sex", "ROBOT");
    Response wrongEnum = api.as("frontdesk").post("/api/v1/patients", wrongSex);
    Map<String, Object> wrongDate = patient("Sam", uniqueFamily());
    wrongDate.put("dateOfBirth", "31/12/1990");
    Response badDate = api.as("frontdesk").post("/api/v1/patients", wrongDate);

    assertProblem(malformed, 400, "malformed-request");
    assertProblem(wrongEnum, 400, "malformed-request");
    assertThat(fieldsIn(wrongEnum)).containsExactly("sex");
    assertProblem(badDate, 400, "malformed-request");
    assertThat(fieldsIn(badDate)).containsExactly("dateOfBirth");
  }

  @Test
  void refusesAStaleCorrectionWith412AndKeepsTheFirstOne() {
    String family = uniqueFamily();
    String id =
        api.as("frontdesk")
            .post("/api/v1/patients", patient("Edsger", family))
            .json()
            .path("id")
            .asString();
    Map<String, Object> first = patient("Edsger", family + "-First");
    Map<String, Object> second = patient("Edsger", family + "-Second");

    Response won =
        api.as("frontdesk").header("If-Match", "\"0\"").put("/api/v1/patients/" + id, first);
    Response lost =
        api.as("nurse").header("If-Match", "\"0\"").put("/api/v1/patients/" + id, second);

    assertThat(won.status()).isEqualTo(200);
    assertProblem(lost, 412, "stale-version");
    assertThat(lost.json().path("currentVersion").asLong()).isEqualTo(1);
    assertThat(
            api.as("frontdesk").get("/api/v1/patients/" + id).json().path("familyName").asString())
        .isEqualTo(family + "-First");
  }

  @Test
  void requiresTheVersionReadToCorrectAPatient() {
    String id =
        api.as("frontdesk")
            .post("/api/v1/patients", patient("Ken", uniqueFamily()))
            .json()
            .path("id")
            .asString();

    Response missing =
        api.as("frontdesk").put("/api/v1/patients/" + id, patient("Ken", "Thompson"));
    Response garbled =
        api.as("frontdesk")
            .header("If-Match", "soon")
            .put("/api/v1/patients/" + id, patient("Ken", "T"));

    assertProblem(missing, 428, "version-required");
    assertProblem(garbled, 400, "validation");
    assertThat(fieldsIn(garbled)).containsExactly("If-Match");
  }

  @Test
  void answersUnknownPatientWith404AndMalformedIdWith400() {
    assertProblem(
        api.as("frontdesk").get("/api/v1/patients/" + UUID.randomUUID()), 404, "not-found");
    assertProblem(api.as("frontdesk").get("/api/v1/patients/42"), 400, "validation");
    assertProblem(
        api.as("frontdesk")
            .header("If-Match", "\"0\"")
            .put("/api/v1/patients/" + UUID.randomUUID(), patient("No", "Body")),
        404,
        "not-found");
  }

  @Test
  void deniesAMethodTheAccessMatrixDoesNotDeclare() {
    // the matrix declares method and path together, so an undeclared method never reaches MVC
    Response refused =
        api.as("frontdesk").send("DELETE", "/api/v1/patients/" + UUID.randomUUID(), null);

    assertProblem(refused, 403, "forbidden");
  }

  @Test
  void searchNeedsACriterionAndAPageOfAtMostOneHundred() {
    assertProblem(api.as("frontdesk").get("/api/v1/patients"), 400, "validation");
    assertProblem(api.as("frontdesk").get("/api/v1/patients?name=a"), 400, "validation");
    assertProblem(api.as("frontdesk").get("/api/v1/patients?name=ab&size=101"), 400, "validation");
    assertProblem(api.as("frontdesk").get("/api/v1/patients?name=ab&page=-1"), 400, "validation");
    assertProblem(
        api.as("frontdesk").get("/api/v1/patients?dateOfBirth=yesterday"), 400, "validation");
    assertThat(api.as("frontdesk").get("/api/v1/patients?name=ab&size=100").status())
        .isEqualTo(200);
  }

  @Test
  void theTypedClientOfTheApiModuleTalksToTheServer() {
    String token = tokenOf("frontdesk");
    RestClient rest =
        RestClient.builder()
            .baseUrl(api.baseUrl())
            .defaultHeader("Authorization", "Bearer " + token)
            .build();
    PatientsApi client =
        HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
            .build()
            .createClient(PatientsApi.class);
    String family = uniqueFamily();

    var created =
        client.register(
            new RegisterPatientRequest(
                null,
                "Typed",
                family,
                LocalDate.of(1980, 1, 2),
                AdministrativeSex.OTHER,
                new Contact(null, "typed@example.org", null, null, null)));
    PatientResponse fetched = client.get(created.getBody().id()).getBody();

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(fetched.familyName()).isEqualTo(family);
    assertThat(fetched.contact().email()).isEqualTo("typed@example.org");
    assertThat(client.search(family, null, null, 0, 10).totalElements()).isEqualTo(1);
  }

  private String tokenOf(String username) {
    return api.signIn(username, username + "-demo").json().path("accessToken").asString();
  }

  private long countWithName(String family) {
    return api.as("frontdesk")
        .get("/api/v1/patients?name=" + family)
        .json()
        .path("totalElements")
        .asLong();
  }

  private static Map<String, Object> patient(String given, String family) {
    Map<String, Object> body = new HashMap<>();
    body.put("givenName", given);
    body.put("familyName", family);
    body.put("dateOfBirth", "1962-05-17");
    body.put("sex", AdministrativeSex.FEMALE.name());
    body.put("contact", Map.of("phone", "+1 555 0100"));
    return body;
  }

  private static String uniqueFamily() {
    return "Fam" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
