package org.procedura.patient.application;

import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.shared.model.Check;

/** Registers a patient; without an MRN the clinic assigns one. */
public record RegisterPatientCommand(MedicalRecordNumber mrn, Demographics demographics) {
  public RegisterPatientCommand {
    Check.present(demographics, "demographics");
  }
}
