package org.procedura.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.AuditQuery;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.ResourceType;
import org.procedura.audit.model.Touches;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.web.RequestContext;
import org.procedura.testlog.CapturedLog;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class AuditFilterTest {
  private static final UUID PATIENT = UUID.randomUUID();
  private static final String SECRET = "{\"id\":\"" + PATIENT + "\",\"familyName\":\"Secret\"}";

  private final List<AuditEvent> written = new ArrayList<>();
  private boolean trailDown;

  private final AuditTrail trail =
      new AuditTrail() {
        @Override
        public void append(AuditEvent event) {
          if (trailDown) {
            throw new IllegalStateException("database gone");
          }
          written.add(event);
        }

        @Override
        public PageResult<AuditEvent> find(AuditQuery query, PageQuery page) {
          return new PageResult<>(written, 0, 100, written.size());
        }
      };

  private final AuditedEndpoints endpoints =
      (method, path) ->
          Optional.of(
              new AuditedEndpoints.Target(
                  new Touches(ResourceType.PATIENT, AuditAction.READ, "patientId", "patientId"),
                  Map.of("patientId", PATIENT.toString())));

  private final AuditFilter filter =
      new AuditFilter(
          trail,
          new AuditEvents(
              endpoints,
              (type, id) -> Optional.empty(),
              Clock.systemUTC(),
              JsonMapper.builder().build(),
              new BodyPatient(256 * 1024, JsonMapper.builder().build())));

  @Test
  void recordsTheReadAndThenReleasesTheAnswer() throws Exception {
    MockHttpServletResponse response = run();

    assertThat(response.getContentAsString()).isEqualTo(SECRET);
    assertThat(written)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.patientId()).isEqualTo(PATIENT);
              assertThat(event.outcome()).isEqualTo(AuditOutcome.ALLOWED);
              assertThat(event.path()).doesNotContain("?");
            });
  }

  @Test
  void withholdsPatientDataWhenTheEntryCannotBeWritten() throws Exception {
    trailDown = true;
    MockHttpServletResponse response;
    List<ILoggingEvent> logged;
    try (var log = CapturedLog.of(AuditFilter.class)) {
      response = run();
      logged = log.events();
    }

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString()).doesNotContain("Secret").contains("audit trail");
    assertThat(logged)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.ERROR);
              assertThat(event.getFormattedMessage()).doesNotContain("Secret");
            });
  }

  private MockHttpServletResponse run() throws Exception {
    var request = new MockHttpServletRequest("GET", "/api/v1/patients/" + PATIENT);
    request.setQueryString("name=Secret");
    RequestContext.setRequestId(request, UUID.randomUUID().toString());
    var response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        (chainRequest, answer) -> {
          ((HttpServletResponse) answer).setStatus(200);
          answer.setContentType("application/json");
          answer.getWriter().write(SECRET);
        });
    return response;
  }
}
