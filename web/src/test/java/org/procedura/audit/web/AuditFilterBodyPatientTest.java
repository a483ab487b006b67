package org.procedura.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditQuery;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.ResourceType;
import org.procedura.audit.model.Touches;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.web.RequestContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booking names its patient only in its body: the audit entry names that patient whether the
 * booking was refused before anything read the body (security's 403) or after the controller read
 * it (a 409), and names nobody when the body is not JSON or its patientId is not an id.
 */
class AuditFilterBodyPatientTest {
  private static final UUID PATIENT = UUID.randomUUID();
  private static final int LIMIT = 1024;

  private final List<AuditEvent> written = new ArrayList<>();

  private final AuditTrail trail =
      new AuditTrail() {
        @Override
        public void append(AuditEvent event) {
          written.add(event);
        }

        @Override
        public PageResult<AuditEvent> find(AuditQuery query, PageQuery page) {
          return new PageResult<>(written, 0, 100, written.size());
        }
      };

  private Touches touches =
      Touches.forPatientInBody(ResourceType.APPOINTMENT, AuditAction.CREATE, "patientId");

  private final AuditFilter filter =
      new AuditFilter(
          trail,
          new AuditEvents(
              (method, path) -> Optional.of(new AuditedEndpoints.Target(touches, Map.of())),
              (type, id) -> Optional.empty(),
              Clock.systemUTC(),
              JsonMapper.builder().build(),
              new BodyPatient(LIMIT, JsonMapper.builder().build())));

  @Test
  void aBookingRefusedBeforeItsBodyWasReadIsFiledUnderItsPatient() throws Exception {
    AuditEvent event = book(booking(PATIENT), "application/json", refusedUnread(403));

    assertThat(event.patientId()).isEqualTo(PATIENT);
    assertThat(event.status()).isEqualTo(403);
  }

  @Test
  void aBookingRefusedAfterItsBodyWasReadIsFiledUnderItsPatient() throws Exception {
    AuditEvent event = book(booking(PATIENT), "application/json", refusedAfterReading(409));

    assertThat(event.patientId()).isEqualTo(PATIENT);
  }

  @Test
  void theFieldIsTakenAtTheTopLevelOnlyAndItsLastOccurrenceCounts() throws Exception {
    UUID other = UUID.randomUUID();
    String body =
        "{\"patientId\":\""
            + other
            + "\",\"referral\":{\"patientId\":\""
            + other
            + "\"},\"note\":[\"x\",{\"patientId\":1}],\"patientId\":\""
            + PATIENT
            + "\"}";

    assertThat(book(body, "application/json", refusedUnread(403)).patientId()).isEqualTo(PATIENT);
    assertThat(
            book(
                    "{\"referral\":{\"patientId\":\"" + other + "\"}}",
                    "application/json",
                    refusedUnread(403))
                .patientId())
        .isNull();
  }

  @Test
  void aMalformedOrAbsentPatientIdNamesNobody() throws Exception {
    for (String body :
        List.of(
            "{\"patientId\":\"not-an-id\"}",
            "{\"patientId\":42}",
            "{\"patientId\":null}",
            "{}",
            "",
            "[\"" + PATIENT + "\"]",
            "{\"patientId\":")) {
      assertThat(book(body, "application/json", refusedUnread(400)).patientId()).as(body).isNull();
    }
  }

  @Test
  void aBodyThatIsNotJsonIsNotReadAndNamesNobody() throws Exception {
    var request = bookingRequest(booking(PATIENT), "text/plain");

    filter.doFilter(request, new MockHttpServletResponse(), refusedUnread(415));

    assertThat(written.getFirst().patientId()).isNull();
    assertThat(request.getInputStream().read()).as("the body was left unread").isEqualTo('{');
  }

  @Test
  void aBodyIsReadNoFurtherThanTheLargestAccepted() throws Exception {
    String padding = "x".repeat(LIMIT * 4);
    var request =
        bookingRequest(
            booking(PATIENT).replace("}", ",\"pad\":\"" + padding + "\"}"), "application/json");
    InputStream body = request.getInputStream();

    filter.doFilter(request, new MockHttpServletResponse(), refusedUnread(403));

    assertThat(written.getFirst().patientId()).isEqualTo(PATIENT);
    assertThat(body.available()).as("the rest of the body stays unread").isPositive();
  }

  @Test
  void anEndpointWithoutABodyFieldIsNotKept() throws Exception {
    touches = Touches.of(ResourceType.APPOINTMENT, AuditAction.CREATE);

    assertThat(book(booking(PATIENT), "application/json", refusedUnread(403)).patientId()).isNull();
  }

  private AuditEvent book(String body, String contentType, FilterChain chain) throws Exception {
    written.clear();
    filter.doFilter(bookingRequest(body, contentType), new MockHttpServletResponse(), chain);
    assertThat(written).hasSize(1);
    return written.getFirst();
  }

  private static MockHttpServletRequest bookingRequest(String body, String contentType) {
    var request = new MockHttpServletRequest("POST", "/api/v1/appointments/procedures");
    RequestContext.setRequestId(request, UUID.randomUUID().toString());
    request.setContentType(contentType);
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  private static String booking(UUID patient) {
    return "{\"kind\":\"CONSULT\",\"patientId\":\"" + patient + "\",\"roomId\":\"r\"}";
  }

  private static FilterChain refusedUnread(int status) {
    return (request, response) -> ((HttpServletResponse) response).setStatus(status);
  }

  private static FilterChain refusedAfterReading(int status) {
    return (request, response) -> {
      request.getInputStream().readAllBytes();
      ((HttpServletResponse) response).setStatus(status);
    };
  }
}
