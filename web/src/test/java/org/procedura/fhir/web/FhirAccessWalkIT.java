package org.procedura.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.identity.model.Role;
import org.procedura.identity.web.AccessMatrix;
import org.procedura.identity.web.Endpoint;

/**
 * The FHIR rows of the {@link AccessMatrix} against what the server says it serves: every
 * interaction and operation of the CapabilityStatement has its row and every row its interaction,
 * and each row is walked with every role and with no token, expecting exactly what it grants.
 */
class FhirAccessWalkIT extends ApiIntegrationTest {
  private static final Map<Role, String> USERS =
      Map.of(
          Role.FRONT_DESK, "frontdesk",
          Role.NURSE, "nurse",
          Role.PHYSICIAN, "physician",
          Role.ADMIN, "admin");

  @Test
  void everyInteractionTheServerDeclaresHasItsRowAndEveryRowItsInteraction() {
    var capability = FhirClient.anonymous(api).get("metadata").resource(CapabilityStatement.class);
    Set<String> served = new TreeSet<>();
    served.add("GET /fhir/metadata");
    for (var resource : capability.getRestFirstRep().getResource()) {
      String type = resource.getType();
      for (var interaction : resource.getInteraction()) {
        TypeRestfulInteraction code = interaction.getCode();
        switch (code) {
          case READ -> served.add("GET /fhir/" + type + "/{}");
          case SEARCHTYPE -> served.add("GET /fhir/" + type);
          case CREATE -> served.add("POST /fhir/" + type);
          default -> served.add(code.toCode() + " /fhir/" + type);
        }
      }
      for (var operation : resource.getOperation()) {
        served.add("POST /fhir/" + type + "/$" + operation.getName());
      }
    }
    Set<String> declared =
        AccessMatrix.FHIR_ENDPOINTS.stream()
            .map(e -> e.method().name() + " " + e.template())
            .collect(Collectors.toCollection(TreeSet::new));
    declared.removeIf(row -> row.startsWith("GET ") && row.contains("/$"));

    assertThat(declared).isEqualTo(served);
  }

  @TestFactory
  Stream<DynamicTest> eachRoleGetsExactlyWhatTheMatrixGrants() {
    return AccessMatrix.FHIR_ENDPOINTS.stream()
        .map(
            endpoint ->
                DynamicTest.dynamicTest(
                    endpoint.method() + " " + endpoint.path(), () -> walk(endpoint)));
  }

  private void walk(Endpoint endpoint) {
    String path =
        endpoint.path().substring("/fhir/".length()).replace("{id}", UUID.randomUUID().toString());
    String method = endpoint.method().name();
    String body =
        method.equals("GET")
            ? null
            : path.contains("$")
                ? "{\"resourceType\":\"Parameters\"}"
                : "{\"resourceType\":\"ServiceRequest\"}";

    var anonymous = FhirClient.anonymous(api).send(method, path, body, "application/fhir+json");
    if (endpoint.open()) {
      assertThat(anonymous.status()).as("%s with no token: %s", path, anonymous).isNotIn(401, 403);
    } else {
      assertThat(anonymous.status()).as("%s with no token: %s", path, anonymous).isEqualTo(401);
    }
    for (var user : USERS.entrySet()) {
      var answer =
          FhirClient.as(api, user.getValue()).send(method, path, body, "application/fhir+json");
      if (endpoint.allows(user.getKey())) {
        assertThat(answer.status())
            .as("%s as %s: %s", path, user.getKey(), answer)
            .isNotIn(401, 403, 500);
      } else {
        assertThat(answer.status()).as("%s as %s: %s", path, user.getKey(), answer).isEqualTo(403);
      }
    }
  }
}
