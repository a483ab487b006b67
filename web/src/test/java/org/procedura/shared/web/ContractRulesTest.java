package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules every operation of the committed contract keeps ({@code OpenApiContractIT} proves the
 * served one is the committed one): named ids and tags, a summary, the statuses the security, the
 * advice and the filters answer, Problem Details for every error, and the headers.
 */
class ContractRulesTest {
  private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
  private static JsonNode contract;

  @BeforeAll
  static void readContract() {
    contract = JsonMapper.builder().build().readTree(Path.of("../docs/openapi.json").toFile());
  }

  @Test
  void everyOperationHasAMeaningfulUniqueIdASummaryAndADefinedTag() {
    Set<String> ids = new HashSet<>();
    Set<String> tags = new HashSet<>();
    contract.path("tags").values().forEach(tag -> tags.add(tag.path("name").asString()));

    eachOperation(
        (name, op) -> {
          String id = op.path("operationId").asString();
          assertThat(id).as(name).matches("[a-z][a-zA-Z]+").doesNotMatch(".*_\\d+");
          assertThat(ids.add(id)).as("%s: operationId %s is used twice", name, id).isTrue();
          assertThat(op.path("summary").asString()).as(name).isNotBlank();
          assertThat(op.path("description").asString()).as(name).isNotBlank();
          assertThat(op.path("tags").values()).as(name).hasSize(1);
          assertThat(tags).as(name).contains(op.path("tags").get(0).asString());
          assertThat(op.path("tags").get(0).asString()).as(name).doesNotContain("controller");
        });
  }

  @Test
  void everyOperationDocumentsWhatSecurityAndTheFiltersAnswer() {
    eachOperation(
        (name, op) -> {
          Set<String> statuses = statuses(op);
          assertThat(statuses).as(name).contains("400", "401", "406").doesNotContain("500");
          if (!op.has("security") || !op.path("security").isEmpty()) {
            assertThat(statuses).as(name).contains("403");
          }
          if (op.has("requestBody")) {
            assertThat(statuses).as(name).contains("413", "415");
          }
          if (name.contains("{")) {
            assertThat(statuses).as(name).contains("404");
          }
          boolean secured = !op.has("security") || !op.path("security").isEmpty();
          if (secured && WRITES.contains(name.substring(0, name.indexOf(' ')).toLowerCase())) {
            assertThat(statuses).as(name).contains("409");
          }
          if (takesHeader(op, "If-Match")) {
            assertThat(statuses).as(name).contains("412", "428");
          }
          assertThat(statuses.stream().filter(s -> s.startsWith("2"))).as(name).hasSize(1);
        });
  }

  @Test
  void everyErrorIsProblemDetailsAndEveryAnswerCarriesItsRequestId() {
    var softly = new SoftAssertions();
    eachOperation(
        (name, op) ->
            op.path("responses")
                .properties()
                .forEach(
                    response -> {
                      String where = name + " " + response.getKey();
                      JsonNode answer = response.getValue();
                      softly
                          .assertThat(answer.path("headers").has("X-Request-Id"))
                          .as(where)
                          .isTrue();
                      if (response.getKey().startsWith("4")) {
                        softly
                            .assertThat(answer.path("content").propertyNames())
                            .as(where)
                            .containsExactly("application/problem+json");
                        softly
                            .assertThat(
                                answer
                                    .path("content")
                                    .path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asString())
                            .as(where)
                            .isEqualTo("#/components/schemas/Problem");
                      }
                    }));
    softly.assertAll();
  }

  @Test
  void aCreatedResourceThatCanBeReadAloneAnswersItsLocation() {
    Set<String> readAlone = new HashSet<>();
    eachOperation(
        (name, op) -> {
          if (name.startsWith("GET ")) {
            readAlone.add(schemaOf(op.path("responses").path("200")));
          }
        });
    List<String> created = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          JsonNode answer = op.path("responses").path("201");
          if (!answer.isMissingNode() && readAlone.contains(schemaOf(answer))) {
            created.add(name);
            assertThat(answer.path("headers").propertyNames()).as(name).contains("Location");
          }
        });
    assertThat(created).contains("POST /api/v1/appointments/procedures", "POST /api/v1/patients");
    JsonNode booked =
        contract.at("/paths/~1api~1v1~1appointments~1procedures/post/responses/201/headers");
    assertThat(booked.has("Idempotent-Replayed")).isTrue();
  }

  @Test
  void jsonIsJsonAndEnumsAreNamedSchemas() {
    List<String> inline = new ArrayList<>();
    findInlineEnums(contract.path("paths"), "paths", inline);
    contract
        .path("components")
        .path("schemas")
        .properties()
        .forEach(
            schema ->
                findInlineEnums(schema.getValue().path("properties"), schema.getKey(), inline));

    assertThat(inline).as("inline enums; declare them as named schemas").isEmpty();
    assertThat(contract.toString()).doesNotContain("\"*/*\"");
  }

  private static void findInlineEnums(JsonNode node, String where, List<String> into) {
    if (node.has("enum")) {
      into.add(where);
    }
    node.properties()
        .forEach(child -> findInlineEnums(child.getValue(), where + "/" + child.getKey(), into));
    if (node.isArray()) {
      node.values().forEach(child -> findInlineEnums(child, where + "[]", into));
    }
  }

  private static void eachOperation(BiConsumer<String, JsonNode> check) {
    contract
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            check.accept(
                                op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
  }

  private static Set<String> statuses(JsonNode op) {
    return new HashSet<>(op.path("responses").propertyNames());
  }

  private static boolean takesHeader(JsonNode op, String header) {
    return op.path("parameters").values().stream()
        .anyMatch(
            p ->
                p.path("in").asString().equals("header")
                    && p.path("name").asString().equals(header));
  }

  private static String schemaOf(JsonNode response) {
    return response
        .path("content")
        .path("application/json")
        .path("schema")
        .path("$ref")
        .asString("");
  }
}
