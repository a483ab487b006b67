package org.procedura.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.procedura.apitest.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for {@link ContractFuzzIT}, made from the OpenAPI schemas: valid-ish ones, and the kinds
 * of wrong ones a hostile or broken client sends.
 */
final class FuzzValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int DEEPEST = 5;

  /** Values in JSON that no field of the API accepts, or only at its edge. */
  private static final List<JsonNode> WRONG =
      List.of(
          NODES.stringNode("-999999999-01-01"),
          NODES.stringNode("+999999999-12-31"),
          NODES.stringNode("0000-00-00"),
          NODES.stringNode("2026-02-30"),
          NODES.stringNode("2026-12-01T10:00:00+18:00"),
          NODES.stringNode("2026-12-01T10:00:00-18:00"),
          NODES.stringNode("2026-12-01T10:00:00+18:01"),
          NODES.stringNode("-999999999-01-01T00:00:00+18:00"),
          NODES.stringNode("+999999999-12-31T23:59:59.999999999-18:00"),
          NODES.stringNode("24:61"),
          NODES.stringNode("P-999999999D"),
          NODES.stringNode("P999999999Y"),
          NODES.numberNode(new BigInteger("99999999999999999999999999999")),
          NODES.numberNode(new BigDecimal("1e309")),
          NODES.numberNode(new BigDecimal("-1e309")),
          NODES.numberNode(Long.MIN_VALUE),
          NODES.numberNode(2_147_483_648L),
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.numberNode(1.5),
          NODES.stringNode("NaN"),
          NODES.booleanNode(true),
          NODES.stringNode(""),
          NODES.stringNode(" "),
          NODES.stringNode("NOT_A_KNOWN_VALUE"),
          NODES.stringNode("Zoë Łukasz 李小龍 🚑 Ἀθῆναι"),
          NODES.stringNode("\u0000\u0007\u202e"),
          NODES.stringNode("x".repeat(5_000)),
          NODES.stringNode("'; DROP TABLE patient; --"),
          NODES.stringNode("00000000-0000-0000-0000-000000000000"),
          NODES.stringNode("not-a-uuid"),
          NODES.nullNode(),
          NODES.arrayNode(),
          NODES.objectNode(),
          NODES.arrayNode().add(NODES.nullNode()));

  /** Bodies that are not the JSON object any operation reads. */
  private static final List<String> NOT_AN_OBJECT =
      List.of(
          "", "{", "{\"a\":", "[]", "null", "42", "\"text\"", "{}{}", "{\"a\":1,}", "\u00ff\u00fe");

  private static final List<String> MALFORMED_SEGMENTS =
      List.of(
          "not-a-uuid",
          "00000000-0000-0000-0000-00000000000g",
          "%zz",
          "%C3%28",
          "%25",
          "-1",
          "0",
          "99999999999999999999",
          "x".repeat(300),
          "Zo%C3%AB",
          "%20",
          "..%2F..",
          "a%3Bb");

  private static final List<String> BAD_QUERY_VALUES =
      List.of(
          "%zz",
          "%",
          "%C3%28",
          "not-a-date",
          "-999999999-01-01",
          "%2B999999999-12-31",
          "2026-12-01T10:00:00%2B18:00",
          "2026-12-01T10:00:00-18:01",
          "99999999999",
          "-1",
          "2147483648",
          "-2147483649",
          "",
          "Zo%C3%AB%20%E6%9D%8E",
          "NOT_A_KNOWN_VALUE",
          "1.5",
          "a,b,,c");

  private final Random random;
  private final ContractFuzz.Markers markers;
  private final JsonNode schemas;

  FuzzValues(Random random, ContractFuzz.Markers markers, JsonNode schemas) {
    this.random = random;
    this.markers = markers;
    this.schemas = schemas;
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asString("");
    return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** A request body: mostly valid-ish with a few fields made wrong, sometimes not JSON at all. */
  String body(JsonNode schema) {
    int roll = random.nextInt(20);
    if (roll == 0) {
      return pick(NOT_AN_OBJECT);
    }
    JsonNode body = valid(schema, 0);
    if (roll >= 6 && body instanceof ObjectNode object) {
      int mutations = 1 + random.nextInt(3);
      for (int i = 0; i < mutations; i++) {
        mutate(object, 0);
      }
    }
    return Api.JSON.writeValueAsString(body);
  }

  String contentType() {
    return random.nextInt(15) == 0
        ? pick(
            List.of(
                "*/*",
                "application/*",
                "text/plain",
                "application/xml",
                "nonsense",
                "",
                "application/json; charset=ISO-8859-1",
                "multipart/form-data; boundary=x"))
        : "application/json";
  }

  String queryValue(JsonNode schema) {
    if (random.nextInt(10) < 3) {
      return pick(BAD_QUERY_VALUES);
    }
    JsonNode value = valid(schema, 0);
    if (value.isArray()) {
      value = value.isEmpty() ? NODES.stringNode("") : value.get(0);
    }
    return ContractFuzz.encode(value.asString());
  }

  String headerValue(String name) {
    return switch (name) {
      case "If-Match" ->
          pick(
              List.of(
                  "\"0\"",
                  "\"1\"",
                  "W/\"0\"",
                  "\"-1\"",
                  "garbage",
                  "\"99999999999999999999\"",
                  "*",
                  "\"0\", \"1\""));
      case "Idempotency-Key" ->
          pick(
              List.of(
                  UUID.randomUUID().toString(),
                  "k",
                  "x".repeat(300),
                  "key with spaces",
                  "ключ",
                  markers.mrn));
      default -> pick(List.of("", "x", markers.family));
    };
  }

  String malformedPathSegment() {
    return random.nextBoolean() ? pick(MALFORMED_SEGMENTS) : ContractFuzz.encode(markers.family);
  }

  /** A value the schema allows, or near enough; patient markers wherever text fits. */
  JsonNode valid(JsonNode schema, int depth) {
    schema = resolve(schema);
    JsonNode enumeration = schema.path("enum");
    if (enumeration.isArray() && !enumeration.isEmpty()) {
      return enumeration.get(random.nextInt(enumeration.size()));
    }
    return switch (schema.path("type").asString("object")) {
      case "string" -> NODES.stringNode(text(schema));
      case "integer" -> NODES.numberNode(integer(schema));
      case "number" -> NODES.numberNode(random.nextInt(10_000) / 100.0);
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "array" -> {
        var array = NODES.arrayNode();
        int items = depth >= DEEPEST ? 0 : random.nextInt(3);
        for (int i = 0; i < items; i++) {
          array.add(valid(schema.path("items"), depth + 1));
        }
        yield array;
      }
      default -> object(schema, depth);
    };
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (depth >= DEEPEST) {
      return object;
    }
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asString()));
    for (var property : schema.path("properties").properties()) {
      if (required.contains(property.getKey()) || random.nextInt(10) < 6) {
        object.set(property.getKey(), valid(property.getValue(), depth + 1));
      }
    }
    return object;
  }

  private void mutate(ObjectNode object, int depth) {
    List<String> names = new ArrayList<>(object.propertyNames());
    int roll = random.nextInt(10);
    if (names.isEmpty() || roll == 0) {
      object.set(pick(List.of("unknownField", "id", "version", "status")), pick(WRONG));
      return;
    }
    String name = pick(names);
    JsonNode value = object.get(name);
    if (value instanceof ObjectNode inner && depth < DEEPEST && random.nextBoolean()) {
      mutate(inner, depth + 1);
    } else if (roll == 1) {
      object.remove(name);
    } else if (roll == 2) {
      object.put(name, pick(markers.all()));
    } else {
      object.set(name, pick(WRONG));
    }
  }

  private String text(JsonNode schema) {
    return switch (schema.path("format").asString("")) {
      case "date" ->
          random.nextInt(4) == 0
              ? markers.dateOfBirth
              : LocalDate.of(2026, 12, 1).plusDays(random.nextInt(120) - 30).toString();
      case "date-time" ->
          OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-5))
              .plusMinutes(30L * (random.nextInt(400) - 100))
              .toString();
      case "uuid" -> UUID.randomUUID().toString();
      case "time-local", "time" ->
          String.format("%02d:%02d", 7 + random.nextInt(12), 15 * random.nextInt(4));
      case "email" -> markers.given.toLowerCase() + "@example.org";
      case "uri" -> "https://example.org/" + markers.family;
      default -> plainText(schema);
    };
  }

  private String plainText(JsonNode schema) {
    if (schema.has("pattern")) {
      String pattern = schema.path("pattern").asString();
      if (pattern.contains("0-9 ()")) {
        return markers.phone;
      }
      return random.nextBoolean() ? markers.mrn : "M" + random.nextInt(10_000) + "X";
    }
    return pick(List.of(markers.given, markers.family, "Follow-up call", "L4-L5", "M54.16"));
  }

  private long integer(JsonNode schema) {
    long min = schema.path("minimum").asLong(0);
    long max = schema.path("maximum").asLong(min + 10);
    return min + (long) random.nextInt((int) Math.max(1, Math.min(max - min + 1, 1_000)));
  }
}
