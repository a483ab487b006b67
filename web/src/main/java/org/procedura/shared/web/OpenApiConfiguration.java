package org.procedura.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  private static final String BEARER = "bearer";
  private static final String PROBLEM = "Problem";
  private static final String TOKEN_PATH = "/api/v1/auth/token";
  private static final String APPOINTMENTS = "/api/v1/appointments";
  private static final String IF_MATCH = "If-Match";

  /** A step of a referral's status machine, e.g. POST /api/v1/referrals/{id}/accept. */
  private static final Pattern REFERRAL_STEP =
      Pattern.compile("/api/v1/referrals/\\{[^}]+}/[a-z-]+");

  /** A step of a follow-up: booking it as a visit, recording its outcome, closing it. */
  private static final Pattern FOLLOW_UP_STEP =
      Pattern.compile("/api/v1/follow-ups/\\{[^}]+}/[a-z-]+");

  /** A change to one clinical profile entry, which an ended entry refuses. */
  private static final Pattern PROFILE_ENTRY =
      Pattern.compile(".*/clinical-profile/[a-z]+/\\{[^}]+}(/end)?");

  /** A change to one outside procedure, which one entered in error refuses. */
  private static final Pattern OUTSIDE_PROCEDURE =
      Pattern.compile(".*/outside-procedures/\\{[^}]+}(/entered-in-error)?");

  @Bean
  OpenAPI proceduraOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Procedura API")
                .version("v1")
                .description(
                    "Backend for interventional pain-management clinics. Errors are RFC 9457"
                        + " Problem Details with a stable type URI; updates carry the ETag in"
                        + " If-Match."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        // relative, so that the document is the same wherever the app runs
        .servers(List.of(new Server().url("/")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  /**
   * Documents on every operation the Problem Details answers the advice and security give, and the
   * Problem schema they refer to. The schema is added here, with the references: springdoc drops
   * component schemas that nothing refers to before customizers run.
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap().forEach((method, op) -> document(path, method, op)));
    };
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    if (path.equals(TOKEN_PATH)) {
      operation.setSecurity(List.of());
      add(operation, "400", "The request is malformed or invalid");
      add(operation, "401", "The username or password is wrong");
      return;
    }
    add(operation, "400", "The request is malformed or a field is invalid (see errors)");
    add(operation, "401", "No valid bearer token");
    add(operation, "403", "The caller's role may not do this");
    if (path.contains("{")) {
      add(operation, "404", "No such resource");
    }
    if (REFERRAL_STEP.matcher(path).matches()) {
      add(
          operation,
          "409",
          "The referral's status does not allow this step (illegal-transition, naming"
              + " currentState and requestedState)");
    }
    boolean followUpStep = FOLLOW_UP_STEP.matcher(path).matches();
    if (followUpStep) {
      add(
          operation,
          "409",
          "The follow-up's status does not allow this step, e.g. recording a closed one or closing"
              + " one that is not missed (illegal-transition, naming currentState and"
              + " requestedState)");
      add(operation, "422", "Well-formed but not possible as asked (see reason)");
    }
    if (PROFILE_ENTRY.matcher(path).matches()) {
      add(operation, "409", "The entry has ended and cannot change (reason ALREADY_ENDED)");
    }
    if (OUTSIDE_PROCEDURE.matcher(path).matches() && method != PathItem.HttpMethod.GET) {
      add(
          operation,
          "409",
          "It was entered in error and can no longer change (reason ENTERED_IN_ERROR)");
    }
    if (method == PathItem.HttpMethod.POST) {
      add(operation, "409", "Conflicts with what is recorded (see reason)");
    }
    if (carriesVersion(operation)) {
      add(operation, "412", "Changed by someone else since the version in If-Match");
      add(operation, "428", "If-Match with the version read is required");
    }
    if (path.startsWith(APPOINTMENTS) && method == PathItem.HttpMethod.POST) {
      add(operation, "422", "Well-formed but not possible as asked (see reason)");
    }
  }

  private static boolean carriesVersion(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(p -> "header".equals(p.getIn()) && IF_MATCH.equalsIgnoreCase(p.getName()));
  }

  private static void add(Operation operation, String status, String description) {
    operation
        .getResponses()
        .computeIfAbsent(
            status,
            code ->
                new ApiResponse()
                    .description(description)
                    .content(
                        new Content()
                            .addMediaType(
                                "application/problem+json",
                                new MediaType()
                                    .schema(
                                        new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 Problem Details")
        .properties(
            new TreeMap<String, Schema>(
                Map.of(
                    "type",
                    new StringSchema().format("uri"),
                    "title",
                    new StringSchema(),
                    "status",
                    new IntegerSchema(),
                    "detail",
                    new StringSchema(),
                    "instance",
                    new StringSchema(),
                    "reason",
                    new StringSchema().description("conflicts: a stable code"),
                    "currentVersion",
                    new IntegerSchema().format("int64"),
                    "currentState",
                    new StringSchema().description("illegal transitions: the state it is in"),
                    "requestedState",
                    new StringSchema().description("illegal transitions: the state asked for"),
                    "requestId",
                    new StringSchema()
                        .description(
                            "the request's id, also in X-Request-Id and the audit trail"))))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
  }
}
