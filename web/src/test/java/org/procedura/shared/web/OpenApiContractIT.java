package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract the app serves is the one committed in {@code docs/openapi.json}, so that every
 * change to it shows in review. After an intended change, regenerate the file with {@code ./mvnw
 * verify -Dprocedura.openapi.update=true} and commit it.
 */
class OpenApiContractIT extends ApiIntegrationTest {
  private static final JsonMapper CANONICAL =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  @Test
  void theServedContractIsTheCommittedOne() throws IOException {
    var served = api.as("frontdesk").get("/v3/api-docs");
    assertThat(served.status()).isEqualTo(200);
    String canonical = canonical(served.raw());
    Path committed = Path.of(System.getProperty("procedura.openapi.file", "../docs/openapi.json"));

    if (Boolean.getBoolean("procedura.openapi.update")) {
      Files.writeString(committed, canonical);
    }

    assertThat(committed).as("docs/openapi.json is missing; see this test's comment").exists();
    assertThat(canonical)
        .as("the served OpenAPI contract drifted from docs/openapi.json; see this test's comment")
        .isEqualTo(Files.readString(committed));
  }

  @Test
  void everySchemaReferenceResolves() {
    JsonNode served = CANONICAL.readTree(api.as("frontdesk").get("/v3/api-docs").raw());
    Set<String> defined = new TreeSet<>(served.path("components").path("schemas").propertyNames());
    Set<String> referenced = new TreeSet<>();
    collectReferences(served, referenced);

    assertThat(defined).contains("Problem");
    assertThat(referenced).isNotEmpty();
    assertThat(defined).containsAll(referenced);
    assertThat(
            served
                .path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .propertyNames())
        .contains("errors", "reason", "currentVersion", "currentState", "requestedState");
  }

  private static void collectReferences(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      JsonNode ref = node.path("$ref");
      if (ref.isString()) {
        into.add(ref.asString().substring("#/components/schemas/".length()));
      }
      node.values().forEach(child -> collectReferences(child, into));
    } else if (node.isArray()) {
      node.values().forEach(child -> collectReferences(child, into));
    }
  }

  private static String canonical(String json) {
    Map<?, ?> tree = CANONICAL.readValue(json, Map.class);
    return CANONICAL.writeValueAsString(tree) + "\n";
  }
}
