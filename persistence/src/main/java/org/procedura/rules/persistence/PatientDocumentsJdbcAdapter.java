package org.procedura.rules.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.DocumentOnRecord;
import org.procedura.rules.model.PatientDocuments;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class PatientDocumentsJdbcAdapter implements PatientDocuments {
  private final JdbcTemplate jdbc;

  PatientDocumentsJdbcAdapter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(DocumentOnRecord document) {
    jdbc.update(
        "insert into patient_document (id, patient_id, kind, received_on, reference, recorded_by,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
        document.id().toString(),
        document.patient().toString(),
        document.kind().name(),
        document.receivedOn(),
        document.reference(),
        document.recordedBy(),
        UtcTime.toColumn(document.recordedAt()));
  }

  @Override
  public List<DocumentOnRecord> of(PatientId patient) {
    return jdbc.query(
        "select id, kind, received_on, reference, recorded_by, recorded_at from patient_document"
            + " where patient_id = ? order by received_on, recorded_at",
        (rs, n) ->
            new DocumentOnRecord(
                UUID.fromString(rs.getString("id")),
                patient,
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("reference"),
                rs.getString("recorded_by"),
                UtcTime.fromColumn(rs.getObject("recorded_at", LocalDateTime.class))),
        patient.toString());
  }
}
