package org.procedura.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * An administrator lowers the ESI frequency limit by one without a deploy: a new version of the
 * set, the old one kept. (This changes the default set of the shared test database; the tests read
 * versions relative to the current one, so they hold in any order.)
 */
class RuleSetsApiIT extends ApiIntegrationTest {

  @Test
  void anAdministratorLowersTheEsiFrequencyLimitInANewVersion() {
    Response before = api.as("frontdesk").get("/api/v1/rule-sets/MEDICARE_DEFAULT");
    assertThat(before.status()).isEqualTo(200);
    String limit = parameter(before.json(), "ESI_FREQUENCY", "maxSessions");
    String lower = String.valueOf(Integer.parseInt(limit) - 1);

    Response changed =
        clinic.reviseRule(
            "MEDICARE_DEFAULT",
            "ESI_FREQUENCY",
            Map.of(
                "severity",
                "BLOCK",
                "parameters",
                Map.of("maxSessions", lower, "window", "P12M", "perRegion", "true")));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    int newVersion = changed.json().path("version").asInt();
    assertThat(newVersion).isEqualTo(before.json().path("version").asInt() + 1);
    assertThat(
            parameter(
                api.as("physician").get("/api/v1/rule-sets/MEDICARE_DEFAULT").json(),
                "ESI_FREQUENCY",
                "maxSessions"))
        .isEqualTo(lower);
    assertThat(
            parameter(
                api.as("physician")
                    .get(
                        "/api/v1/rule-sets/MEDICARE_DEFAULT/versions/"
                            + before.json().path("version").asInt())
                    .json(),
                "ESI_FREQUENCY",
                "maxSessions"))
        .isEqualTo(limit);
  }

  @Test
  void refusesAStaleVersionABadParameterAndEveryoneButAnAdministrator() {
    Response current = api.as("admin").get("/api/v1/rule-sets/MEDICARE_DEFAULT");
    Map<String, Object> body =
        Map.of("severity", "BLOCK", "parameters", Map.of("interval", "P14D", "sameSite", "true"));
    String path = "/api/v1/rule-sets/MEDICARE_DEFAULT/rules/MBB_SECOND_BLOCK_INTERVAL";

    assertProblem(
        api.as("admin").header("If-Match", "\"0\"").put(path, body), 412, "stale-version");
    assertProblem(
        api.as("admin")
            .header("If-Match", current.header("ETag"))
            .put(
                path,
                Map.of(
                    "severity",
                    "BLOCK",
                    "parameters",
                    Map.of("interval", "fortnight", "sameSite", "true"))),
        400,
        "validation");
    assertProblem(
        api.as("frontdesk").header("If-Match", current.header("ETag")).put(path, body),
        403,
        "forbidden");
    assertProblem(
        api.as("physician").header("If-Match", current.header("ETag")).put(path, body),
        403,
        "forbidden");
    assertProblem(api.as("admin").get("/api/v1/rule-sets/NO_SUCH_SET"), 404, "not-found");
    assertThat(api.as("admin").get("/api/v1/rule-sets/MEDICARE_DEFAULT").header("ETag"))
        .isEqualTo(current.header("ETag"));
  }

  private static String parameter(JsonNode set, String ruleId, String name) {
    for (JsonNode rule : set.path("rules")) {
      if (rule.path("id").asString().equals(ruleId)) {
        return rule.path("parameters").path(name).asString();
      }
    }
    throw new AssertionError("no rule " + ruleId);
  }
}
