package org.procedura.audit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.AuditTrail;
import org.procedura.shared.web.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every API and console request the access matrix says is audited, and every refused one,
 * after the request is done and before its answer leaves: the entry is written in a transaction of
 * its own (a rolled-back request still leaves it), and when it cannot be written the answer is
 * withheld and replaced by a 500, so no patient data is served unrecorded. It runs outside the
 * security filters, so it sees their 401 and 403 too.
 */
class AuditFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

  private final AuditTrail trail;
  private final AuditEvents events;

  AuditFilter(AuditTrail trail, AuditEvents events) {
    this.trail = trail;
    this.events = events;
  }

  /**
   * Decided on the decoded path, as security and the controllers match it: a request for {@code
   * /%61pi/...} is an API request like any other and is recorded.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = AuditEvents.pathOf(request);
    return !path.startsWith("/api/") && !path.equals("/") && !path.startsWith("/console");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var answer = new ContentCachingResponseWrapper(response);
    var watched = events.watched(request);
    try {
      chain.doFilter(watched, answer);
    } catch (IOException | ServletException | RuntimeException e) {
      record(watched, answer, 500);
      throw e;
    }
    if (record(watched, answer, answer.getStatus())) {
      answer.copyBodyToResponse();
    } else {
      withhold(request, response);
    }
  }

  private boolean record(
      HttpServletRequest request, ContentCachingResponseWrapper answer, int status) {
    try {
      events
          .of(request, status, answer.getContentAsByteArray(), answer.getHeader("Location"))
          .ifPresent(trail::append);
      return true;
    } catch (RuntimeException e) {
      log.error(
          "Could not write the audit entry of request {}", RequestContext.requestId(request), e);
      return AuditOutcome.ofStatus(status) != AuditOutcome.ALLOWED;
    }
  }

  private static void withhold(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.reset();
    response.setHeader(RequestContext.REQUEST_ID_HEADER, RequestContext.requestId(request));
    response.setStatus(500);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response
        .getWriter()
        .write(
            "{\"type\":\"https://procedura.org/problems/internal\",\"title\":\"Internal error\","
                + "\"status\":500,\"detail\":\"The request could not be recorded in the audit"
                + " trail, so its answer is withheld. Try again later.\",\"requestId\":\""
                + RequestContext.requestId(request)
                + "\"}");
  }
}
