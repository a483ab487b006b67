package org.procedura.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.ResourceType;
import org.procedura.audit.model.Touches;
import org.procedura.shared.web.RequestContext;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit entry a finished request leaves, from the access matrix's row for it: what it touched,
 * the resource and patient named by the path or, failing that, by the answer's {@code id} and
 * {@code patientId}. The query string is never recorded: searches carry names and dates of birth.
 */
class AuditEvents {
  private static final int LARGEST_BODY_READ = 256 * 1024;

  private final AuditedEndpoints endpoints;
  private final Clock clock;
  private final JsonMapper json;

  AuditEvents(AuditedEndpoints endpoints, Clock clock, JsonMapper json) {
    this.endpoints = endpoints;
    this.clock = clock;
    this.json = json;
  }

  Optional<AuditEvent> of(HttpServletRequest request, int status, byte[] body, String location) {
    AuditOutcome outcome = AuditOutcome.ofStatus(status);
    var match = endpoints.find(request.getMethod(), pathOf(request));
    if (match.isEmpty() && outcome != AuditOutcome.DENIED) {
      return Optional.empty();
    }
    Touches touches = match.map(AuditedEndpoints.Target::touches).orElse(null);
    if (touches != null && !touches.audited() && outcome != AuditOutcome.DENIED) {
      return Optional.empty();
    }
    Map<String, String> variables = match.map(AuditedEndpoints.Target::variables).orElse(Map.of());
    JsonNode answer = outcome == AuditOutcome.ALLOWED ? parse(body) : json.nullNode();
    ResourceType type = touches == null ? null : touches.type();
    String resourceId = resourceId(touches, variables, answer, location);
    UUID patientId = patientId(touches, variables, answer, resourceId);
    var caller = RequestContext.caller(request);
    return Optional.of(
        new AuditEvent(
            UUID.randomUUID(),
            clock.instant(),
            caller == null ? null : caller.username(),
            caller == null ? null : String.join(",", caller.roles()),
            touches == null ? actionOf(request.getMethod()) : touches.action(),
            type,
            resourceId,
            patientId,
            outcome,
            status,
            request.getMethod(),
            stored(pathOf(request)),
            request.getRemoteAddr(),
            RequestContext.requestId(request)));
  }

  private static String resourceId(
      Touches touches, Map<String, String> variables, JsonNode answer, String location) {
    if (touches == null) {
      return null;
    }
    if (touches.idVariable() != null) {
      return shorten(variables.get(touches.idVariable()));
    }
    if (answer.path("id").isString()) {
      return answer.path("id").asString();
    }
    return location == null ? null : shorten(location.substring(location.lastIndexOf('/') + 1));
  }

  private static UUID patientId(
      Touches touches, Map<String, String> variables, JsonNode answer, String resourceId) {
    if (touches == null) {
      return null;
    }
    if (touches.patientVariable() != null) {
      return uuid(variables.get(touches.patientVariable()));
    }
    if (touches.type() == ResourceType.PATIENT) {
      return uuid(resourceId);
    }
    return uuid(answer.path("patientId").isString() ? answer.path("patientId").asString() : null);
  }

  private JsonNode parse(byte[] body) {
    if (body == null || body.length == 0 || body.length > LARGEST_BODY_READ || body[0] != '{') {
      return json.nullNode();
    }
    try {
      return json.readTree(body);
    } catch (RuntimeException notJson) {
      return json.nullNode();
    }
  }

  private static AuditAction actionOf(String method) {
    return switch (method) {
      case "GET", "HEAD" -> AuditAction.READ;
      case "POST" -> AuditAction.CREATE;
      case "DELETE" -> AuditAction.DELETE;
      default -> AuditAction.UPDATE;
    };
  }

  private static String shorten(String value) {
    return value == null || value.length() <= 64 ? value : value.substring(0, 64);
  }

  private static UUID uuid(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  /** The audit_event.path column's length. */
  static final int LONGEST_PATH = 255;

  /** The request's path decoded and without ;parameters, as Spring MVC and Security see it. */
  static String pathOf(HttpServletRequest request) {
    return PATHS.getPathWithinApplication(request);
  }

  private static String stored(String path) {
    return path.length() <= LONGEST_PATH ? path : path.substring(0, LONGEST_PATH);
  }
}
