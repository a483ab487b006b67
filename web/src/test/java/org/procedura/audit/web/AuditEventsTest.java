package org.procedura.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
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
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.ResourcePatients;
import org.procedura.audit.model.ResourceType;
import org.procedura.audit.model.Touches;
import org.procedura.shared.web.RequestContext;
import org.procedura.testlog.CapturedLog;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

class AuditEventsTest {
  private static final UUID PATIENT = UUID.randomUUID();
  private static final String APPOINTMENT = UUID.randomUUID().toString();
  private static final Touches APPOINTMENT_READ =
      new Touches(ResourceType.APPOINTMENT, AuditAction.READ, "id", null);
  private static final Touches AVAILABILITY =
      new Touches(ResourceType.AVAILABILITY, AuditAction.READ, null, null, "patientId");

  private final List<String> lookedUp = new ArrayList<>();
  private boolean lookupFails;

  private final ResourcePatients resourcePatients =
      (type, id) -> {
        lookedUp.add(type + " " + id);
        if (lookupFails) {
          throw new IllegalStateException("database gone");
        }
        return type == ResourceType.APPOINTMENT && id.equals(APPOINTMENT)
            ? Optional.of(PATIENT)
            : Optional.empty();
      };

  @Test
  void filesARefusedReadOfAnAppointmentUnderItsPatient() {
    for (int status : List.of(403, 404, 409, 412, 422)) {
      AuditEvent event = appointmentRead(status, "{\"type\":\"problem\"}");

      assertThat(event.patientId()).as("status %d", status).isEqualTo(PATIENT);
      assertThat(event.resourceId()).isEqualTo(APPOINTMENT);
    }
  }

  @Test
  void takesThePatientFromTheAnswerWithoutALookup() {
    UUID named = UUID.randomUUID();

    AuditEvent event = appointmentRead(200, "{\"id\":\"x\",\"patientId\":\"" + named + "\"}");

    assertThat(event.patientId()).isEqualTo(named);
    assertThat(lookedUp).isEmpty();
  }

  @Test
  void looksUpThePatientOfAnAnswerThatNamesNone() {
    AuditEvent event = appointmentRead(200, "{\"required\":[]}");

    assertThat(event.patientId()).isEqualTo(PATIENT);
    assertThat(lookedUp).containsExactly("APPOINTMENT " + APPOINTMENT);
  }

  @Test
  void aFailedLookupStillLeavesTheEntryWithoutAPatient() {
    lookupFails = true;

    AuditEvent event;
    List<ILoggingEvent> logged;
    try (var log = CapturedLog.of(AuditEvents.class)) {
      event = appointmentRead(404, "");
      logged = log.events();
    }

    assertThat(event.patientId()).isNull();
    assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILED);
    assertThat(logged)
        .singleElement()
        .satisfies(warning -> assertThat(warning.getLevel()).isEqualTo(Level.WARN));
  }

  @Test
  void recordsAnAvailabilitySearchForAPatientAsAReadOfThatPatient() {
    var request = request("GET", "/api/v1/availability");
    request.setParameter("patientId", PATIENT.toString());
    request.setParameter("procedureType", "ESI_TF_LUMB");

    AuditEvent event = events(AVAILABILITY, Map.of()).of(request, 200, bytes("[]"), null).get();

    assertThat(event.patientId()).isEqualTo(PATIENT);
    assertThat(event.action()).isEqualTo(AuditAction.READ);
    assertThat(event.resourceType()).isEqualTo(ResourceType.AVAILABILITY);
    assertThat(event.path()).isEqualTo("/api/v1/availability");
  }

  @Test
  void recordsNoAvailabilitySearchForNobodyInParticular() {
    var request = request("GET", "/api/v1/availability");
    request.setParameter("procedureType", "ESI_TF_LUMB");

    assertThat(events(AVAILABILITY, Map.of()).of(request, 200, bytes("[]"), null)).isEmpty();
  }

  private AuditEvent appointmentRead(int status, String answer) {
    var request = request("GET", "/api/v1/appointments/" + APPOINTMENT);
    return events(APPOINTMENT_READ, Map.of("id", APPOINTMENT))
        .of(request, status, bytes(answer), null)
        .orElseThrow();
  }

  private AuditEvents events(Touches touches, Map<String, String> variables) {
    return new AuditEvents(
        (method, path) -> Optional.of(new AuditedEndpoints.Target(touches, variables)),
        resourcePatients,
        Clock.systemUTC(),
        JsonMapper.builder().build(),
        new BodyPatient(256 * 1024, JsonMapper.builder().build()));
  }

  private static MockHttpServletRequest request(String method, String path) {
    var request = new MockHttpServletRequest(method, path);
    RequestContext.setRequestId(request, UUID.randomUUID().toString());
    return request;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
