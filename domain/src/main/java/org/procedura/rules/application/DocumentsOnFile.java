package org.procedura.rules.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.DocumentOnRecord;
import org.procedura.rules.model.PatientDocuments;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;

/**
 * The documents payer rules ask to have on file (a psychological evaluation before a spinal cord
 * stimulator trial, a prior authorization in a hospital outpatient setting), recorded as received.
 */
public class DocumentsOnFile {
  private final PatientDocuments documents;
  private final Patients patients;
  private final Clock clock;

  public DocumentsOnFile(PatientDocuments documents, Patients patients, Clock clock) {
    this.documents = documents;
    this.patients = patients;
    this.clock = clock;
  }

  @Transactional
  public DocumentOnRecord add(
      PatientId patient, DocumentKind kind, LocalDate receivedOn, String reference, Actor by) {
    requirePatient(patient);
    Check.present(kind, "kind");
    Check.present(receivedOn, "receivedOn");
    PlausibleDates.inHistory(receivedOn, LocalDate.now(clock), "receivedOn");
    var document =
        new DocumentOnRecord(
            UUID.randomUUID(),
            patient,
            kind,
            receivedOn,
            reference,
            by.username(),
            clock.instant());
    documents.add(document);
    return document;
  }

  @Transactional
  public List<DocumentOnRecord> of(PatientId patient) {
    requirePatient(patient);
    return documents.of(patient);
  }

  private void requirePatient(PatientId patient) {
    if (patients.find(patient).isEmpty()) {
      throw new NotFoundException("patient", patient);
    }
  }
}
