package org.procedura.identity.web;

import static org.springframework.http.HttpMethod.GET;

import java.time.Duration;
import java.util.List;
import org.procedura.identity.model.UserAccounts;
import org.procedura.shared.web.HttpHardeningProperties;
import org.procedura.shared.web.RequestContext;
import org.procedura.shared.web.SecurityHeaders;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security from the {@link AccessMatrix}, the one place where access rules are declared; anything
 * not listed there is denied. Besides the API: health and, by configuration, the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  static final String ROLES_CLAIM = "roles";

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      ProblemResponses problems,
      @Qualifier("corsConfigurationSource") CorsConfigurationSource corsSource,
      @Value("${procedura.security.public-api-docs:false}") boolean publicApiDocs)
      throws Exception {
    http.csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // the CorsFilter is added below, with a processor that answers a refusal as a problem
        .cors(AbstractHttpConfigurer::disable)
        .addFilterAfter(corsFilter(corsSource, problems), HeaderWriterFilter.class)
        .headers(SecurityHeaders::apply)
        .authorizeHttpRequests(
            rules -> {
              for (Endpoint endpoint : AccessMatrix.ENDPOINTS) {
                var matcher = rules.requestMatchers(endpoint.method(), endpoint.path());
                if (endpoint.open()) {
                  matcher.permitAll();
                } else {
                  matcher.hasAnyRole(endpoint.roleNames());
                }
              }
              rules
                  .requestMatchers(GET, "/actuator/health", "/actuator/health/**")
                  .permitAll()
                  .requestMatchers("/error")
                  .permitAll();
              var apiDocs =
                  rules.requestMatchers(
                      GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
              if (publicApiDocs) {
                apiDocs.permitAll();
              } else {
                apiDocs.authenticated();
              }
              rules.anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()))
        .addFilterAfter(new CallerCapture(), BearerTokenAuthenticationFilter.class)
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()));
    return http.build();
  }

  @Bean
  ProblemResponses securityProblemResponses(JsonMapper json) {
    return new ProblemResponses(json);
  }

  /** The firewall's refusals ({@code ..}, {@code //}, encoded slashes, …) as Problem Details. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
    return problems.rejected();
  }

  private static CorsFilter corsFilter(CorsConfigurationSource source, ProblemResponses problems) {
    var filter = new CorsFilter(source);
    filter.setCorsProcessor(new ProblemCorsProcessor(problems));
    return filter;
  }

  /** Closed unless origins are configured: a cross-origin request from any other is refused. */
  @Bean
  CorsConfigurationSource corsConfigurationSource(HttpHardeningProperties properties) {
    var cors = new CorsConfiguration();
    cors.setAllowedOrigins(properties.corsAllowedOrigins());
    cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key"));
    cors.setExposedHeaders(List.of("ETag", "Location", RequestContext.REQUEST_ID_HEADER));
    cors.setMaxAge(Duration.ofHours(1));
    var source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    return source;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  StaffUserDetailsService staffUserDetailsService(UserAccounts accounts) {
    return new StaffUserDetailsService(accounts);
  }

  @Bean
  AuthenticationManager authenticationManager(
      StaffUserDetailsService users, PasswordEncoder passwordEncoder) {
    var provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwordEncoder);
    return new ProviderManager(provider);
  }

  static JwtAuthenticationConverter rolesFromToken() {
    var authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(ROLES_CLAIM);
    authorities.setAuthorityPrefix("ROLE_");
    var converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }
}
