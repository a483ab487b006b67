package org.procedura.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.procedura.api.common.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** A refused cross-origin request answered as Problem Details instead of a plain-text 403. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {
  private final ProblemResponses problems;

  ProblemCorsProcessor(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public boolean processRequest(
      CorsConfiguration configuration, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (super.processRequest(configuration, request, response)) {
      return true;
    }
    problems.write(
        request,
        response,
        HttpStatus.FORBIDDEN.value(),
        ProblemTypes.FORBIDDEN,
        "Forbidden",
        "Cross-origin requests from this origin are not allowed.");
    return false;
  }

  /** Only the status: {@link #processRequest} writes the body. */
  @Override
  protected void rejectRequest(ServerHttpResponse response) {
    response.setStatusCode(HttpStatus.FORBIDDEN);
  }
}
