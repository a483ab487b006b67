package org.procedura.patient.application;

import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Check;

/** Replaces a patient's demographics; {@code seenVersion} is the version the caller read. */
public record CorrectDemographicsCommand(
    PatientId patientId, long seenVersion, Demographics demographics) {
  public CorrectDemographicsCommand {
    Check.present(patientId, "patientId");
    Check.present(demographics, "demographics");
  }
}
