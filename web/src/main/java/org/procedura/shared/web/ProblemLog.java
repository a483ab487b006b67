package org.procedura.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per refusal: the method, the route it matched (a pattern, never the path or query as
 * sent, which may name a patient), the status, the problem type and the request id to find it by.
 */
public final class ProblemLog {
  private static final Logger log = LoggerFactory.getLogger(ProblemLog.class);

  private ProblemLog() {}

  public static void answered(HttpServletRequest request, String requestId, int status, URI type) {
    boolean errorPage = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
    Object route =
        errorPage ? null : request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    log.info(
        "{} {} answered {} {} (request {})",
        safeMethod(request.getMethod()),
        route == null ? "-" : route,
        status,
        type,
        requestId);
  }

  private static String safeMethod(String method) {
    return method != null && method.matches("[A-Z]{1,10}") ? method : "?";
  }
}
