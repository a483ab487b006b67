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
  void statesWhereEachTypeMayBeDone() {
    JsonNode tf = api.as("frontdesk").get("/api/v1/procedure-types/ESI_TF_LUMB").json();
    JsonNode il = api.as("frontdesk").get("/api/v1/procedure-types/ESI_IL_CERV").json();
    JsonNode sgb = api.as("frontdesk").get("/api/v1/procedure-types/SGB").json();

    assertThat(tf.path("spinalRegions").valueStream().map(JsonNode::asString))
        .containsExactly("LUMBAR", "SACRAL");
    assertThat(tf.path("levelForm").asString()).isEqualTo("SEGMENT");
    assertThat(tf.path("minLevels").asInt()).isEqualTo(1);
    assertThat(tf.path("maxLevels").asInt()).isEqualTo(4);
    assertThat(tf.path("lateralityAllowed").asBoolean()).isTrue();
    assertThat(il.path("spinalRegions").valueStream().map(JsonNode::asString))
        .containsExactly("CERVICAL", "THORACIC");
    assertThat(il.path("lateralityAllowed").asBoolean()).isFalse();
    assertThat(sgb.path("spinalRegions").isEmpty()).isTrue();
    assertThat(sgb.path("levelForm").isNull()).isTrue();
    assertThat(sgb.path("lateralityRequired").asBoolean()).isTrue();
  }

  @Test
  void anAdministratorStatesWhereANewTypeMayBeDone() {
    String code = uniqueCode();
    Map<String, Object> sacroplasty = definition(code, 60);
    sacroplasty.put("spinalRegions", List.of("SACRAL", "LUMBAR"));
    sacroplasty.put("levelForm", "VERTEBRA");
    sacroplasty.put("minLevels", 1);
    sacroplasty.put("maxLevels", 2);
    sacroplasty.put("lateralityRequired", false);
    sacroplasty.put("lateralityAllowed", false);

    Response defined = api.as("admin").post("/api/v1/procedure-types", sacroplasty);
    JsonNode read = api.as("frontdesk").get("/api/v1/procedure-types/" + code).json();

    assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
    assertThat(read.path("spinalRegions").valueStream().map(JsonNode::asString))
        .containsExactly("LUMBAR", "SACRAL");
    assertThat(read.path("levelForm").asString()).isEqualTo("VERTEBRA");
    assertThat(read.path("maxLevels").asInt()).isEqualTo(2);
    assertThat(read.path("lateralityAllowed").asBoolean()).isFalse();
  }

  @Test
  void refusesWhereATypeCannotBeDoneNamingTheField() {
    String code = uniqueCode();
    Map<String, Object> levelsOutsideTheSpine = definition(code, 20);
    levelsOutsideTheSpine.put("levelForm", "SEGMENT");
    levelsOutsideTheSpine.put("minLevels", 1);
    levelsOutsideTheSpine.put("maxLevels", 2);
    Map<String, Object> sideNeededNotAllowed = definition(code, 20);
    sideNeededNotAllowed.put("lateralityAllowed", false);
    Map<String, Object> tooManyLevels = definition(code, 20);
    tooManyLevels.put("spinalRegions", List.of("LUMBAR"));
    tooManyLevels.put("levelForm", "SEGMENT");
    tooManyLevels.put("minLevels", 1);
    tooManyLevels.put("maxLevels", 7);

    Response levels = api.as("admin").post("/api/v1/procedure-types", levelsOutsideTheSpine);
    Response side = api.as("admin").post("/api/v1/procedure-types", sideNeededNotAllowed);
    Response most = api.as("admin").post("/api/v1/procedure-types", tooManyLevels);

    assertProblem(levels, 400, "validation");
    assertThat(fieldsIn(levels)).containsExactly("levelForm");
    assertProblem(side, 400, "validation");
    assertThat(fieldsIn(side)).containsExactly("lateralityAllowed");
    assertProblem(most, 400, "validation");
    assertThat(fieldsIn(most)).containsExactly("maxLevels");
    assertProblem(api.as("admin").get("/api/v1/procedure-types/" + code), 404, "not-found");
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
    body.put("spinalRegions", List.of());
    body.put("minLevels", 0);
    body.put("maxLevels", 0);
    body.put("lateralityRequired", true);
    body.put("lateralityAllowed", true);
    body.put("active", true);
    return body;
  }

  private static String uniqueCode() {
    return "GNB_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }
}
