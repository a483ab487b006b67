package org.procedura.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.audit.model.AuditAction;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditOutcome;
import org.procedura.audit.model.AuditQuery;
import org.procedura.audit.model.AuditTrail;
import org.procedura.audit.model.ResourceType;
import org.procedura.shared.model.PageQuery;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditTrailJdbcAdapterIT extends RealDatabaseTest {
  private static final Instant T0 = Instant.parse("2026-02-03T04:05:06Z");

  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void findsEntriesByPatientUserAndTimeRangeNewestFirst() {
    UUID patient = UUID.randomUUID();
    String user = "u" + UUID.randomUUID().toString().substring(0, 8);
    trail.append(event(patient, user, T0));
    trail.append(event(patient, user, T0.plusSeconds(60)));
    trail.append(event(UUID.randomUUID(), user, T0.plusSeconds(120)));

    var byPatient = trail.find(AuditQuery.ofPatient(patient), new PageQuery(0, 10));
    var byUserInRange =
        trail.find(
            new AuditQuery(null, user, T0.plusSeconds(30), T0.plusSeconds(120)),
            new PageQuery(0, 10));
    var firstPage = trail.find(new AuditQuery(null, user, null, null), new PageQuery(0, 2));

    assertThat(byPatient.content())
        .extracting(AuditEvent::occurredAt)
        .containsExactly(T0.plusSeconds(60), T0);
    AuditEvent oldest = byPatient.content().get(1);
    assertThat(oldest.username()).isEqualTo(user);
    assertThat(oldest.role()).isEqualTo("PHYSICIAN");
    assertThat(oldest.action()).isEqualTo(AuditAction.READ);
    assertThat(oldest.resourceType()).isEqualTo(ResourceType.PATIENT);
    assertThat(oldest.patientId()).isEqualTo(patient);
    assertThat(oldest.outcome()).isEqualTo(AuditOutcome.ALLOWED);
    assertThat(oldest.clientAddress()).isEqualTo("10.1.2.3");
    assertThat(byUserInRange.content()).hasSize(1);
    assertThat(firstPage.content()).hasSize(2);
    assertThat(firstPage.totalElements()).isEqualTo(3);
  }

  @Test
  void anEntryIsKeptWhenTheSurroundingTransactionRollsBack() {
    UUID patient = UUID.randomUUID();

    transaction.executeWithoutResult(
        status -> {
          trail.append(event(patient, "someone", T0));
          status.setRollbackOnly();
        });

    assertThat(trail.find(AuditQuery.ofPatient(patient), new PageQuery(0, 10)).content())
        .hasSize(1);
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAnEntry() {
    UUID patient = UUID.randomUUID();
    trail.append(event(patient, "someone", T0));

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update audit_event set username = 'other' where patient_id = ?",
                    patient.toString()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.update("delete from audit_event where patient_id = ?", patient.toString()))
        .isInstanceOf(DataAccessException.class);
  }

  private static AuditEvent event(UUID patient, String user, Instant at) {
    return new AuditEvent(
        UUID.randomUUID(),
        at,
        user,
        "PHYSICIAN",
        AuditAction.READ,
        ResourceType.PATIENT,
        patient.toString(),
        patient,
        AuditOutcome.ALLOWED,
        200,
        "GET",
        "/api/v1/patients/" + patient,
        "10.1.2.3",
        UUID.randomUUID().toString());
  }
}
