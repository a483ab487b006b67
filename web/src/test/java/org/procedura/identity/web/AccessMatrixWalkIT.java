package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.identity.model.Role;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the served OpenAPI document with every role and with no token, and
 * expects exactly what the {@link AccessMatrix} declares: a role it allows gets past security (any
 * answer but 401 and 403), any other gets 403, no token gets 401 unless the endpoint is open. An
 * operation the matrix does not list fails the walk, and so does a row no operation answers to.
 */
class AccessMatrixWalkIT extends ApiIntegrationTest {

  @Test
  void everyOperationOfTheContractHasItsRowAndEveryRowItsOperation() {
    Set<String> served = operations();

    assertThat(uncovered(served)).as("operations missing from AccessMatrix").isEmpty();
    assertThat(stale(served)).as("AccessMatrix rows for no operation").isEmpty();
  }

  @Test
  void anOperationMissingFromTheMatrixIsReported() {
    Set<String> served = new TreeSet<>(operations());
    served.add("DELETE /api/v1/patients/{}");

    assertThat(uncovered(served)).containsExactly("DELETE /api/v1/patients/{}");
  }

  @TestFactory
  Stream<DynamicTest> eachRoleGetsExactlyWhatTheMatrixGrants() {
    return operations().stream()
        .map(
            operation ->
                DynamicTest.dynamicTest(
                    operation, () -> walk(operation.split(" ", 2)[0], operation)));
  }

  private void walk(String method, String operation) {
    String template = operation.split(" ", 2)[1];
    Endpoint endpoint =
        AccessMatrix.ENDPOINTS.stream()
            .filter(e -> e.method().name().equals(method) && e.template().equals(template))
            .findFirst()
            .orElseThrow(() -> new AssertionError(operation + " is not in AccessMatrix"));
    String path = template.replace("{}", UUID.randomUUID().toString());
    String body = method.equals("GET") ? null : "{}";

    var anonymous = api.anonymous().send(method, path, body);
    if (endpoint.open()) {
      assertThat(anonymous.status())
          .as("%s with no token: %s", operation, anonymous)
          .isNotIn(401, 403);
    } else {
      assertThat(anonymous.status())
          .as("%s with no token: %s", operation, anonymous)
          .isEqualTo(401);
    }
    for (var role :
        Map.of(
                Role.FRONT_DESK,
                "frontdesk",
                Role.NURSE,
                "nurse",
                Role.PHYSICIAN,
                "physician",
                Role.ADMIN,
                "admin")
            .entrySet()) {
      Api.Response response = api.as(role.getValue()).send(method, path, body);
      if (endpoint.allows(role.getKey())) {
        assertThat(response.status())
            .as("%s as %s: %s", operation, role.getKey(), response)
            .isNotIn(401, 403);
      } else {
        assertThat(response.status())
            .as("%s as %s: %s", operation, role.getKey(), response)
            .isEqualTo(403);
      }
    }
  }

  private Set<String> operations() {
    JsonNode paths = api.as("admin").get("/v3/api-docs").json().path("paths");
    Set<String> operations = new TreeSet<>();
    for (String path : paths.propertyNames()) {
      for (String method : paths.path(path).propertyNames()) {
        if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
          operations.add(method.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "{}"));
        }
      }
    }
    return operations;
  }

  private static List<String> uncovered(Set<String> served) {
    Set<String> declared = declared();
    return served.stream().filter(operation -> !declared.contains(operation)).toList();
  }

  private static List<String> stale(Set<String> served) {
    return new ArrayList<>(declared().stream().filter(row -> !served.contains(row)).toList());
  }

  private static Set<String> declared() {
    Set<String> declared = new TreeSet<>();
    AccessMatrix.ENDPOINTS.forEach(e -> declared.add(e.method().name() + " " + e.template()));
    return declared;
  }
}
