package org.procedura.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.procedura.shared.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The FHIR endpoints' chain: the API's bearer tokens (of either issuer) and roles, from the FHIR
 * rows of the {@link AccessMatrix} (anything else under {@code /fhir} is denied), with refusals as
 * OperationOutcome, which is what a FHIR client reads.
 */
@Configuration(proxyBeanMethods = false)
class FhirSecurityConfiguration {

  @Bean
  @Order(2)
  SecurityFilterChain fhir(HttpSecurity http, BearerTokenIssuers issuers) throws Exception {
    http.securityMatcher("/fhir", "/fhir/**")
        .csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .cors(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders::apply)
        .authorizeHttpRequests(
            rules -> {
              for (Endpoint endpoint : AccessMatrix.FHIR_ENDPOINTS) {
                var matcher = rules.requestMatchers(endpoint.method(), endpoint.path());
                if (endpoint.open()) {
                  matcher.permitAll();
                } else {
                  matcher.hasAnyRole(endpoint.roleNames());
                }
              }
              rules.anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .authenticationManagerResolver(issuers.resolver())
                    .authenticationEntryPoint(unauthenticated())
                    .accessDeniedHandler(forbidden()))
        .addFilterAfter(new CallerCapture(), BearerTokenAuthenticationFilter.class)
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(unauthenticated())
                    .accessDeniedHandler(forbidden()));
    return http.build();
  }

  private static AuthenticationEntryPoint unauthenticated() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      outcome(response, 401, "login", "Sign in: send a bearer token from POST /api/v1/auth/token.");
    };
  }

  private static AccessDeniedHandler forbidden() {
    return (request, response, e) ->
        outcome(response, 403, "forbidden", "Your role does not allow this action.");
  }

  private static void outcome(HttpServletResponse response, int status, String code, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/fhir+json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
                + code
                + "\",\"diagnostics\":\""
                + text
                + "\"}]}");
  }
}
