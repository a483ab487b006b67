package org.procedura.fhir.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.Touches;
import org.procedura.audit.web.AuditedEndpoints;
import org.procedura.shared.web.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * The audit trail of the FHIR endpoints: one entry per patient whose data a request revealed or
 * changed ({@link FhirAudit}), attributed to that patient, or one without a patient for a request
 * that revealed none and is audited (a change, a refusal). Like the API's audit filter it runs
 * outside security, writes before the answer leaves, and withholds the answer when it cannot write.
 */
class FhirAuditFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(FhirAuditFilter.class);
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final AuditTrail trail;
  private final AuditedEndpoints endpoints;
  private final Clock clock;

  FhirAuditFilter(AuditTrail trail, AuditedEndpoints endpoints, Clock clock) {
    this.trail = trail;
    this.endpoints = endpoints;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var answer = new ContentCachingResponseWrapper(response);
    Set<UUID> patients = FhirAudit.open(request);
    try {
      chain.doFilter(request, answer);
    } catch (IOException | ServletException | RuntimeException e) {
      record(request, patients, 500);
      throw e;
    }
    if (record(request, patients, answer.getStatus())) {
      answer.copyBodyToResponse();
    } else {
      response.reset();
      response.setHeader(RequestContext.REQUEST_ID_HEADER, RequestContext.requestId(request));
      response.setStatus(500);
      response.setContentType("application/fhir+json");
      response
          .getWriter()
          .write(
              "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                  + "\"code\":\"exception\",\"diagnostics\":\"The request could not be recorded"
                  + " in the audit trail, so its answer is withheld. Try again later.\"}]}");
    }
  }

  private boolean record(HttpServletRequest request, Set<UUID> patients, int status) {
    try {
      events(request, patients, status).forEach(trail::append);
      return true;
    } catch (RuntimeException e) {
      log.error(
          "Could not write the audit entry of request {}", RequestContext.requestId(request), e);
      return AuditOutcome.ofStatus(status) != AuditOutcome.ALLOWED;
    }
  }

  List<AuditEvent> events(HttpServletRequest request, Set<UUID> patients, int status) {
    String path = PATHS.getPathWithinApplication(request);
    AuditOutcome outcome = AuditOutcome.ofStatus(status);
    var target = endpoints.find(request.getMethod(), path);
    if (target.isEmpty() && outcome != AuditOutcome.DENIED) {
      return List.of();
    }
    Touches touches = target.map(AuditedEndpoints.Target::touches).orElse(null);
    String resourceId =
        target
            .map(t -> touches.idVariable() == null ? null : t.variables().get(touches.idVariable()))
            .map(id -> id.length() <= 64 ? id : id.substring(0, 64))
            .orElse(null);
    List<AuditEvent> events = new ArrayList<>();
    if (patients.isEmpty() && touches != null && touches.patientVariable() != null) {
      // a refused read of one patient names the patient by its path, as the API's entries do
      String named = target.get().variables().get(touches.patientVariable());
      try {
        patients = Set.of(UUID.fromString(named));
      } catch (IllegalArgumentException | NullPointerException notAnId) {
        // a path that names no patient of ours is recorded without one
      }
    }
    if (patients.isEmpty()) {
      if (touches == null || touches.audited() || outcome == AuditOutcome.DENIED) {
        events.add(event(request, touches, resourceId, null, outcome, status, path));
      }
    } else {
      patients.forEach(
          patient ->
              events.add(event(request, touches, resourceId, patient, outcome, status, path)));
    }
    return events;
  }

  private AuditEvent event(
      HttpServletRequest request,
      Touches touches,
      String resourceId,
      UUID patient,
      AuditOutcome outcome,
      int status,
      String path) {
    var caller = RequestContext.caller(request);
    return new AuditEvent(
        UUID.randomUUID(),
        clock.instant(),
        caller == null ? null : caller.username(),
        caller == null ? null : String.join(",", caller.roles()),
        touches == null ? actionOf(request.getMethod()) : touches.action(),
        touches == null ? null : touches.type(),
        resourceId,
        patient,
        outcome,
        status,
        request.getMethod(),
        path,
        request.getRemoteAddr(),
        RequestContext.requestId(request));
  }

  private static AuditAction actionOf(String method) {
    return "GET".equals(method) || "HEAD".equals(method) ? AuditAction.READ : AuditAction.CREATE;
  }
}
