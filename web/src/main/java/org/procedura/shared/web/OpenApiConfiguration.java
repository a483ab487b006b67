package org.procedura.shared.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  private static final String BEARER = "bearer";

  static {
    // enums as named schemas that operations and fields refer to, not lists repeated inline
    ModelResolver.enumsAsRef = true;
  }

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
                        + " If-Match.")
                .contact(new Contact().name("Procedura").url("https://procedura.org")))
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
   * Documents on every operation the answers that {@link ContractResponses} declares once, and the
   * Problem schema they refer to. The schema is added here, with the references: springdoc drops
   * component schemas that nothing refers to before customizers run.
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      openApi.getComponents().addSchemas(ContractResponses.PROBLEM, problemSchema());
      Set<String> readAlone = ContractResponses.readAlone(openApi);
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, op) -> ContractResponses.document(path, method, op, readAlone)));
    };
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
            "findings",
            new ArraySchema()
                .description("rule-violation: what each rule found")
                .items(new ObjectSchema()))
        .addProperty(
            "conflicts",
            new ArraySchema()
                .description("a slot taken: the appointments in the way")
                .items(new ObjectSchema()))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
  }
}
