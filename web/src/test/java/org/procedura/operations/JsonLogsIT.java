package org.procedura.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * With {@code logging.structured.format.console=ecs} every line is one JSON object; the lines of a
 * request carry its request id and its trace id, and none carries the patient's name, date of
 * birth, MRN or phone.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsIT extends ApiIntegrationTest {
  static {
    // Boot sets up logging once per JVM while earlier tests' contexts stay cached; forgetting
    // that it did lets this context set it up again, as JSON, whichever tests ran before
    ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory())
        .removeObject(org.springframework.boot.logging.LoggingSystem.class.getName());
  }

  @Test
  void everyLineIsJsonWithTheRequestAndTraceIdsAndNoPatientData(CapturedOutput output) {
    // the lines written while the context started, before its logging was set up, are plain text
    int startedAt = output.getOut().length();
    String family = "Jsonlogfamily" + UUID.randomUUID().toString().substring(0, 6);
    String mrn = "J" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String phone = "+1 617 555 " + (1000 + (int) (Math.random() * 8999));
    Map<String, Object> patient = new HashMap<>();
    patient.put("givenName", "Ottoline");
    patient.put("familyName", family);
    patient.put("dateOfBirth", "1941-11-05");
    patient.put("sex", "FEMALE");
    patient.put("mrn", mrn);
    patient.put("contact", Map.of("phone", phone));

    var registered = api.as("frontdesk").post("/api/v1/patients", patient);
    var duplicate = api.as("frontdesk").post("/api/v1/patients", patient);
    var unknown = api.as("nurse").get("/api/v1/patients/" + UUID.randomUUID());
    var searched = api.as("nurse").get("/api/v1/patients?name=" + family);
    assertThat(registered.status()).isEqualTo(201);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(searched.status()).isEqualTo(200);

    List<String> lines =
        Arrays.stream(output.getOut().substring(startedAt).split("\\R"))
            .filter(line -> !line.isBlank())
            .toList();
    assertThat(lines).isNotEmpty();
    List<JsonNode> parsed = lines.stream().map(line -> Api.JSON.readTree(line)).toList();
    assertThat(parsed).allMatch(JsonNode::isObject);
    List<JsonNode> refusals =
        parsed.stream()
            .filter(line -> line.path("message").asString().contains(" answered "))
            .toList();
    assertThat(refusals).as("the 409 and the 404 are logged").hasSizeGreaterThanOrEqualTo(2);
    for (String requestId :
        List.of(duplicate.header("X-Request-Id"), unknown.header("X-Request-Id"))) {
      assertThat(refusals)
          .filteredOn(line -> line.path("requestId").asString().equals(requestId))
          .singleElement()
          .satisfies(line -> assertThat(traceId(line)).matches("[0-9a-f]{32}"));
    }
    assertThat(parsed)
        .filteredOn(line -> line.has("requestId"))
        .allSatisfy(line -> assertThat(traceId(line)).matches("[0-9a-f]{32}"));
    String all = output.getAll();
    assertThat(all)
        .doesNotContain(family)
        .doesNotContain(family.toLowerCase())
        .doesNotContain("Ottoline")
        .doesNotContain("1941-11-05")
        .doesNotContain(mrn)
        .doesNotContain(phone);
  }

  /** ECS names it {@code trace.id}, as a nested object or a dotted key; the MDC {@code traceId}. */
  private static String traceId(JsonNode line) {
    if (line.path("trace").has("id")) {
      return line.path("trace").path("id").asString();
    }
    if (line.has("trace.id")) {
      return line.path("trace.id").asString();
    }
    return line.path("traceId").asString();
  }
}
