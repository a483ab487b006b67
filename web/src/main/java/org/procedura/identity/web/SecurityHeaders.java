package org.procedura.identity.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API answers JSON only, so its Content-Security-Policy allows nothing at all; Swagger UI gets
 * one that allows its own scripts and styles. HSTS is written on requests that came over TLS
 * (directly, or through a proxy that says so in X-Forwarded-Proto), never on plain HTTP.
 */
final class SecurityHeaders {
  private static final String CSP = "Content-Security-Policy";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String SWAGGER_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HeadersConfigurer<HttpSecurity> headers) {
    RequestMatcher swagger =
        new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/swagger-ui.html"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));
    headers
        .contentTypeOptions(options -> {})
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
        .referrerPolicy(referrer -> {})
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(swagger), new StaticHeadersWriter(CSP, API_POLICY)))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                swagger, new StaticHeadersWriter(CSP, SWAGGER_POLICY)));
  }
}
