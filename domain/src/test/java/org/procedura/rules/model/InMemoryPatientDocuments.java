package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.procedura.patient.model.PatientId;

/** Documents on file, in the order the adapter answers them: by the day received, then recorded. */
public final class InMemoryPatientDocuments implements PatientDocuments {
  private final List<DocumentOnRecord> documents = new ArrayList<>();

  @Override
  public void add(DocumentOnRecord document) {
    documents.add(document);
  }

  @Override
  public List<DocumentOnRecord> of(PatientId patient) {
    return documents.stream()
        .filter(document -> document.patient().equals(patient))
        .sorted(
            Comparator.comparing(DocumentOnRecord::receivedOn)
                .thenComparing(DocumentOnRecord::recordedAt))
        .toList();
  }
}
