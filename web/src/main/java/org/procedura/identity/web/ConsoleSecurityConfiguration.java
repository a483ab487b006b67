package org.procedura.identity.web;

import static org.springframework.http.HttpMethod.GET;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.procedura.identity.application.SignInGuard;
import org.procedura.shared.web.RequestContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * The clinic console's security: sign-in by form against the same staff accounts as the API (and
 * the same lockout), a session kept by Spring Session in the database, CSRF tokens on every form,
 * and the console's rows of the {@link AccessMatrix}. Ordered before the API's chain, which it
 * leaves untouched: requests outside the console's paths never reach this chain.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {
  static final String SIGN_IN_PAGE = "/";
  static final String HOME = "/console";

  /** The console's pages load their scripts and styles from the application only. */
  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain console(HttpSecurity http, AuthenticationManager staff, SignInGuard guard)
      throws Exception {
    http.securityMatcher("/", "/console", "/console/**", "/webjars/**")
        .authenticationManager(new GuardedSignIn(staff, guard))
        .httpBasic(AbstractHttpConfigurer::disable)
        .headers(
            headers ->
                headers
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                    .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)))
        .formLogin(
            form ->
                form.loginPage(SIGN_IN_PAGE)
                    .loginProcessingUrl("/console/sign-in")
                    .successHandler(signedIn())
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/?failed")))
        .logout(
            logout ->
                logout
                    .logoutUrl("/console/sign-out")
                    .logoutSuccessUrl("/?signedOut")
                    .deleteCookies("SESSION"))
        .sessionManagement(session -> session.sessionFixation().changeSessionId())
        .authorizeHttpRequests(
            rules -> {
              rules.requestMatchers(GET, "/webjars/**", "/console/assets/**").permitAll();
              for (Endpoint endpoint : AccessMatrix.CONSOLE) {
                var matcher = rules.requestMatchers(endpoint.method(), endpoint.path());
                if (endpoint.open()) {
                  matcher.permitAll();
                } else {
                  matcher.hasAnyRole(endpoint.roleNames());
                }
              }
              rules.anyRequest().denyAll();
            })
        .addFilterBefore(new CallerCapture(), AuthorizationFilter.class)
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE))
                    .accessDeniedHandler(ConsoleSecurityConfiguration::refuse));
    return http.build();
  }

  /**
   * A route the matrix has no row for does not exist (404, like an unknown API path); a route it
   * has is forbidden to this role (403), as is a form posted without its CSRF token.
   */
  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean declared = AccessMatrix.match(request.getMethod(), path).isPresent();
    response.sendError(
        declared ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
  }

  /** After sign-in, the audit trail learns who signed in (the chain stops before capturing it). */
  private static SimpleUrlAuthenticationSuccessHandler signedIn() {
    var handler =
        new SimpleUrlAuthenticationSuccessHandler(HOME) {
          @Override
          public void onAuthenticationSuccess(
              HttpServletRequest request,
              HttpServletResponse response,
              Authentication authentication)
              throws IOException, ServletException {
            RequestContext.setCaller(request, CallerCapture.callerOf(authentication));
            super.onAuthenticationSuccess(request, response, authentication);
          }
        };
    handler.setAlwaysUseDefaultTargetUrl(true);
    return handler;
  }
}
