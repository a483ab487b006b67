package org.procedura.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;
import static org.procedura.apitest.Problems.fieldsIn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

class ProcedureTypeApiIT extends ApiIntegrationTest {

  @ParameterizedTest
  @ValueSource(strings = {"frontdesk", "nurse", "physician", "admin"})
  void everySignedInRoleReadsTheWholeSeededCatalog(String user) {
    Response catalog = api.as(user).get("/api/v1/procedure-types");

    assertThat(catalog.status()).isEqualTo(200);
    List<String> codes = catalog.json().valueStream().map(t -> t.path("code").asString()).toList();
    assertThat(codes)
        .contains(
            "ESI_IL_CERV",
            "ESI_IL_LUMB",
            "ESI_TF_CERV",
            "ESI_TF_LUMB",
            "MBB_CERV",
            "MBB_LUMB",
            "FACET_IA",
            "RFA_CERV",
            "RFA_LUMB",
            "SI_JOINT",
            "TPI",
            "SGB",
            "LSB",
            "SCS_TRIAL",
            "SCS_IMPLANT",
            "IT_PUMP",
            "VERTEBROPLASTY",
            "KYPHOPLASTY")
        .isSorted();
  }

  @Test
  void describesEachTypeWithCptImagingSettingDurationAndBleedingRisk() {
    JsonNode rfa = api.as("frontdesk").get("/api/v1/procedure-types/RFA_LUMB").json();

    assertThat(rfa.path("cptCodes").valueStream().map(JsonNode::asString))
        .containsExactly("64635", "64636");
    assertThat(rfa.path("imaging").path("modalities").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("FLUOROSCOPY", "CT");
    assertThat(rfa.path("settings").valueStream().map(JsonNode::asString))
        .containsExactly("AMBULATORY_SURGERY_CENTER");
    assertThat(rfa.path("defaultDurationMinutes").asInt()).isEqualTo(45);
    assertThat(rfa.path("bleedingRisk").asString()).isEqualTo("LOW");
    assertThat(rfa.path("lateralityRequired").asBoolean()).isTrue();
  }

  @Test
  void anAdministratorDefinesAndRevisesAProcedureType() {
    String code = uniqueCode();
    Response defined = api.as("admin").post("/api/v1/procedure-types", definition(code, 25));

    assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
    assertThat(defined.header("Location")).isEqualTo("/api/v1/procedure-types/" + code);
    Response revised =
        api.as("admin")
            .header("If-Match", defined.header("ETag"))
            .put("/api/v1/procedure-types/" + code, definition(code, 35));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.json().path("defaultDurationMinutes").asInt()).isEqualTo(35);
    assertThat(revised.json().path("version").asLong()).isEqualTo(1);
  }

  @Test
  void refusesASecondTypeWithTheSameCode() {
    Response refused = api.as("admin").post("/api/v1/procedure-types", definition("SGB", 20));

    assertProblem(refused, 409, "conflict");
    assertThat(refused.json().path("reason").asString()).isEqualTo("PROCEDURE_TYPE_EXISTS");
  }

  @Test
  void refusesDefinitionsOutsideTheRulesNamingTheField() {
    String code = uniqueCode();
    Map<String, Object> tooLong = definition(code, 481);
    Map<String, Object> badCpt = definition(code, 20);
    badCpt.put("cptCodes", List.of("6448"));
    Map<String, Object> contrastUnguided = definition(code, 20);
    contrastUnguided.put("imaging", Map.of("modalities", List.of(), "contrast", true));

    Response duration = api.as("admin").post("/api/v1/procedure-types", tooLong);
    Response cpt = api.as("admin").post("/api/v1/procedure-types", badCpt);
    Response contrast = api.as("admin").post("/api/v1/procedure-types", contrastUnguided);

    assertProblem(duration, 400, "validation");
    assertThat(fieldsIn(duration)).containsExactly("defaultDurationMinutes");
    assertProblem(cpt, 400, "validation");
    assertThat(fieldsIn(cpt)).containsExactly("cptCodes[0]");
    assertProblem(contrast, 400, "validation");
    assertThat(fieldsIn(contrast)).containsExactly("imaging.contrast");
    assertProblem(api.as("admin").get("/api/v1/procedure-types/" + code), 404, "not-found");
  }

  @Test
  void aRevisionNeedsTheCurrentVersionAndTheSameCode() {
    String code = uniqueCode();
    api.as("admin").post("/api/v1/procedure-types", definition(code, 20));
    String path = "/api/v1/procedure-types/" + code;

    assertProblem(api.as("admin").put(path, definition(code, 30)), 428, "version-required");
    assertProblem(
        api.as("admin").header("If-Match", "\"7\"").put(path, definition(code, 30)),
        412,
        "stale-version");
    assertProblem(
        api.as("admin").header("If-Match", "\"0\"").put(path, definition(code + "_X", 30)),
        400,
        "validation");
    assertThat(api.as("admin").get(path).json().path("defaultDurationMinutes").asInt())
        .isEqualTo(20);
  }

  private static Map<String, Object> definition(String code, int minutes) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Genicular nerve block");
    body.put("category", "SYMPATHETIC_BLOCK");
    body.put("cptCodes", List.of("64454"));
    body.put(
        "imaging", Map.of("modalities", List.of("FLUOROSCOPY", "ULTRASOUND"), "contrast", false));
    body.put("settings", List.of("OFFICE"));
    body.put("operatingRoomRequired", false);
    body.put("defaultDurationMinutes", minutes);
    body.put("sedation", "LOCAL_ONLY");
    body.put("bleedingRisk", "LOW");
    body.put("purpose", "DIAGNOSTIC_OR_THERAPEUTIC");
    body.put("spinalRegionRequired", false);
    body.put("levelsRequired", false);
    body.put("lateralityRequired", true);
    body.put("active", true);
    return body;
  }

  private static String uniqueCode() {
    return "GNB_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }
}
