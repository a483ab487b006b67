package org.procedura.rules.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.patient.model.PersonName;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.DocumentOnRecord;
import org.procedura.rules.model.PatientDocuments;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class PatientDocumentsJdbcAdapterIT extends RealDatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  /** Whole seconds: MySQL Connector/J drops the fraction on MariaDB. */
  private static final Instant RECORDED = Instant.parse("2026-11-20T15:00:07Z");

  @Autowired PatientDocuments documents;
  @Autowired Patients patients;
  @Autowired TransactionTemplate transaction;

  @Test
  void readsBackEachDocumentOfThePatientByTheDayReceived() {
    PatientId patient = aPatient();
    PatientId other = aPatient();
    var authorization =
        document(patient, DocumentKind.PRIOR_AUTHORIZATION, TODAY, "PA-2211", RECORDED);
    var evaluation =
        document(
            patient, DocumentKind.PSYCHOLOGICAL_EVALUATION, TODAY.minusDays(30), null, RECORDED);
    transaction.executeWithoutResult(
        s -> {
          documents.add(authorization);
          documents.add(evaluation);
          documents.add(document(other, DocumentKind.PRIOR_AUTHORIZATION, TODAY, "PA-1", RECORDED));
        });

    assertThat(documents.of(patient)).containsExactly(evaluation, authorization);
  }

  @Test
  void aPatientWithoutDocumentsHasNone() {
    assertThat(documents.of(aPatient())).isEmpty();
  }

  private PatientId aPatient() {
    Patient patient =
        Patient.register(
            new MedicalRecordNumber("D" + UUID.randomUUID().toString().substring(0, 12)),
            new Demographics(
                new PersonName("Walter", "Demo"),
                LocalDate.of(1950, 4, 2),
                AdministrativeSex.MALE,
                ContactDetails.NONE),
            TODAY);
    return transaction.execute(s -> patients.save(patient)).getId();
  }

  private static DocumentOnRecord document(
      PatientId patient, DocumentKind kind, LocalDate receivedOn, String reference, Instant at) {
    return new DocumentOnRecord(
        UUID.randomUUID(), patient, kind, receivedOn, reference, "nurse.ng", at);
  }
}
