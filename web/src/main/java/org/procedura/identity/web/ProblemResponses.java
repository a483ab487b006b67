package org.procedura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.api.common.ProblemTypes;
import org.procedura.shared.web.ProblemLog;
import org.procedura.shared.web.RequestContext;
import org.procedura.shared.web.SecurityHeaders;
import org.procedura.shared.web.StatusProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the security filters (401, 403, the firewall's 400) and of the servlet container,
 * as Problem Details with the security headers like everything else. A path nothing answers at is a
 * 404 whether or not the caller signed in: the security filters deny it, but it is not there.
 */
final class ProblemResponses {
  private static final List<PathPattern> OUTSIDE_THE_MATRIX =
      List.of(
              "/actuator/health",
              "/actuator/health/**",
              "/actuator/prometheus",
              "/v3/api-docs",
              "/v3/api-docs/**",
              "/swagger-ui.html",
              "/swagger-ui/**",
              "/error")
          .stream()
          .map(PathPatternParser.defaultInstance::parse)
          .toList();

  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint unauthenticated() {
    return (request, response, exception) -> {
      if (!answersAt(request)) {
        notFound(request, response);
        return;
      }
      response.setHeader("WWW-Authenticate", "Bearer");
      write(
          request,
          response,
          HttpStatus.UNAUTHORIZED.value(),
          ProblemTypes.UNAUTHENTICATED,
          "Authentication required",
          "Sign in at POST /api/v1/auth/token and send the token as 'Authorization: Bearer <token>'.");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) -> {
      if (!answersAt(request)) {
        notFound(request, response);
        return;
      }
      write(
          request,
          response,
          HttpStatus.FORBIDDEN.value(),
          ProblemTypes.FORBIDDEN,
          "Forbidden",
          "Your role does not allow this action.");
    };
  }

  /** The firewall's refusal of a path or header it does not trust ({@code ..}, {@code //}, …). */
  RequestRejectedHandler rejected() {
    return (request, response, exception) -> {
      SecurityHeaders.writeTo(request, response);
      byStatus(request, response, HttpStatus.BAD_REQUEST.value());
    };
  }

  /** An answer known only by its status, with the type, title and detail that go with it. */
  void byStatus(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    response.getWriter().write(prepareByStatus(request, response, status));
  }

  /**
   * Sets the status and headers of an answer known only by its status and returns its body, for a
   * caller that writes it by other means.
   */
  String prepareByStatus(HttpServletRequest request, HttpServletResponse response, int status) {
    return prepare(
        request,
        response,
        status,
        StatusProblems.type(status),
        StatusProblems.title(status),
        StatusProblems.detail(status));
  }

  private void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byStatus(request, response, HttpStatus.NOT_FOUND.value());
  }

  private static boolean answersAt(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (AccessMatrix.declares(path)) {
      return true;
    }
    var container = PathContainer.parsePath(path);
    return OUTSIDE_THE_MATRIX.stream().anyMatch(pattern -> pattern.matches(container));
  }

  void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      URI type,
      String title,
      String detail)
      throws IOException {
    response.getWriter().write(prepare(request, response, status, type, title, detail));
  }

  private String prepare(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      URI type,
      String title,
      String detail) {
    String requestId = RequestContext.requestId(request);
    if (requestId == null) {
      requestId = UUID.randomUUID().toString();
      response.setHeader(RequestContext.REQUEST_ID_HEADER, requestId);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.toString());
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", request.getRequestURI());
    body.put("requestId", requestId);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    ProblemLog.answered(request, requestId, status, type);
    return json.writeValueAsString(body);
  }
}
