package org.procedura.rules.model;

import java.util.List;
import org.procedura.patient.model.PatientId;

/** The documents on file for each patient. */
public interface PatientDocuments {
  void add(DocumentOnRecord document);

  List<DocumentOnRecord> of(PatientId patient);
}
