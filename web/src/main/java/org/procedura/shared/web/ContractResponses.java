package org.procedura.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answers every operation of a kind can give, declared once: what the security, the Problem
 * Details advice and the request filters answer whatever the operation. What only one operation
 * answers (a 404 for a resource named in its body, its 409s and 422s) is declared on the operation
 * in the {@code api} interfaces; this class gives those answers the Problem schema too.
 */
final class ContractResponses {
  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String TOKEN_PATH = "/api/v1/auth/token";

  /** The responses that carry a version, answered with its ETag. */
  static final Set<String> VERSIONED =
      Set.of(
          "AppointmentResponse",
          "ClinicalProfileResponse",
          "ClinicianResponse",
          "FollowUpResponse",
          "OutsideProcedureResponse",
          "PatientResponse",
          "ProcedureResponse",
          "ProcedureTypeResponse",
          "ProtocolDto",
          "ReferralResponse",
          "RoomResponse",
          "RuleSetResponse");

  private static final String IF_MATCH = "If-Match";
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String SCHEMAS = "#/components/schemas/";

  private ContractResponses() {}

  /**
   * @param readAlone the schemas some GET answers on their own: a 201 with one of them answers
   *     where to read it in Location
   */
  static void document(
      String path, PathItem.HttpMethod method, Operation operation, Set<String> readAlone) {
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    if (path.equals(TOKEN_PATH)) {
      operation.setSecurity(List.of());
      add(operation, "400", "The request is malformed or invalid");
      add(operation, "401", "The username or password is wrong, or the account is disabled");
    } else {
      add(operation, "400", "The request is malformed or a field is invalid (see errors)");
      add(operation, "401", "No valid bearer token");
      add(operation, "403", "The caller's role may not do this");
      if (write) {
        add(
            operation,
            "409",
            "Conflicts with what is recorded (see reason), or another request changed the same"
                + " records at the same moment (reason CONCURRENT_CHANGE); nothing was changed");
      }
    }
    add(operation, "406", "None of the media types in Accept can be answered");
    if (operation.getRequestBody() != null) {
      add(operation, "413", "The request body is larger than the server accepts");
      add(operation, "415", "The request body is not application/json");
    }
    if (path.contains("{")) {
      add(operation, "404", "No such resource");
    }
    if (takesHeader(operation, IF_MATCH)) {
      add(operation, "412", "Changed by someone else since the version in If-Match");
      add(operation, "428", "If-Match with the version read is required");
    }
    operation
        .getResponses()
        .forEach((status, response) -> headersAndBody(operation, status, response, readAlone));
  }

  /** The schemas that GET operations answer on their own, e.g. PatientResponse. */
  static Set<String> readAlone(OpenAPI openApi) {
    Set<String> schemas = new HashSet<>();
    openApi
        .getPaths()
        .values()
        .forEach(
            item -> {
              if (item.getGet() != null && item.getGet().getResponses().get("200") != null) {
                schemaOf(item.getGet().getResponses().get("200")).ifPresent(schemas::add);
              }
            });
    return schemas;
  }

  private static void headersAndBody(
      Operation operation, String status, ApiResponse response, Set<String> readAlone) {
    header(response, RequestContext.REQUEST_ID_HEADER, "The request's id, also in the audit trail");
    if (status.startsWith("4") || status.startsWith("5")) {
      response.setContent(
          new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(reference(PROBLEM))));
      return;
    }
    String schema = schemaOf(response).orElse("");
    if (VERSIONED.contains(schema)) {
      header(response, "ETag", "The version of the resource answered, for If-Match");
    }
    if (status.equals("201") && readAlone.contains(schema)) {
      header(response, "Location", "Where the resource created is read");
    }
    if (status.equals("201") && takesHeader(operation, IDEMPOTENCY_KEY)) {
      header(
          response,
          "Idempotent-Replayed",
          "true when a request with this Idempotency-Key booked earlier and this answers it again");
    }
  }

  private static Optional<String> schemaOf(ApiResponse response) {
    return Optional.ofNullable(response.getContent()).stream()
        .flatMap(content -> content.values().stream())
        .map(MediaType::getSchema)
        .filter(schema -> schema != null && schema.get$ref() != null)
        .map(schema -> schema.get$ref().substring(SCHEMAS.length()))
        .findFirst();
  }

  private static boolean takesHeader(Operation operation, String name) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
  }

  private static void add(Operation operation, String status, String description) {
    operation
        .getResponses()
        .computeIfAbsent(status, code -> new ApiResponse().description(description));
  }

  private static void header(ApiResponse response, String name, String description) {
    if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
      response.addHeaderObject(
          name, new Header().description(description).schema(new StringSchema()));
    }
  }

  static Schema<?> reference(String schema) {
    return new Schema<>().$ref(SCHEMAS + schema);
  }
}
