package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.procedura.apitest.Api;
import org.procedura.apitest.RawHttp;
import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.databind.JsonNode;

/**
 * One run of the contract fuzzing against a running application: requests generated from the served
 * OpenAPI document, for every operation, valid-ish and mutated (wrong types, extreme dates and
 * offsets, huge numbers, non-ASCII text, unknown enum values, malformed ids and escapes, wildcard
 * media types), as each role and without a token. It fails on any 5xx, any status the document does
 * not declare for the operation, any refusal that is not Problem Details, and any patient marker in
 * the log. Run on each database the application supports ({@link ContractFuzzIT}, {@link
 * EmbeddedDefaultContractFuzzIT}).
 */
final class ContractFuzz {
  static final long SEED = Long.getLong("procedura.fuzz.seed", 20_261_201L);
  static final int CASES = Integer.getInteger("procedura.fuzz.cases", 20);
  private static final List<String> ROLES = List.of("frontdesk", "nurse", "physician", "admin");

  private final Api api;
  private final Random random = new Random(SEED);
  private final Markers markers = new Markers();
  private final Map<String, String> tokens = new LinkedHashMap<>();
  private final Map<String, List<String>> knownIds = new HashMap<>();
  private final Map<String, Set<String>> forbidden = new HashMap<>();
  private JsonNode contract;
  private RawHttp raw;
  private FuzzValues values;

  ContractFuzz(Api api) {
    this.api = api;
  }

  void everyOperationAnswersEveryGeneratedRequestWithinItsContract(CapturedOutput log) {
    System.out.println("ContractFuzz: seed " + SEED + ", " + CASES + " cases per operation");
    raw = new RawHttp(URI.create(api.baseUrl()).getPort());
    contract = api.anonymous().get("/v3/api-docs").json();
    values = new FuzzValues(random, markers, contract.path("components").path("schemas"));
    ROLES.forEach(role -> tokens.put(role, token(role)));
    String patientId = registerMarkedPatient();
    knownIds.put("patientId", List.of(patientId));

    Findings findings = new Findings();
    for (Operation operation : operations()) {
      int cases = operation.path().equals("/api/v1/auth/token") ? Math.min(CASES, 20) : CASES;
      for (int i = 0; i < cases; i++) {
        String role = role(operation);
        Request request = generate(operation, role);
        RawHttp.Response response = request.send(raw);
        findings.check(operation, request, response);
        if (response.status() == 403 && role != null) {
          forbidden.computeIfAbsent(operation.id(), id -> new TreeSet<>()).add(role);
        }
      }
    }

    System.out.println(findings.summary());
    String output = log.getAll();
    List<String> leaked = markers.all().stream().filter(output::contains).toList();
    assertThat(findings.serverErrors).as("5xx answers").isEmpty();
    assertThat(findings.notProblems).as("refusals that are not Problem Details").isEmpty();
    assertThat(leaked).as("patient markers in the log").isEmpty();
    assertThat(findings.undocumented)
        .as("statuses the OpenAPI document does not declare, with an example each")
        .isEmpty();
  }

  private String token(String username) {
    return api.signIn(username, username + "-demo").json().path("accessToken").asString();
  }

  private String registerMarkedPatient() {
    Map<String, Object> patient = new LinkedHashMap<>();
    patient.put("givenName", markers.given);
    patient.put("familyName", markers.family);
    patient.put("dateOfBirth", markers.dateOfBirth);
    patient.put("sex", "FEMALE");
    patient.put("mrn", markers.mrn);
    patient.put("contact", Map.of("phone", markers.phone));
    Api.Response registered = api.as("frontdesk").post("/api/v1/patients", patient);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().path("id").asString();
  }

  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (var path : contract.path("paths").properties()) {
      for (var method : path.getValue().properties()) {
        operations.add(
            new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
      }
    }
    operations.sort((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method()));
    assertThat(operations).hasSizeGreaterThan(50);
    return operations;
  }

  private Request generate(Operation operation, String role) {
    String caller = role == null ? null : tokens.getOrDefault(role, role);
    String path = operation.path();
    List<String> query = new ArrayList<>();
    Map<String, String> headers = new LinkedHashMap<>();
    for (JsonNode parameter : operation.spec().path("parameters")) {
      String name = parameter.path("name").asString();
      JsonNode schema = values.resolve(parameter.path("schema"));
      switch (parameter.path("in").asString()) {
        case "path" ->
            path = path.replace("{" + name + "}", pathValue(operation.path(), name, schema));
        case "query" -> {
          if (random.nextInt(10) < 6) {
            query.add(encode(name) + "=" + values.queryValue(schema));
          }
        }
        case "header" -> {
          if (random.nextInt(10) < 7) {
            headers.put(name, values.headerValue(name));
          }
        }
        default -> {}
      }
    }
    if (random.nextInt(40) == 0) {
      query.add(values.pick(List.of("%zz=1", "name=%", "x=%C3%28", "%=%", "a=b&&&=")));
    }
    String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
    byte[] body = null;
    JsonNode requestBody = operation.spec().path("requestBody");
    if (!requestBody.isMissingNode()) {
      JsonNode schema = requestBody.path("content").path("application/json").path("schema");
      body = values.body(schema).getBytes(StandardCharsets.UTF_8);
      headers.put("Content-Type", values.contentType());
    }
    if (caller != null) {
      headers.put("Authorization", "Bearer " + caller);
    }
    return new Request(operation.method(), target, headers, body);
  }

  /**
   * Mostly a role not yet refused the operation, so that most requests reach its handler; now and
   * then no token (null) or one that is not a token.
   */
  private String role(Operation operation) {
    int roll = random.nextInt(12);
    if (roll == 0) {
      return null;
    }
    if (roll == 1) {
      return "not.a.token";
    }
    Set<String> refused = forbidden.getOrDefault(operation.id(), Set.of());
    List<String> allowed = ROLES.stream().filter(role -> !refused.contains(role)).toList();
    return values.pick(allowed.isEmpty() ? ROLES : allowed);
  }

  private String pathValue(String template, String name, JsonNode schema) {
    int roll = random.nextInt(10);
    if (roll < 6) {
      List<String> ids = idsFor(template, name);
      if (!ids.isEmpty()) {
        return encode(ids.get(random.nextInt(ids.size())));
      }
    }
    if (roll < 8) {
      return encode(values.valid(schema, 0).asString());
    }
    return values.malformedPathSegment();
  }

  /**
   * Ids that exist, read from the collection the path variable belongs to. Accounts are never
   * changed through real ids: disabling the demo users would end the run.
   */
  private List<String> idsFor(String template, String name) {
    String collection = template.substring(0, template.indexOf("{" + name + "}") - 1);
    if (collection.startsWith("/api/v1/users") || collection.contains("{")) {
      return knownIds.getOrDefault(name, List.of());
    }
    return knownIds.computeIfAbsent(collection, this::listIds);
  }

  private List<String> listIds(String collection) {
    JsonNode listed = api.as("admin").get(collection).json();
    if (listed.isEmpty() || listed.isMissingNode()) {
      listed = api.as("physician").get(collection).json();
    }
    JsonNode items = listed.isArray() ? listed : listed.path("items");
    if (!items.isArray()) {
      items = listed.path("content");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode item : items) {
      String id = item.path("id").asString(item.path("code").asString(""));
      if (!id.isEmpty() && ids.size() < 5) {
        ids.add(id);
      }
    }
    return ids;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  record Operation(String method, String path, JsonNode spec) {
    String id() {
      return spec.path("operationId").asString(method + " " + path);
    }

    Set<String> documentedStatuses() {
      Set<String> statuses = new TreeSet<>();
      spec.path("responses").propertyNames().forEach(statuses::add);
      return statuses;
    }
  }

  record Request(String method, String target, Map<String, String> headers, byte[] body) {
    RawHttp.Response send(RawHttp raw) {
      return raw.send(method + " " + target + " HTTP/1.1", headers, body);
    }

    /** The request as a reader can repeat it, the bearer token shortened. */
    String reproduce() {
      Map<String, String> shown = new LinkedHashMap<>(headers);
      shown.computeIfPresent("Authorization", (name, value) -> value.substring(0, 12) + "...");
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + target
          + " "
          + shown
          + " "
          + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
    }
  }

  /** What the run found, each kind with its first examples. */
  static final class Findings {
    final List<String> serverErrors = new ArrayList<>();
    final List<String> notProblems = new ArrayList<>();
    final Map<String, String> undocumented = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;

    void check(Operation operation, Request request, RawHttp.Response response) {
      requests++;
      int status = response.status();
      statuses.merge(status, 1, Integer::sum);
      String example = operation.id() + ": " + request.reproduce() + " -> " + response;
      if (status >= 500) {
        serverErrors.add(example);
      }
      if (!operation.documentedStatuses().contains(String.valueOf(status))
          && !operation.documentedStatuses().contains("default")) {
        undocumented.putIfAbsent(
            operation.id() + " (" + operation.method() + " " + operation.path() + ") " + status,
            request.reproduce());
      }
      if (status >= 400 && !isProblem(response, status)) {
        notProblems.add(example);
      }
    }

    private static boolean isProblem(RawHttp.Response response, int status) {
      String contentType = response.header("Content-Type");
      if (contentType == null || !contentType.startsWith("application/problem+json")) {
        return false;
      }
      try {
        JsonNode problem = response.json();
        return problem.path("type").asString("").startsWith("https://procedura.org/problems/")
            && !problem.path("title").asString("").isBlank()
            && problem.path("status").asInt() == status
            && problem.path("requestId").asString("").equals(response.header("X-Request-Id"))
            && "nosniff".equals(response.header("X-Content-Type-Options"));
      } catch (RuntimeException e) {
        return false;
      }
    }

    String summary() {
      return "ContractFuzzIT: "
          + requests
          + " requests, statuses "
          + statuses
          + ", 5xx "
          + serverErrors.size()
          + ", not Problem Details "
          + notProblems.size()
          + ", undocumented (operation, status) "
          + undocumented.keySet();
    }
  }

  /** Values that name one patient, sent everywhere a string fits, and looked for in the log. */
  static final class Markers {
    final String given = "Wilhelmina" + suffix().toLowerCase();
    final String family = "Xqvjzk" + suffix();
    final String dateOfBirth = "1929-10-" + (11 + new Random().nextInt(17));
    final String mrn = "F" + suffix() + "Z";
    final String phone =
        "+1 555 0" + (100 + new Random().nextInt(899)) + " " + (1000 + new Random().nextInt(8999));

    private static String suffix() {
      return UUID.randomUUID().toString().substring(0, 7).replace("-", "").toUpperCase();
    }

    List<String> all() {
      return List.of(
          given, family, family.toLowerCase(), dateOfBirth, mrn, mrn.toLowerCase(), phone);
    }
  }
}
