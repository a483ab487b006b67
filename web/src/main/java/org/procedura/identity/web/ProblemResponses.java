package org.procedura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.procedura.api.common.ProblemTypes;
import org.procedura.shared.web.RequestContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filters, answered as Problem Details like everything else. */
final class ProblemResponses {
  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint unauthenticated() {
    return (request, response, exception) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          ProblemTypes.UNAUTHENTICATED,
          "Authentication required",
          "Sign in at POST /api/v1/auth/token and send the token as 'Authorization: Bearer <token>'.",
          request);
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        write(
            response,
            HttpStatus.FORBIDDEN,
            ProblemTypes.FORBIDDEN,
            "Forbidden",
            "Your role does not allow this action.",
            request);
  }

  private void write(
      HttpServletResponse response,
      HttpStatus status,
      URI type,
      String title,
      String detail,
      HttpServletRequest request)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.toString());
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    body.put("instance", request.getRequestURI());
    body.put("requestId", RequestContext.requestId(request));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(body));
  }
}
