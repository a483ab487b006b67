package org.procedura.identity.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.procedura.identity.model.Role;
import org.procedura.identity.model.UserAccounts;
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
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. This is the one place where access rules are declared: every endpoint is
 * listed here by path and method, and anything not listed is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
  static final String ROLES_CLAIM = "roles";

  private static final String FRONT_DESK = Role.FRONT_DESK.name();
  private static final String NURSE = Role.NURSE.name();
  private static final String PHYSICIAN = Role.PHYSICIAN.name();
  private static final String ADMIN = Role.ADMIN.name();

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      JsonMapper json,
      @Value("${procedura.security.public-api-docs:false}") boolean publicApiDocs)
      throws Exception {
    var problems = new ProblemResponses(json);
    http.csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            rules -> {
              rules
                  .requestMatchers(POST, "/api/v1/auth/token")
                  .permitAll()
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
              rules
                  .requestMatchers(GET, "/api/v1/procedure-types", "/api/v1/procedure-types/*")
                  .authenticated()
                  .requestMatchers("/api/v1/procedure-types", "/api/v1/procedure-types/*")
                  .hasRole(ADMIN)
                  .requestMatchers("/api/v1/patients", "/api/v1/patients/*")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  // the clinical profile: intake is recorded by whoever takes it
                  .requestMatchers(GET, "/api/v1/patients/*/clinical-profile")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  .requestMatchers(
                      POST,
                      "/api/v1/patients/*/clinical-profile/*",
                      "/api/v1/patients/*/clinical-profile/*/*/end")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  .requestMatchers(
                      PUT,
                      "/api/v1/patients/*/clinical-profile/*",
                      "/api/v1/patients/*/clinical-profile/*/*")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  // referrals: recorded and read by clinical staff, decided by physicians
                  .requestMatchers(GET, "/api/v1/referrals", "/api/v1/referrals/*")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  .requestMatchers(POST, "/api/v1/referrals")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  .requestMatchers(
                      POST,
                      "/api/v1/referrals/*/triage",
                      "/api/v1/referrals/*/accept",
                      "/api/v1/referrals/*/decline")
                  .hasRole(PHYSICIAN)
                  .requestMatchers(POST, "/api/v1/referrals/*/close")
                  .hasAnyRole(FRONT_DESK, PHYSICIAN)
                  // clinic resources: everyone reads them, administrators keep them
                  .requestMatchers(GET, "/api/v1/clinicians", "/api/v1/clinicians/**")
                  .authenticated()
                  .requestMatchers(GET, "/api/v1/rooms", "/api/v1/rooms/**")
                  .authenticated()
                  .requestMatchers("/api/v1/clinicians", "/api/v1/clinicians/**")
                  .hasRole(ADMIN)
                  .requestMatchers("/api/v1/rooms", "/api/v1/rooms/**")
                  .hasRole(ADMIN)
                  // scheduling: the front desk books; nurses check in; physicians run the day
                  .requestMatchers(
                      GET,
                      "/api/v1/availability",
                      "/api/v1/schedule",
                      "/api/v1/appointments/*",
                      "/api/v1/patients/*/appointments")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  .requestMatchers(
                      POST,
                      "/api/v1/appointments/procedures",
                      "/api/v1/appointments/visits",
                      "/api/v1/appointments/*/confirm",
                      "/api/v1/appointments/*/reschedule",
                      "/api/v1/appointments/*/cancel",
                      "/api/v1/appointments/*/no-show")
                  .hasAnyRole(FRONT_DESK, PHYSICIAN)
                  .requestMatchers(POST, "/api/v1/appointments/*/check-in")
                  .hasAnyRole(FRONT_DESK, NURSE)
                  .requestMatchers(POST, "/api/v1/appointments/*/start")
                  .hasAnyRole(NURSE, PHYSICIAN)
                  .requestMatchers(POST, "/api/v1/appointments/*/complete")
                  .hasRole(PHYSICIAN)
                  // outcomes: physicians record procedures; nurses and physicians score
                  // follow-ups; the front desk sees the worklists and books follow-up visits
                  .requestMatchers(GET, "/api/v1/procedures/*")
                  .hasAnyRole(NURSE, PHYSICIAN)
                  .requestMatchers(
                      POST, "/api/v1/procedures/*/record", "/api/v1/procedures/*/amend")
                  .hasRole(PHYSICIAN)
                  .requestMatchers(
                      POST, "/api/v1/procedures/*/baseline", "/api/v1/procedures/*/pain-diary")
                  .hasAnyRole(NURSE, PHYSICIAN)
                  .requestMatchers(GET, "/api/v1/follow-ups/*")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  .requestMatchers(POST, "/api/v1/follow-ups/*/visit")
                  .hasAnyRole(FRONT_DESK, NURSE, PHYSICIAN)
                  .requestMatchers(POST, "/api/v1/follow-ups/*/outcome")
                  .hasAnyRole(NURSE, PHYSICIAN)
                  .requestMatchers(
                      GET, "/api/v1/patients/*/outcomes", "/api/v1/patients/*/pain-chart")
                  .hasAnyRole(NURSE, PHYSICIAN)
                  .requestMatchers(
                      GET, "/api/v1/follow-up-protocols", "/api/v1/follow-up-protocols/*")
                  .authenticated()
                  .requestMatchers(PUT, "/api/v1/follow-up-protocols/*")
                  .hasRole(ADMIN)
                  .anyRequest()
                  .denyAll();
            })
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()));
    return http.build();
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

  private static JwtAuthenticationConverter rolesFromToken() {
    var authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(ROLES_CLAIM);
    authorities.setAuthorityPrefix("ROLE_");
    var converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }
}
