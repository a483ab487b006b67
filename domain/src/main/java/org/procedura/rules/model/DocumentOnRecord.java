package org.procedura.rules.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Check;

/** A document a payer rule asks for, as received for a patient: what, when, its reference. */
public record DocumentOnRecord(
    UUID id,
    PatientId patient,
    DocumentKind kind,
    LocalDate receivedOn,
    String reference,
    String recordedBy,
    Instant recordedAt) {
  public DocumentOnRecord {
    Check.present(id, "id");
    Check.present(patient, "patient");
    Check.present(kind, "kind");
    Check.present(receivedOn, "receivedOn");
    reference = Check.optionalText(reference, "reference", 100);
    Check.present(recordedAt, "recordedAt");
  }
}
