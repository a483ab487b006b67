package org.procedura.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.ResourcePatients;
import org.procedura.audit.model.ResourceType;
import org.procedura.audit.model.Touches;
import org.procedura.shared.web.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit entry a finished request leaves, from the access matrix's row for it: what it touched,
 * the resource and patient named by the path or, failing that, by the answer's {@code id} and
 * {@code patientId}, and failing that (a refused request's answer names nobody) by the request
 * body's field where the endpoint names one ({@link BodyPatient}), or the patient the resource
 * belongs to, looked up by its id. The query string is never recorded: searches carry names and
 * dates of birth; only the patient a search is narrowed to is kept.
 */
class AuditEvents {
  private static final Logger log = LoggerFactory.getLogger(AuditEvents.class);
  private static final int LARGEST_BODY_READ = 256 * 1024;

  private final AuditedEndpoints endpoints;
  private final ResourcePatients resourcePatients;
  private final Clock clock;
  private final JsonMapper json;
  private final BodyPatient bodyPatient;

  AuditEvents(
      AuditedEndpoints endpoints,
      ResourcePatients resourcePatients,
      Clock clock,
      JsonMapper json,
      BodyPatient bodyPatient) {
    this.endpoints = endpoints;
    this.resourcePatients = resourcePatients;
    this.clock = clock;
    this.json = json;
    this.bodyPatient = bodyPatient;
  }

  /**
   * The request as the chain should see it: where the endpoint names its patient in the body, with
   * the body kept as it is read, so that the entry names the patient whatever the answer.
   */
  HttpServletRequest watched(HttpServletRequest request) {
    boolean patientInBody =
        endpoints
            .find(request.getMethod(), pathOf(request))
            .map(target -> target.touches().patientBodyField() != null)
            .orElse(false);
    return patientInBody ? bodyPatient.keeping(request) : request;
  }

  Optional<AuditEvent> of(HttpServletRequest request, int status, byte[] body, String location) {
    AuditOutcome outcome = AuditOutcome.ofStatus(status);
    var match = endpoints.find(request.getMethod(), pathOf(request));
    if (match.isEmpty() && outcome != AuditOutcome.DENIED) {
      return Optional.empty();
    }
    Touches touches = match.map(AuditedEndpoints.Target::touches).orElse(null);
    UUID searchedPatient = searchedPatient(touches, request);
    if (touches != null
        && !touches.audited()
        && searchedPatient == null
        && outcome != AuditOutcome.DENIED) {
      return Optional.empty();
    }
    Map<String, String> variables = match.map(AuditedEndpoints.Target::variables).orElse(Map.of());
    JsonNode answer = outcome == AuditOutcome.ALLOWED ? parse(body) : json.nullNode();
    ResourceType type = touches == null ? null : touches.type();
    String resourceId = resourceId(touches, variables, answer, location);
    UUID patientId =
        searchedPatient != null
            ? searchedPatient
            : patientId(touches, variables, answer, resourceId, request);
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

  private UUID patientId(
      Touches touches,
      Map<String, String> variables,
      JsonNode answer,
      String resourceId,
      HttpServletRequest request) {
    if (touches == null) {
      return null;
    }
    if (touches.patientVariable() != null) {
      return uuid(variables.get(touches.patientVariable()));
    }
    if (touches.type() == ResourceType.PATIENT) {
      return uuid(resourceId);
    }
    if (answer.path("patientId").isString()) {
      return uuid(answer.path("patientId").asString());
    }
    if (touches.patientBodyField() != null) {
      return bodyPatient.named(request, touches.patientBodyField());
    }
    return touches.idVariable() == null ? null : patientOf(touches.type(), resourceId, request);
  }

  /**
   * The resource's patient, whatever the answer was. A lookup that fails leaves the entry without a
   * patient rather than the request unrecorded: it is logged, by request id only.
   */
  private UUID patientOf(ResourceType type, String resourceId, HttpServletRequest request) {
    try {
      return resourcePatients.patientOf(type, resourceId).orElse(null);
    } catch (RuntimeException e) {
      log.warn(
          "Could not find the patient of the {} of request {}",
          type,
          RequestContext.requestId(request),
          e);
      return null;
    }
  }

  /** The patient a search is narrowed to, by the query parameter the endpoint names for it. */
  private static UUID searchedPatient(Touches touches, HttpServletRequest request) {
    return touches == null || touches.patientParameter() == null
        ? null
        : uuid(request.getParameter(touches.patientParameter()));
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

  static UUID uuid(String value) {
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
