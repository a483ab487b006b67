package org.procedura.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API answers JSON only, so its Content-Security-Policy allows nothing at all; Swagger UI gets
 * one that allows its own scripts and styles. HSTS is written on requests that came over TLS
 * (directly, or through a proxy that says so in X-Forwarded-Proto), never on plain HTTP. The
 * answers made before the security filters run (the firewall's and the servlet container's) get the
 * same headers through {@link #writeTo}.
 */
public final class SecurityHeaders {
  private static final String CSP = "Content-Security-Policy";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String SWAGGER_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; frame-ancestors 'none'";

  /** Every header but the Content-Security-Policy, which depends on the path. */
  private static final List<HeaderWriter> COMMON = List.of(commonWriters());

  private SecurityHeaders() {}

  public static void apply(HeadersConfigurer<HttpSecurity> headers) {
    RequestMatcher swagger =
        new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/swagger-ui.html"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));
    headers.defaultsDisabled();
    COMMON.forEach(headers::addHeaderWriter);
    headers
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(swagger), new StaticHeadersWriter(CSP, API_POLICY)))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                swagger, new StaticHeadersWriter(CSP, SWAGGER_POLICY)));
  }

  /** The headers of an API answer, on an error answered outside the security filters. */
  public static void writeTo(HttpServletRequest request, HttpServletResponse response) {
    for (HeaderWriter writer : COMMON) {
      writer.writeHeaders(request, response);
    }
    response.setHeader(CSP, API_POLICY);
  }

  private static HeaderWriter[] commonWriters() {
    var hsts = new HstsHeaderWriter();
    hsts.setIncludeSubDomains(true);
    hsts.setMaxAgeInSeconds(31_536_000);
    return new HeaderWriter[] {
      new XContentTypeOptionsHeaderWriter(),
      new XXssProtectionHeaderWriter(),
      new CacheControlHeadersWriter(),
      hsts,
      new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
      new ReferrerPolicyHeaderWriter()
    };
  }
}
